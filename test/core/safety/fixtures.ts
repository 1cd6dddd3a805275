import type { ExerciseId } from '../../../src/core/types.js';
import { $, key, press, settle, type TextField, type Updatable } from '../../helpers/harness.js';
import { FakeClock } from '../../stop-timer/fake-clock.js';
import { walkTo } from '../../active-listening/walk.js';
import { button } from '../../helpers/harness.js';

export type Widget = HTMLElement & { updateComplete: Promise<unknown>; value: unknown; clock?: unknown };

/** A free-text field as the person reaches it: the widget whose shadow root holds it (a step, in a flow), and the field. */
export interface Reached {
  widget: Widget;
  field: TextField;
}

/**
 * What the safety tests need to know about one element of the registry: its markup, every free-text
 * field it has (by id; `item` for any agreement item) with the way a person gets to it, and how a
 * person finishes it after writing `words` in one of its fields. A widget added to src/registry.ts
 * fails to compile until it has an entry.
 */
export interface SafetyFixture {
  /** The element's markup, with `attributes` (e.g. `exit-url="…"`) and `children` inside. */
  markup(attributes: string, children?: string): string;
  fields: Record<string, (el: Widget) => Promise<Reached>>;
  /** Writes `words` in a field, fills what Done needs with ordinary words, presses Done. Returns the widget that shows the result. */
  finish(el: Widget, words: string): Promise<Widget>;
}

/** Types at the end of a field as a keyboard would (with a space before, when the field holds words already). */
export async function write(widget: Updatable, field: TextField, words: string): Promise<void> {
  field.focus();
  field.value += field.value && !field.value.endsWith(' ') ? ` ${words}` : words;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: words, inputType: 'insertText' }));
  await settle(widget);
}

/** Every free-text field the widget shows now, by its id (`item` for an agreement's items). */
export function freeTextFields(widget: Element): string[] {
  const fields = [...widget.shadowRoot!.querySelectorAll<TextField>('textarea, input')].filter(
    (f) => f.localName === 'textarea' || ['text', 'search', ''].includes(f.getAttribute('type') ?? ''),
  );
  return fields.map((f) => f.id.replace(/^item-\d+$/, 'item'));
}

const own = (el: Widget, id: string) => async (): Promise<Reached> => ({ widget: el, field: $<TextField>(el, `#${id}`) });
const reach = (id: string) => (el: Widget) => own(el, id)();
const done = (el: Widget) => press(el, 'button.primary');

/** The timer with its notes, moved to a step by the person (Start, then Skip) on a clock the test holds. */
async function timerAt(el: Widget, step: 'observe' | 'proceed'): Promise<Reached> {
  el.clock = new FakeClock();
  await press(el, '[data-main]');
  const skips = step === 'observe' ? 2 : 3;
  for (let i = 0; i < skips; i++) await press(el, '[data-skip]');
  return { widget: el, field: $<TextField>(el, `#note-${step}`) };
}

/** A step of a flow, by its tag: the flow's Skip moves to it. */
async function flowStep(el: Widget, tag: string, id: string): Promise<Reached> {
  const steps = [...el.children].filter((child) => child.localName.startsWith('tend-'));
  const at = steps.findIndex((step) => step.localName === tag);
  for (let i = 0; i < at; i++) await press(el, '[part~=nav] button:nth-child(2)');
  const widget = steps[at] as Widget;
  await widget.updateComplete;
  return { widget, field: $<TextField>(widget, `#${id}`) };
}

export const safetyFixtures: Record<ExerciseId, SafetyFixture> = {
  'i-statement': {
    markup: (attributes, children = '') => `<tend-i-statement ${attributes}>${children}</tend-i-statement>`,
    fields: { emotion: reach('emotion'), situation: reach('situation'), reason: reach('reason'), need: reach('need') },
    finish: async (el, words) => {
      await write(el, $(el, '#emotion'), 'scared');
      await write(el, $(el, '#situation'), words);
      await write(el, $(el, '#need'), 'you to stop');
      await done(el);
      return el;
    },
  },
  'stop-timer': {
    markup: (attributes, children = '') => `<tend-stop-timer notes durations="5 30 20 10" ${attributes}>${children}</tend-stop-timer>`,
    fields: { 'note-observe': (el) => timerAt(el, 'observe'), 'note-proceed': (el) => timerAt(el, 'proceed') },
    finish: async (el, words) => {
      const { field } = await timerAt(el, 'observe');
      await write(el, field, words);
      await press(el, '[data-skip]');
      await press(el, '[data-done]');
      return el;
    },
  },
  agreement: {
    markup: (attributes, children = '') => `<tend-agreement ${attributes}>${children}</tend-agreement>`,
    fields: {
      title: reach('title'),
      with: reach('with'),
      'add-0': reach('add-0'),
      'add-1': reach('add-1'),
      'add-2': reach('add-2'),
      item: async (el) => {
        await write(el, $(el, '#add-1'), 'Tuesday evenings');
        await key(el, '#add-1', 'Enter');
        return { widget: el, field: $<TextField>(el, 'textarea[id^="item-"]') };
      },
    },
    finish: async (el, words) => {
      await write(el, $(el, '#add-0'), words);
      await key(el, '#add-0', 'Enter');
      await done(el);
      return el;
    },
  },
  'reflection-card': {
    markup: (attributes, children = '') => `<tend-reflection-card ${attributes}>${children}</tend-reflection-card>`,
    fields: { answer: reach('answer') },
    finish: async (el, words) => {
      await write(el, $(el, '#answer'), words);
      await done(el);
      return el;
    },
  },
  'check-in': {
    markup: (attributes, children = '') => `<tend-check-in with="Alex" ${attributes}>${children}</tend-check-in>`,
    fields: { 'own-feelings': reach('own-feelings'), highlight: reach('highlight'), challenge: reach('challenge'), need: reach('need') },
    finish: async (el, words) => {
      await write(el, $(el, '#own-feelings'), 'scared');
      await write(el, $(el, '#highlight'), 'nothing much');
      await write(el, $(el, '#challenge'), words);
      await done(el);
      return el;
    },
  },
  'jealousy-journal': {
    markup: (attributes, children = '') => `<tend-jealousy-journal with="Sam" ${attributes}>${children}</tend-jealousy-journal>`,
    fields: {
      situation: reach('situation'),
      'own-feelings': reach('own-feelings'),
      need: reach('need'),
      say: reach('say'),
      agreement: reach('agreement'),
      glad: reach('glad'),
    },
    finish: async (el, words) => {
      await write(el, $(el, '#own-feelings'), 'jealous');
      await write(el, $(el, '#situation'), words);
      await done(el);
      return el;
    },
  },
  repair: {
    markup: (attributes, children = '') => `<tend-repair with="Sam" ${attributes}>${children}</tend-repair>`,
    fields: { part: reach('part'), impact: reach('impact'), apology: reach('apology'), plan: reach('plan'), reconnect: reach('reconnect') },
    finish: async (el, words) => {
      await write(el, $(el, '#part'), words);
      await write(el, $(el, '#impact'), 'you were upset');
      await write(el, $(el, '#apology'), 'not listening');
      await write(el, $(el, '#plan'), 'ask before I answer');
      await done(el);
      return el;
    },
  },
  'active-listening': {
    markup: (attributes, children = '') => `<tend-active-listening with="Sam, Alex" ${attributes}>${children}</tend-active-listening>`,
    fields: {
      said: reach('said'),
      heard: async (el) => (await walkTo(el, 'reflect'), own(el, 'heard')()),
      question: async (el) => (await walkTo(el, 'respond'), own(el, 'question')()),
      validation: async (el) => (await walkTo(el, 'respond'), own(el, 'validation')()),
    },
    // The words are the speaker's, the round goes on to its validation (so the data holds them), then Done.
    finish: async (el, words) => {
      await write(el, $(el, '#said'), words);
      await walkTo(el, 'respond');
      await write(el, $(el, '#validation'), 'It makes sense that you are scared.');
      await press(el, button(el, 'Done'));
      return el;
    },
  },
  flow: {
    markup: (attributes, children = '') =>
      `<tend-flow ${attributes}>${children}<tend-i-statement></tend-i-statement><tend-reflection-card prompt="What would help next time?"></tend-reflection-card></tend-flow>`,
    fields: {
      'i-statement #situation': (el) => flowStep(el, 'tend-i-statement', 'situation'),
      'reflection-card #answer': (el) => flowStep(el, 'tend-reflection-card', 'answer'),
    },
    finish: async (el, words) => {
      const { widget } = await flowStep(el, 'tend-i-statement', 'situation');
      await safetyFixtures['i-statement'].finish(widget, words);
      const card = el.querySelector<Widget>('tend-reflection-card')!;
      await safetyFixtures['reflection-card'].finish(card, 'time apart');
      await settle(el);
      await done(el);
      return el;
    },
  },
};
