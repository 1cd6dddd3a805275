import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { oneOf } from '../core/attributes.js';
import { TendElement } from '../core/tend-element.js';
import { TendStepEvent } from '../core/events.js';
import type { StopTimerData } from '../core/types.js';
import { breathAt, type BreathPattern } from './breath.js';
import { Chime } from './chime.js';
import { systemClock, type TimerClock } from './clock.js';
import { breathRule, durationsRule } from './parse.js';
import { stopTimerSchema } from './schema.js';
import { isNoteStep, stepKey, STEPS, VARIANTS, type NoteStep, type StopVariant } from './steps.js';
import { stopTimerStrings } from './strings.js';
import { stopTimerStyles } from './styles.js';
import {
  begin,
  finishAt,
  holdAtEndOf,
  pauseAt,
  positionAt,
  progressAt,
  releaseAt,
  resumeAt,
  skipAt,
  totalMs,
  type Position,
  type Timeline,
} from './timeline.js';

/** `holding`: a note step's time ran out while the person was writing its note; the next step waits for them. */
type Status = 'idle' | 'running' | 'paused' | 'holding' | 'waiting' | 'complete';

const variantRule = oneOf(VARIANTS, 'mindfulness');

/** The string shown under the countdown in each status that has one. */
const STATUS_MESSAGES: Partial<Record<Status, keyof typeof stopTimerStrings | 'completed'>> = { paused: 'paused', holding: 'noRush', waiting: 'timeUp', complete: 'completed' };

/** A note counts as being written until this long after its last keystroke (clock milliseconds). */
export const TYPING_QUIET_MS = 3000;


/** m:ss for a number of milliseconds, counting a started second as a whole one; digits in `locale` (already a valid tag). */
function formatClock(ms: number, locale: string): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const digits = (n: number, width: number) => n.toLocaleString(locale, { minimumIntegerDigits: width, useGrouping: false });
  return `${digits(Math.floor(total / 60), 1)}:${digits(total % 60, 2)}`;
}

/**
 * The STOP skill, timed: Stop · Take a breath · Observe · Proceed, each step with its title,
 * instruction and countdown, a paced-breathing guide, optional notes and an optional soft chime.
 * Remaining time is computed from a monotonic clock, so a hidden tab or a busy page catches up on
 * the next frame; pauses are excluded and reported. `variant="dbt"` words the steps as DBT's STOP
 * skill (Marsha M. Linehan): Stop · Take a step back · Observe · Proceed mindfully, with a credit line.
 *
 * @tagname tend-stop-timer
 * @summary A guided, timed STOP exercise (Stop, Take a breath, Observe, Proceed).
 *
 * @fires tend-step - A step began: `{ exercise: 'stop-timer', version: 1, index, step }`.
 * @fires tend-change - A note changed: `{ exercise, version: 1, data }`.
 * @fires tend-complete - The exercise finished (time ran out, or Done): `{ exercise, version: 1, data, completedAt }`.
 *
 * @csspart base - The outer section.
 * @csspart heading - The title.
 * @csspart steps - The list of the four steps (the current one has `aria-current="step"`).
 * @csspart steps-item - One step in that list.
 * @csspart intro - The introduction shown before Start.
 * @csspart credit - With `variant="dbt"`: the line crediting DBT's STOP skill to Marsha M. Linehan.
 * @csspart step - The current step's panel.
 * @csspart step-title - The current step's title.
 * @csspart instruction - The current step's instruction.
 * @csspart countdown - The visible countdown (hidden from assistive technology; each step is announced instead).
 * @csspart status - Paused / time's up / finished messages.
 * @csspart breath - The paced-breathing guide.
 * @csspart breath-shape - The shape that expands and contracts with the breath (still under reduced motion).
 * @csspart breath-phase - "Breathe in" / "Hold" / "Breathe out".
 * @csspart breath-progress - Progress through the breath phase (shown under reduced motion).
 * @csspart field - A note's wrapper.
 * @csspart label - A note's label.
 * @csspart hint - A note's hint.
 * @csspart input - A note's text area.
 * @csspart button - Start, Pause, Resume, Skip, Done and Reset.
 * @csspart privacy - The storage note (with `persist`).
 *
 * @cssproperty --tend-stop-timer-shape-size - Size of the breathing shape (default 9rem).
 * @cssproperty --tend-stop-timer-shape-color - Colour of the breathing shape (default `--tend-accent`).
 */
export class TendStopTimer extends TendElement<'stop-timer', keyof typeof stopTimerStrings> {
  static override exercise = 'stop-timer' as const;
  static override strings = stopTimerStrings;
  static override styles = [...TendElement.styles, stopTimerStyles];
  static override attributeRules = { ...TendElement.attributeRules, durations: durationsRule, breath: breathRule };

  /** Seconds of the four steps, separated by spaces or commas, each 1–600 (default "5 30 20 10"). */
  @property() durations?: string;

  /** Paced breathing in seconds separated by "-": "4-6" (in-out, default), "4-7-8" (in-hold-out), "4-4-4-4" (in-hold-out-hold). */
  @property() breath?: string;

  /** Starts the timer as soon as the element is on the page. */
  @property({ type: Boolean }) autostart = false;

  /** A soft tone at each step change (Web Audio; silent until the person has pressed a control). */
  @property({ type: Boolean }) chime = false;

  /** Shows a note field in Observe and in Proceed; the exercise then waits for Done. */
  @property({ type: Boolean }) notes = false;

  /**
   * The steps' wording: `mindfulness` (default: Stop, Take a breath, Observe, Proceed) or `dbt` (the STOP skill
   * of Dialectical Behavior Therapy by Marsha M. Linehan: Stop, Take a step back, Observe, Proceed mindfully, credited).
   */
  @property() variant?: string;

  /**
   * The time source: `now()` (monotonic milliseconds) and `requestFrame`/`cancelFrame`.
   * Defaults to `performance.now()` and `requestAnimationFrame`; replace it to drive time yourself.
   */
  @property({ attribute: false }) clock: TimerClock = systemClock;

  @state() private status: Status = 'idle';
  private timeline: Timeline | null = null;
  /** Index of the last step whose `tend-step` fired (-1 before Start). */
  private stepIndex = -1;
  private noteText: Record<NoteStep, string> = { observe: '', proceed: '' };
  private frame: { clock: TimerClock; id: number } | undefined;
  private readonly chimer = new Chime();
  private autostarted = false;
  /** Increases at every new run and reset, so a loop of one run never acts on the next. */
  private run = 0;
  private renderKey = '';
  private focusBefore: Element | null = null;
  /** When (clock time) and in which step's note the person last typed. */
  private typed: { at: number; step: NoteStep } | null = null;
  /** The run was paused because the page was hidden. */
  private pausedAway = false;

  protected override readonly valueSchema = stopTimerSchema;

  constructor() {
    super();
    // Any real gesture inside the widget allows the chime (before a click's own handler runs).
    const onGesture = (event: Event) => {
      if (event.isTrusted) this.chimer.arm(this.chime);
    };
    for (const type of ['pointerdown', 'keydown', 'click']) this.addEventListener(type, onGesture, { capture: true });
  }

  private get stepVariant(): StopVariant {
    return this.attrs.read('variant', this.variant, variantRule);
  }

  /** A step's title or instruction in the chosen variant. */
  private stepText(step: (typeof STEPS)[number], part: 'title' | 'instruction'): string {
    return this.t(stepKey(this.stepVariant, step, part));
  }

  protected override get headingText(): string {
    return this.heading?.trim() || this.t(this.stepVariant === 'dbt' ? 'dbt.heading' : 'heading');
  }

  /** Starts the exercise from the first step (after completion: a fresh run; while paused: resumes). */
  start(): void {
    this.deferral.now();
    this.startRun(true);
  }

  /** `mayBeGesture`: false for autostart, which must never count as the person's gesture. */
  private startRun(mayBeGesture: boolean): void {
    this.ensureReady();
    if (this.status === 'paused') return this.resume();
    if (this.status === 'running' || this.status === 'waiting') return;
    if (this.status === 'complete') {
      this.initialState();
      this.completed = false;
    }
    if (mayBeGesture) this.armIfActivated();
    this.run++;
    this.timeline = begin(this.stepSeconds, this.clock.now());
    this.status = 'running';
    this.tick();
  }

  /** Pauses the countdown; paused time is excluded from `elapsedMs` and reported as `pausedMs`. */
  pause(): void {
    this.deferral.now();
    if (this.status !== 'running' || !this.timeline) return;
    this.timeline = pauseAt(this.timeline, this.clock.now());
    this.status = 'paused';
    this.pausedAway = false;
    this.cancelFrame();
    this.announcer.announce(this.t('paused'));
  }

  /** Continues after `pause()`. */
  resume(): void {
    this.deferral.now();
    if (this.status !== 'paused' || !this.timeline) return;
    this.armIfActivated();
    this.timeline = resumeAt(this.timeline, this.clock.now());
    this.status = 'running';
    this.pausedAway = false;
    this.announcer.announce(this.t('resumed'));
    this.tick();
  }

  /** Back to before Start (notes cleared, persisted draft removed). */
  override reset(): void {
    this.cancelFrame();
    super.reset();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM (or put back): pick up where the clock says we are.
    if (this.status === 'running' || this.status === 'holding') this.scheduleFrame();
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.cancelFrame();
    this.chimer.dispose();
  }

  protected override initialState(): void {
    this.cancelFrame();
    this.run++;
    this.timeline = null;
    this.status = 'idle';
    this.stepIndex = -1;
    this.noteText = { observe: '', proceed: '' };
    this.renderKey = '';
    this.typed = null;
    this.pausedAway = false;
  }

  protected override typedText(): readonly string[] {
    return this.notes ? [this.noteText.observe, this.noteText.proceed] : [];
  }

  /** Undo of Reset: the run comes back paused where it was (a finished one, finished), with its notes. */
  protected override snapshot(): () => void {
    const now = this.clock.now();
    const timeline = this.timeline && this.status === 'running' ? pauseAt(this.timeline, now) : this.timeline;
    const status: Status = this.status === 'running' || this.status === 'holding' ? 'paused' : this.status;
    const held = this.status === 'holding' && timeline ? releaseAt(timeline, now) : timeline;
    const { stepIndex, noteText, completed } = this;
    return () => {
      this.cancelFrame();
      this.run++;
      this.timeline = held && status === 'paused' ? pauseAt(held, this.clock.now()) : held;
      this.status = status;
      this.stepIndex = stepIndex;
      this.noteText = { ...noteText };
      this.completed = completed;
      this.renderKey = '';
    };
  }

  protected override currentData(): StopTimerData {
    const position = this.position();
    return {
      durations: this.timeline ? this.timeline.durationsMs.map((ms) => ms / 1000) : [...this.stepSeconds],
      elapsedMs: Math.round(position?.elapsedMs ?? 0),
      pausedMs: Math.round(position?.pausedMs ?? 0),
      notes: this.notes ? { ...this.noteText } : { observe: '', proceed: '' },
    };
  }

  /** Restores the notes (durations come from the attribute, time from the clock). */
  protected override applyData(data: StopTimerData): void {
    this.noteText = { observe: data.notes.observe, proceed: data.notes.proceed };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.focusBefore = this.shadowRoot?.activeElement ?? null;
    // Read here so an invalid value warns even before the person starts.
    void this.stepSeconds;
    void this.breathPattern;
    if (!this.hasUpdated && this.autostart && !this.autostarted) {
      this.autostarted = true;
      this.startRun(false);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const before = this.focusBefore;
    this.focusBefore = null;
    if (before && !before.isConnected) {
      const root = this.renderRoot as ShadowRoot;
      root.querySelector<HTMLElement>('[data-main], [data-done], [data-reset]')?.focus();
    }
  }

  /** The notes, each under its label, for `send-to` and `share` (`''` when none is written). */
  protected override takeAwayText(): string {
    const notes = (['observe', 'proceed'] as const).filter((step) => this.noteText[step].trim());
    if (!notes.length) return '';
    return [this.headingText, ...notes.map((step) => `${this.t(`note.${step}`)}\n${this.noteText[step].trim()}`)].join('\n\n') + '\n';
  }

  private get stepSeconds(): number[] {
    return this.attrs.read('durations', this.durations, durationsRule);
  }

  private get breathPattern(): BreathPattern {
    return this.attrs.read('breath', this.breath, breathRule);
  }

  /** `start()` may be called before the first render: set the initial state (and draft) up first. */
  private ensureReady(): void {
    if (!this.hasUpdated) void this.value;
  }

  /** A page calling start()/resume() from its own click may chime too. */
  private armIfActivated(): void {
    const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
    if (activation?.isActive) this.chimer.arm(this.chime);
  }

  /** The page was hidden: a running exercise pauses, and waits for Resume when the person is back. */
  private readonly onVisibility = (): void => {
    if (document.visibilityState !== 'hidden' || this.status !== 'running') return;
    this.pause();
    this.pausedAway = true;
  };

  /** A note step's time is over while the person is still writing its note. */
  private writingThrough(position: Position, now: number): boolean {
    const step = STEPS[this.stepIndex];
    if (!this.notes || !step || !isNoteStep(step) || this.typed?.step !== step) return false;
    const over = position.index > this.stepIndex || position.timeUp;
    return over && now - this.typed.at < TYPING_QUIET_MS;
  }

  private position(): Position | null {
    return this.timeline ? positionAt(this.timeline, this.clock.now()) : null;
  }

  /** One frame: where the clock says we are; fires the steps passed since the last frame, in order. */
  private readonly onFrame = (): void => {
    this.frame = undefined;
    this.tick();
  };

  /** Called directly (Start, Resume, Skip) or by a frame; a frame still waiting is replaced. */
  private tick(): void {
    this.cancelFrame();
    let timeline = this.timeline;
    if (!timeline || (this.status !== 'running' && this.status !== 'paused' && this.status !== 'holding')) return;
    const now = this.clock.now();
    if (this.status === 'holding') {
      if (this.typed && now - this.typed.at < TYPING_QUIET_MS) return this.scheduleFrame(TYPING_QUIET_MS - (now - this.typed.at));
      timeline = this.timeline = releaseAt(timeline, now);
      this.status = 'running';
    }
    const position = positionAt(timeline, now);
    if (this.status === 'running' && this.writingThrough(position, now)) {
      this.timeline = holdAtEndOf(timeline, this.stepIndex, now);
      this.status = 'holding';
      this.announcer.announce(this.t('noRush'));
      this.requestUpdate();
      return this.scheduleFrame(TYPING_QUIET_MS);
    }
    if (!this.enterStepsUpTo(position.index)) return;
    if (position.timeUp) {
      // Close the run when the time ran out, not at the (possibly late) frame that noticed it.
      const overshoot = Math.max(0, progressAt(timeline, now) - totalMs(timeline));
      this.timeIsUp(now - overshoot);
      return;
    }
    this.refresh(position);
    if (this.status === 'running') this.scheduleFrame(position.remainingMs);
  }

  /** Returns false when a listener reset or restarted the timer meanwhile. */
  private enterStepsUpTo(index: number): boolean {
    const run = this.run;
    if (this.stepIndex >= index) return true;
    while (this.stepIndex < index) {
      this.stepIndex++;
      const step = STEPS[this.stepIndex]!;
      this.dispatchEvent(new TendStepEvent({ exercise: 'stop-timer', version: 1, index: this.stepIndex, step }));
      if (this.run !== run) return false;
    }
    const step = STEPS[this.stepIndex]!;
    const seconds = this.timeline ? Math.round(this.timeline.durationsMs[this.stepIndex]! / 1000) : 0;
    this.announcer.announce(
      `${this.stepText(step, 'title')}. ${this.stepText(step, 'instruction')} ${this.plural('seconds', seconds)}.`,
    );
    this.playChime();
    this.requestUpdate();
    return true;
  }

  private timeIsUp(now: number): void {
    this.cancelFrame();
    if (this.notes) {
      this.status = 'waiting';
      this.playChime();
      this.announcer.announce(this.t('timeUp'));
      return;
    }
    this.playChime();
    this.finish(now);
  }

  private finish(now: number): void {
    if (!this.timeline) return;
    this.cancelFrame();
    this.timeline = finishAt(this.timeline, now);
    this.status = 'complete';
    this.announcer.announce(this.t('completed'));
    this.complete();
  }

  private playChime(): void {
    if (this.chime) this.chimer.play();
  }

  /** Re-renders only when something visible changed (the second shown, the breath, the step). */
  private refresh(position: Position): void {
    let key = `${this.status}|${this.stepIndex}|${Math.ceil(position.remainingMs / 1000)}`;
    if (STEPS[this.stepIndex] === 'breathe') {
      const phase = breathAt(this.breathPattern, position.stepElapsedMs);
      key += `|${phase.kind}|${Math.round(phase.fullness * 200)}|${Math.round(phase.progress * 100)}`;
    }
    if (key !== this.renderKey) {
      this.renderKey = key;
      this.requestUpdate();
    }
  }

  private scheduleFrame(dueInMs?: number): void {
    if (this.frame || !this.isConnected) return;
    const clock = this.clock;
    this.frame = { clock, id: clock.requestFrame(this.onFrame, dueInMs) };
  }

  private cancelFrame(): void {
    if (!this.frame) return;
    this.frame.clock.cancelFrame(this.frame.id);
    this.frame = undefined;
  }

  private onMain(): void {
    if (this.status === 'running') this.pause();
    else if (this.status === 'paused') this.resume();
    else this.start();
  }

  /** Next, while the run waits for a note: on to the next step now. */
  private onNext(): void {
    if (this.status !== 'holding') return;
    this.typed = null;
    this.tick();
  }

  private onSkip(): void {
    if (!this.timeline || (this.status !== 'running' && this.status !== 'paused')) return;
    this.typed = null; // moving on is the person's choice: nothing to wait for
    this.timeline = skipAt(this.timeline, this.clock.now());
    this.renderKey = '';
    this.tick();
  }

  private onDone(): void {
    if (this.status !== 'running' && this.status !== 'paused' && this.status !== 'waiting') return;
    this.finish(this.clock.now());
  }

  private onReset(): void {
    void this.startOver('[data-main]');
  }

  private onNote(step: NoteStep, event: Event): void {
    this.noteText = { ...this.noteText, [step]: (event.target as HTMLTextAreaElement).value };
    this.typed = { at: this.clock.now(), step };
    this.commit();
  }

  protected override renderBody() {
    const started = this.status !== 'idle';
    const seconds = this.timeline ? this.timeline.durationsMs.map((ms) => ms / 1000) : this.stepSeconds;
    return html`
      <ol part="steps" class="steps" aria-label=${this.t('stepsLabel')}>
        ${STEPS.map(
          (step, i) =>
            html`<li
              part="steps-item"
              class=${started && (i < this.stepIndex || this.status === 'complete') ? 'done' : ''}
              aria-current=${started && i === this.stepIndex ? 'step' : nothing}
            >
              <span>${this.stepText(step, 'title')}</span>
              <span class="length" aria-hidden="true">${formatClock(seconds[i]! * 1000, this.locale)}</span>
              <span class="visually-hidden">(${this.plural('seconds', seconds[i]!)})</span>
            </li>`,
        )}
      </ol>
      ${started && this.stepIndex >= 0 ? this.renderStep() : html`<p part="intro">${this.t('intro')}</p>`}
      ${this.stepVariant === 'dbt' ? html`<p part="credit" class="credit">${this.t('dbt.credit')}</p>` : nothing}
      ${this.renderActions()}
      ${this.message ? html`<p part="status" class="no-print">${this.message}</p>` : nothing}
    `;
  }

  private renderStep() {
    const index = this.stepIndex;
    const step = STEPS[index]!;
    const position = this.position();
    const current = position && position.index === index ? position : null;
    const remaining = this.status === 'complete' || this.status === 'waiting' ? 0 : (current?.remainingMs ?? 0);
    const message = STATUS_MESSAGES[this.status];
    return html`<div part="step" class="step">
      <h3 part="step-title">
        <span class="visually-hidden">${this.t('stepOf', { index: index + 1, count: STEPS.length })}:</span>
        ${this.stepText(step, 'title')}
      </h3>
      <p part="instruction">${this.stepText(step, 'instruction')}</p>
      <p part="countdown" aria-hidden="true">${formatClock(remaining, this.locale)}</p>
      ${message
        ? html`<p part="status" class=${this.status === 'paused' ? 'paused-note' : nothing}>
            ${this.t(this.pausedAway && this.status === 'paused' ? 'pausedAway' : message)}
          </p>`
        : nothing}
      ${step === 'breathe' && current ? this.renderBreath(current) : nothing}
      ${this.notes && isNoteStep(step) ? this.renderNote(step) : nothing}
    </div>`;
  }

  private renderBreath(position: Position) {
    const phase = breathAt(this.breathPattern, position.stepElapsedMs);
    const reduced = this.motion.reduced;
    const label = phase.kind === 'in' ? this.t('breatheIn') : phase.kind === 'out' ? this.t('breatheOut') : this.t('hold');
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
            aria-label=${this.t('breathProgress')}
          ></progress>`
        : nothing}
    </div>`;
  }

  private renderNote(step: NoteStep) {
    const id = `note-${step}`;
    return html`<div part="field">
      <label part="label" for=${id}>${this.t(`note.${step}`)}</label>
      <span part="hint" id="${id}-hint">${this.t('noteHint')}</span>
      <textarea
        part="input"
        id=${id}
        aria-describedby="${id}-hint"
        .value=${this.noteText[step]}
        ?readonly=${this.status === 'complete'}
        @input=${(event: Event) => this.onNote(step, event)}
      ></textarea>
    </div>`;
  }

  private renderActions() {
    const status = this.status;
    const active = status === 'running' || status === 'paused';
    const mainLabel =
      status === 'idle' ? this.t('start') : status === 'running' ? this.t('pause') : status === 'paused' ? this.t('resume') : '';
    const inProceed = this.stepIndex === STEPS.length - 1;
    return html`<div class="actions no-print">
      ${mainLabel
        ? html`<button type="button" part="button" class="primary" data-main @click=${this.onMain}>${mainLabel}</button>`
        : nothing}
      ${active && !inProceed
        ? html`<button type="button" part="button" data-skip @click=${this.onSkip}>${this.t('skip')}</button>`
        : nothing}
      ${status === 'holding'
        ? html`<button type="button" part="button" class="primary" data-next @click=${this.onNext}>${this.t('next')}</button>`
        : nothing}
      ${(active || status === 'waiting') && inProceed
        ? html`<button type="button" part="button" class=${status === 'waiting' ? 'primary' : ''} data-done @click=${this.onDone}>
            ${this.t('done')}
          </button>`
        : nothing}
      ${status !== 'idle'
        ? html`<button type="button" part="button" data-reset @click=${this.onReset}>${this.t('resetButton')}</button>`
        : nothing}
    </div>`;
  }
}
