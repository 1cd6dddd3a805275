import { html, nothing, type TemplateResult } from 'lit';
import type { BreathPhase } from '../core/breath.js';
import { renderBreath } from '../core/breath-view.js';
import { renderButton, renderStatus } from '../core/chrome.js';
import { renderHeading } from '../core/heading.js';
import { renderField, textArea } from '../core/field.js';
import type { LocalizeController } from '../core/localize-controller.js';
import type { ListeningHint } from './hints.js';
import type { ActiveListeningStringKey } from './strings.js';
import { listener, progress, saidShown, speaker, speakerIndex, turnHolder, type Listening, type TurnField } from './turns.js';

/** The active listening's words in the reader's language (the element's localize controller). */
export type ListeningWords = Pick<LocalizeController<ActiveListeningStringKey>, 't' | 'plural' | 'locale'>;

/** The fields Done or a step found empty: each shows its error. */
export type ErrorField = 'said' | 'reflection' | 'validation';

/** What the exercise shows now. */
export interface ListeningView {
  words: ListeningWords;
  state: Listening;
  /** What the turn's line says (and the screen reader heard once, when the turn changed). */
  turnLine: string;
  suggested: number;
  noPeeking: boolean;
  errors: readonly ErrorField[];
  hints: readonly ListeningHint[];
  /** Words of danger or caution were written: no hints, nothing coaches. */
  danger: boolean;
  /** The breathing guide of the break, while it runs. */
  breath: BreathPhase | null;
  reducedMotion: boolean;
  /** The level of the exercise's own parts' headings (the break's): one below the element's heading. */
  headingLevel: number;
  completed: boolean;
  message: string;
}

/** What the pair's controls do (the element carries them out: state, focus, announcements). */
export interface ListeningActions {
  write(field: TurnField, text: string): void;
  pass(): void;
  offer(): void;
  thatsIt(): void;
  notQuite(): void;
  swap(): void;
  takeBreak(): void;
  ready(): void;
  breathe(): void;
  peek(hidden: boolean): void;
  done(): void;
  startOver(): void;
}

/** The control a field's words go in, by its round field (the reflection's is "heard"). */
export const fieldIds: Record<TurnField, string> = { said: 'said', reflection: 'heard', question: 'question', validation: 'validation' };

const errorKeys = { said: 'errorSaid', reflection: 'errorReflection', validation: 'errorValidation' } as const;
const persons = ['first', 'second'] as const;

/** Whose the device is now: the index in the pair of the person whose turn it is. */
const holderIndex = (state: Listening): 0 | 1 => (turnHolder(state) === 'speaker' ? speakerIndex(state) : speakerIndex(state) === 0 ? 1 : 0);

/** The intro, the no-peeking choice, where the pair is, then the turn (or the break), Done and Start over, and the status line. */
export function renderListening(view: ListeningView, actions: ListeningActions): TemplateResult {
  const { words, state } = view;
  const names = { speaker: speaker(state), listener: listener(state) };
  const done = view.state.turn.phase === 'respond' || (view.state.turn.phase === 'say' && !view.state.turn.said.trim());
  const doneFirst = progress(state, view.suggested).reached && done;
  return html`<p part="intro" class="intro">${words.t('intro')}</p>
    <p class="peeking no-print">
      <input type="checkbox" id="no-peeking" .checked=${view.noPeeking} @change=${(event: Event) => actions.peek((event.target as HTMLInputElement).checked)} />
      <label for="no-peeking">${words.t('noPeeking')}</label>
    </p>
    ${renderProgress(view)}
    ${state.onBreak ? renderBreak(view, actions) : renderTurn(view, actions, names)}
    <div class="actions end no-print">
      ${renderButton(words.t('done'), () => actions.done(), { primary: doneFirst })} ${renderButton(words.t('reset'), () => actions.startOver())}
    </div>
    ${renderStatus(view.message, view.completed)}`;
}

function renderProgress(view: ListeningView): TemplateResult {
  const { words } = view;
  const at = progress(view.state, view.suggested);
  const roundText = at.round <= at.suggested ? words.t('round.of', { round: at.round, suggested: at.suggested }) : words.t('round.beyond', { round: at.round });
  return html`<div part="progress" class="progress">
    <p class="round">${roundText}</p>
    ${at.reached ? html`<p class="reached">${words.plural('roundsReached', at.suggested)}</p>` : nothing}
  </div>`;
}

/** The turn: whose it is (name, colour and shape), what to do, and the round's words and controls of its phase. */
function renderTurn(view: ListeningView, actions: ListeningActions, names: { speaker: string; listener: string }): TemplateResult {
  const { state } = view;
  const holder = holderIndex(state);
  const person = persons[holder];
  return html`<section part="turn" class="turn" data-person=${person}>
    <p class="whose"><span part="person" class="person" id="turn-name" data-person=${person}>${state.names[holder]}</span></p>
    <p part="turn-line" class="turn-line" id="turn-line">${view.turnLine}</p>
    ${renderPhase(view, actions, names)}
  </section>`;
}

function renderPhase(view: ListeningView, actions: ListeningActions, names: { speaker: string; listener: string }): TemplateResult {
  const { words, state } = view;
  const { turn } = state;
  const take = renderButton(words.t('takeBreak'), () => actions.takeBreak());
  switch (turn.phase) {
    case 'say':
      return html`${field(view, actions, 'said', words.t('saidLabel', names), words.t('saidHint'), 4)}
        <div class="actions no-print">${renderButton(words.t('pass', names), () => actions.pass(), { primary: true })} ${take}</div>`;
    case 'reflect':
      return html`${said(view, names)} ${field(view, actions, 'reflection', words.t('heardLabel', names), words.t('heardHint'), 4)}
        <div class="actions no-print">${renderButton(words.t('offer', names), () => actions.offer(), { primary: true })} ${take}</div>`;
    case 'check':
      return html`${said(view, names)} ${quote(words.t('heardQuote', names), turn.reflection, holderIndex(state) === 0 ? 1 : 0, 'offered')}
        <div class="actions no-print">
          ${renderButton(words.t('thatsIt'), () => actions.thatsIt(), { primary: true })} ${renderButton(words.t('notQuite'), () => actions.notQuite())} ${take}
        </div>`;
    case 'respond': {
      const swapFirst = !progress(state, view.suggested).reached;
      return html`${said(view, names)} ${quote(words.t('heardQuote', names), turn.reflection, holderIndex(state), 'accepted')}
        ${field(view, actions, 'question', words.t('questionLabel', names), words.t('questionHint'), 2)}
        ${field(view, actions, 'validation', words.t('validationLabel', names), words.t('validationHint', names), 3)}
        <div class="actions no-print">${renderButton(words.t('swap'), () => actions.swap(), { primary: swapFirst })} ${take}</div>`;
    }
  }
}

/** The speaker's words, or (no peeking, while the listener reflects and the speaker checks) a line saying they are hidden. */
function said(view: ListeningView, names: { speaker: string; listener: string }): TemplateResult {
  if (!saidShown(view.state, view.noPeeking)) return html`<p part="hidden-words" class="hidden-words">${view.words.t('saidHidden', names)}</p>`;
  return quote(view.words.t('saidQuote', names), view.state.turn.said, speakerIndex(view.state), 'said-words');
}

/**
 * Someone's words as written, under whose they are (in that person's colour). A group named by whose words and
 * described by them: when focus lands on it (the reflection offered to the speaker), a screen reader reads both.
 */
function quote(label: string, text: string, index: 0 | 1, id: string): TemplateResult {
  return html`<div part="quote" class="quote" id=${id} data-person=${persons[index]} role="group" aria-labelledby="${id}-label" aria-describedby="${id}-text">
    <p class="quote-label" id="${id}-label">${label}</p>
    <blockquote id="${id}-text">${text}</blockquote>
  </div>`;
}

function field(view: ListeningView, actions: ListeningActions, name: TurnField, label: string, hint: string, rows: number): TemplateResult {
  const { words } = view;
  const id = fieldIds[name];
  const names = { speaker: speaker(view.state), listener: listener(view.state) };
  const error = name !== 'question' && view.errors.includes(name) ? words.t(errorKeys[name], names) : undefined;
  const tips = view.danger ? [] : view.hints.filter((hint) => hint.field === name).map((hint) => ({ key: hint.key, text: words.t(hint.key, { word: hint.word, ...names }) }));
  return renderField(
    { id, label, hint: view.danger ? undefined : hint, error, tips },
    { errorPrefix: words.t('errorPrefix'), tipPrefix: words.t('tipPrefix') },
    textArea(id, view.state.turn[name], (text) => actions.write(name, text), { rows }),
  );
}

/** The calm pause: the source's advice, a suggested length, the timer's breathing if they want it, and "We're ready". */
function renderBreak(view: ListeningView, actions: ListeningActions): TemplateResult {
  const { words } = view;
  const breathing = view.breath !== null;
  return html`<section part="break" class="break" aria-labelledby="break-heading">
    ${renderHeading(view.headingLevel, words.t('breakHeading'), { id: 'break-heading' })}
    <p>${words.t('breakText')}</p>
    <p>${words.t('breakLength')}</p>
    ${view.breath
      ? renderBreath(
          view.breath,
          { breatheIn: words.t('breatheIn'), hold: words.t('hold'), breatheOut: words.t('breatheOut'), breathProgress: words.t('breathProgress') },
          view.reducedMotion,
        )
      : nothing}
    <div class="actions no-print">
      ${renderButton(words.t('ready'), () => actions.ready(), { primary: true })}
      <button part="button" type="button" aria-pressed=${String(breathing)} @click=${() => actions.breathe()}>${words.t('breakBreathe')}</button>
    </div>
  </section>`;
}
