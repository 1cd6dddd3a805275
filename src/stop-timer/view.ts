import { html, nothing, type TemplateResult } from 'lit';
import { renderField, textArea } from '../core/field.js';
import { renderStatus } from '../core/chrome.js';
import { breathAt, type BreathPattern } from '../core/breath.js';
import { renderBreath } from '../core/breath-view.js';
import { formatClock } from './format.js';
import type { Status } from './run.js';
import { isNoteStep, STEPS, type NoteStep, type StopVariant } from './steps.js';
import type { stopTimerStrings } from './strings.js';
import { stepText, type TimerWords } from './text.js';
import type { Position } from './timeline.js';

/** The person's controls: Start/Pause/Resume, Skip, Next, Done, Reset, and typing a note. */
export interface TimerActions {
  main(): void;
  skip(): void;
  next(): void;
  done(): void;
  reset(): void;
  note(step: NoteStep, text: string): void;
}

/** What the timer's templates need from the element: its words, where the run is, and the person's actions. */
export interface TimerView {
  words: TimerWords;
  variant: StopVariant;
  status: Status;
  /** The step shown (-1 before Start). */
  stepIndex: number;
  /** Each step's length in seconds. */
  seconds: readonly number[];
  /** The clock's place in the run, or null before Start. */
  position: Position | null;
  /** The run was paused because the page was hidden. */
  pausedAway: boolean;
  breath: BreathPattern;
  reducedMotion: boolean;
  /** The notes, while `notes` is on. */
  notes: Readonly<Record<NoteStep, string>> | null;
  message: string;
  /** Words of danger or caution were written: the end is said plainly (no "notice how you feel now"). */
  plainEnd: boolean;
  actions: TimerActions;
}

/** The string shown under the countdown in each status that has one. */
const STATUS_MESSAGES: Partial<Record<Status, keyof typeof stopTimerStrings | 'completed' | 'completedPlain'>> = {
  paused: 'paused',
  holding: 'noRush',
  waiting: 'timeUp',
  complete: 'completed',
};

/** The whole exercise: the list of steps, the current step (or the introduction), the credit, the controls, the status. */
export function renderTimer(view: TimerView): TemplateResult {
  const { words, status, stepIndex, seconds } = view;
  const started = status !== 'idle';
  return html`
    <ol part="steps" class="steps" aria-label=${words.t('stepsLabel')}>
      ${STEPS.map(
        (step, i) =>
          html`<li
            part="steps-item"
            class=${started && (i < stepIndex || status === 'complete') ? 'done' : ''}
            aria-current=${started && i === stepIndex ? 'step' : nothing}
          >
            <span>${stepText(words, view.variant, step, 'title')}</span>
            <span class="length" aria-hidden="true">${formatClock(seconds[i]! * 1000, words.locale)}</span>
            <span class="visually-hidden">(${words.plural('seconds', seconds[i]!)})</span>
          </li>`,
      )}
    </ol>
    ${started && stepIndex >= 0 ? renderStep(view) : html`<p part="intro">${words.t('intro')}</p>`}
    ${view.variant === 'dbt' ? html`<p part="credit" class="credit">${words.t('dbt.credit')}</p>` : nothing}
    ${renderActions(view)}
    ${view.message ? renderStatus(view.message, false, 'no-print') : nothing}
  `;
}

function renderStep(view: TimerView): TemplateResult {
  const { words, status, stepIndex: index, position } = view;
  const step = STEPS[index]!;
  const current = position && position.index === index ? position : null;
  const remaining = status === 'complete' || status === 'waiting' ? 0 : (current?.remainingMs ?? 0);
  const message = status === 'complete' && view.plainEnd ? 'completedPlain' : STATUS_MESSAGES[status];
  return html`<div part="step" class="step">
    <h3 part="step-title">
      <span class="visually-hidden">${words.t('stepOf', { index: index + 1, count: STEPS.length })}:</span>
      ${stepText(words, view.variant, step, 'title')}
    </h3>
    <p part="instruction">${stepText(words, view.variant, step, 'instruction')}</p>
    <p part="countdown" aria-hidden="true">${formatClock(remaining, words.locale)}</p>
    ${message
      ? renderStatus(words.t(view.pausedAway && status === 'paused' ? 'pausedAway' : message), false, status === 'paused' ? 'paused-note' : '')
      : nothing}
    ${step === 'breathe' && current ? renderTimerBreath(view, current) : nothing}
    ${view.notes && isNoteStep(step) ? renderNote(view, step, view.notes[step]) : nothing}
  </div>`;
}

function renderTimerBreath(view: TimerView, position: Position): TemplateResult {
  const { words } = view;
  const labels = { breatheIn: words.t('breatheIn'), hold: words.t('hold'), breatheOut: words.t('breatheOut'), breathProgress: words.t('breathProgress') };
  return renderBreath(breathAt(view.breath, position.stepElapsedMs), labels, view.reducedMotion);
}

function renderNote(view: TimerView, step: NoteStep, text: string): TemplateResult {
  const id = `note-${step}`;
  return renderField(
    { id, label: view.words.t(`note.${step}`), hint: view.words.t('noteHint'), className: '' },
    { errorPrefix: view.words.t('errorPrefix') },
    textArea(id, text, (value) => view.actions.note(step, value), { readonly: view.status === 'complete' }),
  );
}

/** Start / Pause / Resume, Skip, Next (while a step waits for a note), Done (in Proceed) and Reset, as the run allows. */
function renderActions(view: TimerView): TemplateResult {
  const { words, status, actions } = view;
  const active = status === 'running' || status === 'paused';
  const main = status === 'idle' ? 'start' : status === 'running' ? 'pause' : status === 'paused' ? 'resume' : '';
  const inProceed = view.stepIndex === STEPS.length - 1;
  return html`<div class="actions no-print">
    ${main
      ? html`<button type="button" part="button" class="primary" data-main @click=${actions.main}>${words.t(main)}</button>`
      : nothing}
    ${active && !inProceed
      ? html`<button type="button" part="button" data-skip @click=${actions.skip}>${words.t('skip')}</button>`
      : nothing}
    ${status === 'holding'
      ? html`<button type="button" part="button" class="primary" data-next @click=${actions.next}>${words.t('next')}</button>`
      : nothing}
    ${(active || status === 'waiting') && inProceed
      ? html`<button type="button" part="button" class=${status === 'waiting' ? 'primary' : ''} data-done @click=${actions.done}>
          ${words.t('done')}
        </button>`
      : nothing}
    ${status !== 'idle'
      ? html`<button type="button" part="button" data-reset @click=${actions.reset}>${words.t('resetButton')}</button>`
      : nothing}
  </div>`;
}
