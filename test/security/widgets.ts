/**
 * What the security suites need to know about each widget: its attributes, how a person types into
 * it, and how a person completes it (pressing every export on the way). One entry per widget.
 */
import '../../src/entries/index.js';
import { parseWordList } from '../../src/core/feelings.js';
import { widgets as registry, type ExerciseId } from '../../src/registry.js';
import { FakeClock } from '../stop-timer/fake-clock.js';
import { button, buttons, field, fill, root, settle } from '../helpers/harness.js';
import { validatedRound } from '../active-listening/walk.js';

export type Widget = HTMLElement & {
  value: unknown;
  updateComplete: Promise<boolean>;
  reset(): void;
  requestUpdate(): void;
  clock?: FakeClock;
};

export interface WidgetSpec {
  tag: string;
  /** Attributes that take a string (the shared ones included). */
  attributes: readonly string[];
  /** Boolean attributes. */
  booleans: readonly string[];
  /** Attributes to set for the widget to show its text fields (e.g. `notes` on the timer). */
  setup?: Readonly<Record<string, string>>;
  /** Brings the widget to where a person types (the timer: started, at Observe). */
  prepare?(el: Widget): Promise<void>;
  /** The text fields a person types into once prepared, with the data each one ends up in. */
  fields(el: Widget): TextField[];
  /** A person's whole path to tend-complete, with every copy/download button pressed on the way. */
  complete(el: Widget): Promise<void>;
}

export interface TextField {
  /** How tests find it again after a re-render. */
  selector: string;
  /** What the widget's data holds for this field after typing `text` (and, for the agreement's add field, pressing Enter). */
  read(el: Widget): string;
  /** What that data must be for typed `text`. */
  expected(text: string): string;
  /** After typing each text: e.g. press Enter to add an item. */
  after?(el: Widget, input: HTMLInputElement | HTMLTextAreaElement): Promise<void>;
  /** After the last text in this field: e.g. move the timer on to the step of the next field. */
  next?(el: Widget): Promise<void>;
}

const shared = ['heading', 'persist', 'lang', 'theme', 'name', 'send-to'] as const;

/**
 * The value a browser keeps for `text` in a field like `input`: a one-line `<input>` drops line
 * breaks and a `<textarea>` turns CRLF into LF (HTML's value sanitization), before any widget code runs.
 */
export function browserValue(input: HTMLInputElement | HTMLTextAreaElement, text: string): string {
  const probe = document.createElement(input.localName) as HTMLInputElement | HTMLTextAreaElement;
  if (probe instanceof HTMLInputElement) probe.type = (input as HTMLInputElement).type;
  probe.value = text;
  return probe.value;
}

const data = <T>(el: Widget) => el.value as T;

/** Presses every take-away button whose name starts with one of the prefixes, then Done. */
async function exportsThenDone(el: Widget): Promise<void> {
  for (const b of buttons(el).filter((b) => /^(Copy|Download)/.test(b.textContent!.trim()))) {
    b.click();
    await settle(el);
  }
  button(el, 'Done').click();
  await settle(el);
}

type IStatement = { emotion: string; situation: string; reason: string; need: string; text: string };
type Timer = { notes: { observe: string; proceed: string } };
type Agreement = { title: string; with: string[]; sections: { items: string[] }[] };

export const iStatement: WidgetSpec = {
  tag: 'tend-i-statement',
  attributes: [...shared, 'emotion', 'situation', 'reason', 'need', 'emotions'],
  booleans: ['no-hints', 'required', 'share'],
  fields: () =>
    (['emotion', 'situation', 'reason', 'need'] as const).map((name) => ({
      selector: `#${name}`,
      read: (el: Widget) => data<IStatement>(el)[name],
      expected: (text: string) => text,
    })),
  async complete(el) {
    fill(el, '#emotion', 'hurt');
    fill(el, '#situation', 'plans change at the last minute');
    fill(el, '#need', 'a day of notice');
    await settle(el);
    await exportsThenDone(el);
  },
};

/** Skips the timer forward to the step with this index (0 stop, 1 breathe, 2 observe, 3 proceed). */
export async function skipTo(el: Widget, index: number): Promise<void> {
  for (let guard = 0; guard < 6; guard++) {
    const current = [...root(el).querySelectorAll('li')].findIndex((li) => li.getAttribute('aria-current') === 'step');
    if (current >= index) return;
    button(el, 'Skip').click();
    await settle(el);
  }
}

export const stopTimer: WidgetSpec = {
  tag: 'tend-stop-timer',
  attributes: [...shared, 'durations', 'breath'],
  booleans: ['autostart', 'chime', 'notes', 'required', 'share'],
  setup: { notes: '' },
  async prepare(el) {
    el.clock = new FakeClock();
    await settle(el);
    button(el, 'Start').click();
    await settle(el);
    await skipTo(el, 2);
  },
  fields: () =>
    (['observe', 'proceed'] as const).map((step) => ({
      selector: `#note-${step}`,
      read: (el: Widget) => data<Timer>(el).notes[step],
      expected: (text: string) => text,
      async next(el: Widget) {
        if (step === 'observe') await skipTo(el, 3);
      },
    })),
  async complete(el) {
    if (!el.hasAttribute('notes')) el.setAttribute('notes', '');
    await this.prepare!(el);
    fill(el, '#note-observe', 'Tight shoulders.');
    await settle(el);
    await skipTo(el, 3);
    fill(el, '#note-proceed', 'Ask for a pause.');
    await settle(el);
    button(el, 'Done').click();
    await settle(el);
  },
};

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

export const agreement: WidgetSpec = {
  tag: 'tend-agreement',
  attributes: [...shared, 'template', 'with', 'review', 'reviewed'],
  booleans: ['required', 'share'],
  fields: () => [
    { selector: '#title', read: (el) => data<Agreement>(el).title, expected: (text) => text },
    { selector: '#with', read: (el) => data<Agreement>(el).with.join(', '), expected: (text) => names(text).join(', ') },
    {
      selector: '#add-0',
      read: (el) => data<Agreement>(el).sections[0]!.items.at(-1) ?? '',
      // An item is one line: a line break typed or pasted into it becomes a space.
      expected: (text) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim(),
      async after(el, input) {
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        await settle(el);
      },
    },
  ],
  async complete(el) {
    fill(el, '#with', 'Alex');
    fill(el, '#add-0', 'Sunday walks together');
    field(el, '#add-0').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    await exportsThenDone(el);
  },
};

type Reflection = { answers: { prompt: string; answer: string }[] };

export const reflectionCard: WidgetSpec = {
  tag: 'tend-reflection-card',
  attributes: [...shared, 'deck', 'prompt'],
  booleans: ['shuffle', 'word-count', 'required', 'share'],
  fields: () => [{ selector: '#answer', read: (el) => data<Reflection>(el).answers[0]!.answer, expected: (text) => text }],
  async complete(el) {
    fill(el, '#answer', 'A long walk.');
    await settle(el);
    await exportsThenDone(el);
  },
};

export function names(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

export { oneLine };

type CheckIn = { feelings: string[]; highlight: string; challenge: string; need: string };

export const checkIn: WidgetSpec = {
  tag: 'tend-check-in',
  attributes: [...shared, 'rhythm', 'with', 'emotions'],
  booleans: ['history', 'required'],
  fields: () => [
    ...(['highlight', 'challenge', 'need'] as const).map((name) => ({
      selector: `#${name}`,
      read: (el: Widget) => data<CheckIn>(el)[name],
      expected: (text: string) => text,
    })),
    { selector: '#own-feelings', read: (el) => data<CheckIn>(el).feelings.join(', '), expected: (text) => parseWordList(text).join(', ') },
  ],
  async complete(el) {
    root(el).querySelector<HTMLButtonElement>('[part~=feeling]')!.click();
    fill(el, '#highlight', 'A long walk.');
    fill(el, '#challenge', 'A late train.');
    await settle(el);
    await exportsThenDone(el);
  },
};

type Journal = { feelings: string[]; situation: string; need: string; say: string; agreement: string; glad: string };

export const jealousyJournal: WidgetSpec = {
  tag: 'tend-jealousy-journal',
  attributes: [...shared, 'with', 'emotions'],
  booleans: ['history', 'required'],
  fields: () => [
    ...(['situation', 'need', 'say', 'agreement', 'glad'] as const).map((name) => ({
      selector: `#${name}`,
      read: (el: Widget) => data<Journal>(el)[name],
      expected: (text: string) => text,
    })),
    { selector: '#own-feelings', read: (el) => data<Journal>(el).feelings.join(', '), expected: (text) => parseWordList(text).join(', ') },
  ],
  async complete(el) {
    root(el).querySelector<HTMLButtonElement>('[part~=feeling]')!.click();
    fill(el, '#situation', 'They posted photos from a weekend away.');
    await settle(el);
    await exportsThenDone(el);
  },
};

type Listening = { rounds: { said: string; question: string; validation: string }[] };
const lastRound = (el: Widget) => data<Listening>(el).rounds.at(-1);

/**
 * Prepared, a round is at the listener's question and validation (the validation written, so the round is in
 * the data); before that (a suite that types without preparing) the speaker's field is the one there is.
 */
export const activeListening: WidgetSpec = {
  tag: 'tend-active-listening',
  attributes: [...shared, 'with', 'rounds'],
  booleans: ['no-peeking', 'required', 'share'],
  prepare: (el) => validatedRound(el),
  fields: (el) =>
    root(el).querySelector('#said')
      ? [{ selector: '#said', read: () => field(el, '#said').value, expected: (text) => text }]
      : [
          { selector: '#question', read: (el) => lastRound(el)?.question ?? '', expected: (text) => text },
          // A blank validation: the round no longer counts.
          { selector: '#validation', read: (el) => lastRound(el)?.validation ?? '', expected: (text) => (text.trim() ? text : '') },
        ],
  async complete(el) {
    await validatedRound(el);
    await exportsThenDone(el);
  },
};

type Repair = { part: string; impact: string; apology: string; plan: string; reconnect: string };

export const repair: WidgetSpec = {
  tag: 'tend-repair',
  attributes: [...shared, 'with', 'follow-up'],
  booleans: ['no-hints', 'required', 'share'],
  fields: () =>
    (['part', 'impact', 'apology', 'plan', 'reconnect'] as const).map((name) => ({
      selector: `#${name}`,
      read: (el: Widget) => data<Repair>(el)[name],
      expected: (text: string) => text,
    })),
  async complete(el) {
    fill(el, '#part', 'I was on my phone all through dinner.');
    fill(el, '#impact', 'You felt alone.');
    fill(el, '#apology', 'Ignoring you.');
    fill(el, '#plan', 'Leave my phone in the hall.');
    await settle(el);
    // The calendar reminder is a download too.
    for (const b of buttons(el).filter((b) => /^Add the follow-up/.test(b.textContent!.trim()))) {
      b.click();
      await settle(el);
    }
    await exportsThenDone(el);
  },
};

/** How the suites drive each widget, by exercise: a widget added to src/registry.ts fails to compile here until it has one. */
const specs: { readonly [E in Exclude<ExerciseId, 'flow'>]: WidgetSpec } = {
  'i-statement': iStatement,
  'stop-timer': stopTimer,
  agreement,
  'reflection-card': reflectionCard,
  'check-in': checkIn,
  'jealousy-journal': jealousyJournal,
  'active-listening': activeListening,
  repair,
};

export const widgets: readonly WidgetSpec[] = registry.flatMap((w) => (w.exercise === 'flow' ? [] : [specs[w.exercise]]));

/** Creates a widget with these attributes in `parent` (default: a fresh container in the body) and waits for its first render. */
export async function create(spec: WidgetSpec, attributes: Readonly<Record<string, string>> = {}, parent?: Element): Promise<Widget> {
  const el = document.createElement(spec.tag) as Widget;
  for (const [name, value] of Object.entries({ ...spec.setup, ...attributes })) el.setAttribute(name, value);
  (parent ?? container()).append(el);
  await el.updateComplete;
  return el;
}

let box: HTMLElement | undefined;
/** One container for the suites' elements, emptied by `cleanup()`. */
export function container(): HTMLElement {
  if (!box || !box.isConnected) {
    box = document.createElement('div');
    box.id = 'security-fixtures';
    document.body.append(box);
  }
  return box;
}

export function cleanup(): void {
  box?.replaceChildren();
  localStorage.clear();
}
