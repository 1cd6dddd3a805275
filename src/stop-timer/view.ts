import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { renderField, textArea } from '../core/field.js';
import { renderStatus } from '../core/chrome.js';
import { renderHeading } from '../core/heading.js';
import { breathAt, type BreathPattern } from './breath.js';
import { formatClock } from './format.js';
import type { Status } from './run.js';
import { isNoteStep, STEPS, type NoteStep, type StopVariant } from './steps.js';
import type { stopTimerStrings } from './strings.js';
import { introText, stepText, timeLeftText, type TimerWords } from './text.js';
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
  /** The time ran out while the person was in the last note. */
  timeUpInNote: boolean;
  /** Next was pressed: it stays until focus has moved to the new step. */
  keepNext: boolean;
  breath: BreathPattern;
  reducedMotion: boolean;
  /** The notes, while `notes` is on. */
  notes: Readonly<Record<NoteStep, string>> | null;
  message: string;
  /** Words of danger or caution were written: the end is said plainly (no "notice how you feel now"). */
  plainEnd: boolean;
  actions: TimerActions;
  /** The level of the step's title (one below the widget's heading). */
  headingLevel: number;
}

/** The string shown under the countdown in each status that has one. */
const STATUS_MESSAGES: Partial<Record<Status, keyof typeof stopTimerStrings | 'completed' | 'completedPlain'>> = {
  paused: 'paused',
  holding: 'noRush',
  waiting: 'timeUpDone',
  complete: 'completed',
};

function statusMessage(view: TimerView): string | undefined {
  const { status } = view;
  if (status === 'paused' && view.pausedAway) return view.words.t('pausedAway');
  if (status === 'waiting' && view.timeUpInNote) return view.words.t('timeUp');
  if (status === 'complete' && view.plainEnd) return view.words.t('completedPlain');
  const key = STATUS_MESSAGES[status];
  return key && view.words.t(key);
}

/** The whole exercise: the list of steps, the current step (or the introduction), the credit, the controls, the status. */
export function renderTimer(view: TimerView): TemplateResult {
  const { words, status, stepIndex, seconds } = view;
  const started = status !== 'idle';
  return html`
    <ol part="steps" class="steps" aria-label=${words.t('stepsLabel')}>
      ${STEPS.map(
        (step, i) => {
        // A finished step is ticked off (never struck through, as if cancelled).
        const done = started && (i < stepIndex || status === 'complete');
        return html`<li part="steps-item" class=${done ? 'done' : ''} aria-current=${started && i === stepIndex ? 'step' : nothing}>
          <span>${stepText(words, view.variant, step, 'title')}</span>
          <span class="length" aria-hidden="true">${formatClock(seconds[i]! * 1000, words.locale)}</span>
          <span class="visually-hidden">, ${words.plural('seconds', seconds[i]!)}${done ? `, ${words.t('stepDone')}` : ''}</span>
          ${done ? html`<span class="tick" aria-hidden="true">✓</span>` : nothing}
        </li>`;
      },
      )}
    </ol>
    ${started && stepIndex >= 0 ? renderStep(view) : html`<p part="intro">${introText(words, seconds)}</p>`}
    ${view.variant === 'dbt' ? html`<p part="credit" class="credit">${words.t('dbt.credit')}</p>` : nothing}
    ${renderActions(view)}
    ${view.message ? renderStatus(view.message, false, 'no-print') : nothing}
  `;
}

function renderStep(view: TimerView): TemplateResult {
  const { words, status, stepIndex: index, position } = view;
  const step = STEPS[index]!;
  const current = position && position.index === index ? position : null;
  // The clock shows while the step's time runs (or is paused); once it is over, only the words say so.
  // For a screen reader it is a timer to read when asked (never announced), named to the nearest ten seconds.
  const counting = (status === 'running' || status === 'paused') && current !== null;
  const message = statusMessage(view);
  return html`<div part="step" class="step">
    ${renderHeading(
      view.headingLevel,
      html`<span class="visually-hidden">${words.t('stepOf', { index: index + 1, count: STEPS.length })}:</span> ${stepText(words, view.variant, step, 'title')}`,
      { part: 'step-title' },
    )}
    <p part="instruction">${stepText(words, view.variant, step, 'instruction')}</p>
    ${counting
      ? html`<p part="countdown" role="timer" aria-label=${timeLeftText(words, current.remainingMs)}>
          <span aria-hidden="true">${formatClock(current.remainingMs, words.locale)}</span>
        </p>`
      : nothing}
    ${message ? renderStatus(message, false, status === 'paused' ? 'paused-note' : '') : nothing}
    ${step === 'breathe' && current ? renderBreath(view, current) : nothing}
    ${view.notes && isNoteStep(step) ? keyed(step, renderNote(view, step, view.notes[step])) : nothing}
  </div>`;
}

function renderBreath(view: TimerView, position: Position): TemplateResult {
  const phase = breathAt(view.breath, position.stepElapsedMs);
  const reduced = view.reducedMotion;
  const label = view.words.t(phase.kind === 'in' ? 'breatheIn' : phase.kind === 'out' ? 'breatheOut' : 'hold');
  // Set through CSSOM (the `style` property), never as a style attribute: a strict CSP (no 'unsafe-inline'
  // in style-src) blocks style attributes, and styleMap writes one on its first render.
  const shape = reduced ? '' : `transform: scale(${(0.45 + 0.55 * phase.fullness).toFixed(3)})`;
  return html`<div part="breath" class=${reduced ? 'reduced' : 'moving'} data-phase=${phase.kind}>
    <div class="stage" aria-hidden="true"><div part="breath-shape" .style=${shape}></div></div>
    <p part="breath-phase">${label}</p>
    ${reduced
      ? html`<progress
          part="breath-progress"
          max="100"
          .value=${Math.round(phase.progress * 100)}
          aria-label=${view.words.t('breathProgress')}
        ></progress>`
      : nothing}
  </div>`;
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
    ${status === 'holding' || view.keepNext
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
