import type { PropertyValues, PropertyDeclarations } from 'lit';
import { oneOf } from '../core/attributes.js';
import { rendersAsServer } from '../core/server-render.js';
import { TendElement } from '../core/tend-element.js';
import type { Worksheet } from '../core/worksheet.js';
import { stepEvent } from '../core/events.js';
import type { StopTimerData } from './schema.js';
import type { BreathPattern } from './breath.js';
import { Chime } from './chime.js';
import { FrameLoop, systemClock, type TimerClock } from './clock.js';
import { breathRule, durationsRule } from './parse.js';
import { stopTimerSchema } from './schema.js';
import { frameKey, quietIn, TYPING_QUIET_MS, undoPoint, writingThrough, type Status, type Typed } from './run.js';
import { isNoteStep, NO_NOTES, NOTE_STEPS, STEPS, stepKey, VARIANTS, type NoteStep, type StopVariant } from './steps.js';
import { stopTimerStrings } from './strings.js';
import { stopTimerStyles } from './styles.js';
import { begin, finishAt, holdAtEndOf, pauseAt, positionAt, releaseAt, resumeAt, skipAt, timeUpAt, type Position, type Timeline } from './timeline.js';
import { notesText, stepAnnouncement } from './text.js';
import { renderTimer, type TimerActions } from './view.js';

const variantRule = oneOf(VARIANTS, 'mindfulness');

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
  /** The reactive properties (attributes as documented on each field; `state`: internal). */
  static override properties: PropertyDeclarations = {
    durations: {}, breath: {}, autostart: { type: Boolean }, chime: { type: Boolean }, notes: { type: Boolean },
    variant: {}, clock: { attribute: false }, status: { state: true, attribute: false },
  };
  static override attributeRules = { ...TendElement.attributeRules, durations: durationsRule, breath: breathRule, variant: variantRule };

  /** Seconds of the four steps, separated by spaces or commas, each 1–600 (default "5 30 20 10"). */
  durations?: string;

  /** Paced breathing in seconds separated by "-": "4-6" (in-out, default), "4-7-8" (in-hold-out), "4-4-4-4" (in-hold-out-hold). */
  breath?: string;

  /** Starts the timer as soon as the element is on the page. */
  autostart = false;

  /** A soft tone at each step change (Web Audio; silent until the person has pressed a control). */
  chime = false;

  /** Shows a note field in Observe and in Proceed; the exercise then waits for Done. */
  notes = false;

  /**
   * The steps' wording: `mindfulness` (default: Stop, Take a breath, Observe, Proceed) or `dbt` (the STOP skill
   * of Dialectical Behavior Therapy by Marsha M. Linehan: Stop, Take a step back, Observe, Proceed mindfully, credited).
   */
  variant?: string;

  /**
   * The time source: `now()` (monotonic milliseconds) and `requestFrame`/`cancelFrame`.
   * Defaults to `performance.now()` and `requestAnimationFrame`; replace it to drive time yourself.
   */
  clock: TimerClock = systemClock;

  private status: Status = 'idle';
  private timeline: Timeline | null = null;
  /** Index of the last step whose `tend-step` fired (-1 before Start). */
  private stepIndex = -1;
  private noteText: Readonly<Record<NoteStep, string>> = NO_NOTES;
  private readonly frames = new FrameLoop(this, () => this.clock, () => this.tick());
  private readonly chimer = new Chime(this, () => this.chime);
  /** True once the first render in a browser has looked at `autostart` (it starts a run only then). */
  private autostarted = false;
  /** Increases at every new run and reset, so a loop of one run never acts on the next. */
  private run = 0;
  private renderKey = '';
  private focusBefore: Element | null = null;
  private typed: Typed | null = null;
  /** The run was paused because the page was hidden. */
  private pausedAway = false;
  /** Next was pressed: the held step ends even though focus was in its note a moment ago. */
  private release = false;
  /** An action moves focus itself once the page is painted: no stop on the main button on the way. */
  private focusMoving = false;
  /** The time ran out while the person was in the last note: "Finish your note, then press Done". */
  private timeUpInNote = false;

  protected override readonly valueSchema = stopTimerSchema;

  /** What the person's controls do (see view.ts). */
  private readonly actions: TimerActions = {
    main: () => {
      if (this.status === 'running') this.pause();
      else if (this.status === 'paused') this.resume();
      else this.start();
    },
    skip: () => {
      if (!this.timeline || (this.status !== 'running' && this.status !== 'paused')) return;
      this.typed = null; // moving on is the person's choice: nothing to wait for
      this.release = true;
      this.timeline = skipAt(this.timeline, this.clock.now());
      this.renderKey = '';
      this.tick();
    },
    /** Next, while the run waits for a note: on to the next step now, focus in its note (or on the main button). */
    next: async () => {
      if (this.status !== 'holding') return;
      this.typed = null;
      this.release = true;
      // Next stays (focused) until focus is in the new step: a screen reader that sees the focused
      // control removed moves on silently, and then does not read the focus move.
      this.focusMoving = true;
      this.tick();
      await this.focusAfterPaint(`#note-${STEPS[this.stepIndex]}, [data-main]`);
      await this.paint.next(); // the focus move reaches the screen reader before Next goes
      this.focusMoving = false;
      this.requestUpdate();
    },
    done: () => {
      if (this.status !== 'running' && this.status !== 'paused' && this.status !== 'waiting') return;
      this.finish(this.clock.now());
    },
    reset: () => void this.startOver('[data-main]'),
    note: (step, text) => {
      this.noteText = { ...this.noteText, [step]: text };
      this.typed = { at: this.clock.now(), step };
      this.commit();
    },
  };

  private get stepVariant(): StopVariant {
    return this.attrs.read('variant', this.variant, variantRule);
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
    // start() may be called before the first render: set the initial state (and draft) up first.
    if (!this.hasUpdated) void this.value;
    if (this.status === 'paused') return this.resume();
    if (this.status === 'running' || this.status === 'waiting') return;
    if (this.status === 'complete') {
      this.initialState();
      this.completed = false;
    }
    if (mayBeGesture) this.chimer.armIfActivated();
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
    this.frames.cancel();
    this.announcer.announce(this.t('paused'));
  }

  /** Continues after `pause()`. */
  resume(): void {
    this.deferral.now();
    if (this.status !== 'paused' || !this.timeline) return;
    this.chimer.armIfActivated();
    this.timeline = resumeAt(this.timeline, this.clock.now());
    this.status = 'running';
    this.pausedAway = false;
    this.announcer.announce(this.t('resumed'));
    this.tick();
  }

  /** Back to before Start (notes cleared, persisted draft removed). */
  override reset(): void {
    this.frames.cancel();
    super.reset();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM (or put back): pick up where the clock says we are.
    if (this.status === 'running' || this.status === 'holding') this.frames.request();
    document.addEventListener('visibilitychange', this.onVisibility);
    // A step whose server HTML waits to be hydrated (defer-hydration) has no render root yet: firstUpdated adds it then.
    this.renderRoot?.addEventListener('focusout', this.onFocusOut);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.renderRoot.addEventListener('focusout', this.onFocusOut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.renderRoot?.removeEventListener('focusout', this.onFocusOut);
  }

  protected override initialState(): void {
    this.frames.cancel();
    this.run++;
    this.timeline = null;
    this.status = 'idle';
    this.stepIndex = -1;
    this.noteText = NO_NOTES;
    this.renderKey = '';
    this.typed = null;
    this.pausedAway = false;
    this.release = false;
    this.timeUpInNote = false;
  }

  protected override typedText(): readonly string[] {
    return this.notes ? NOTE_STEPS.map((step) => this.noteText[step]) : [];
  }

  /** Undo of Reset: the run comes back paused where it was (a finished one, finished), with its notes. */
  protected override snapshot(): () => void {
    const { timeline, status } = undoPoint(this.timeline, this.status, this.clock.now());
    const { stepIndex, noteText, completed } = this;
    return () => {
      this.frames.cancel();
      this.run++;
      this.timeline = timeline && status === 'paused' ? pauseAt(timeline, this.clock.now()) : timeline;
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
      durations: this.shownSeconds,
      elapsedMs: Math.round(position?.elapsedMs ?? 0),
      pausedMs: Math.round(position?.pausedMs ?? 0),
      notes: { ...(this.notes ? this.noteText : NO_NOTES) },
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
    // At the first render in a browser (not a server's, nor the one that hydrates its HTML: the run starts after it).
    if (!this.autostarted && !rendersAsServer(this)) {
      this.autostarted = true;
      if (this.autostart) this.startRun(false);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const before = this.focusBefore;
    this.focusBefore = null;
    // The focused control went away (Start became Pause, Done ended the run) and nothing took focus: focus what took its place.
    if (before && !before.isConnected && !this.shadowRoot?.activeElement && !this.focusMoving) this.renderRoot.querySelector<HTMLElement>('[data-main], [data-done], [data-reset]')?.focus();
  }

  /** Without notes nothing is written here, so nothing says it is kept. */
  protected override writesWords(): boolean {
    return this.notes;
  }

  /** The notes, each under its label, for `send-to` and `share` (`''` when none is written). */
  protected override takeAwayText(): string {
    return notesText(this.localize, this.headingText, this.noteText);
  }

  private get stepSeconds(): number[] {
    return this.attrs.read('durations', this.durations, durationsRule);
  }

  /** Each step's length in seconds: the run's, or the attribute's before Start. */
  private get shownSeconds(): number[] {
    return this.timeline ? this.timeline.durationsMs.map((ms) => ms / 1000) : [...this.stepSeconds];
  }

  private get breathPattern(): BreathPattern {
    return this.attrs.read('breath', this.breath, breathRule);
  }

  /** The page was hidden: a running exercise pauses, and waits for Resume when the person is back. */
  private readonly onVisibility = (): void => {
    if (document.visibilityState !== 'hidden' || this.status !== 'running') return;
    this.pause();
    this.pausedAway = true;
  };

  /**
   * The person is in the current step's note: focus is in it, or on Next (on the way to press it).
   * Reading it back with the arrow keys is writing too: the step is held while they are there.
   */
  private inNote(): boolean {
    if (this.release) return false;
    const focused = this.shadowRoot?.activeElement;
    return !!focused && (focused.id === `note-${STEPS[this.stepIndex]}` || focused.hasAttribute('data-next'));
  }

  /** Focus left the note (or Next): a step held for it may go on (once focus has landed). */
  private readonly onFocusOut = (): void => {
    if (this.status === 'holding') setTimeout(() => this.status === 'holding' && this.tick());
  };

  private position(): Position | null {
    return this.timeline ? positionAt(this.timeline, this.clock.now()) : null;
  }

  /** Where the clock says we are: fires the steps passed meanwhile, in order. Called directly (Start, Resume, Skip) or by a frame. */
  private tick(): void {
    this.frames.cancel();
    let timeline = this.timeline;
    if (!timeline || (this.status !== 'running' && this.status !== 'paused' && this.status !== 'holding')) return;
    const now = this.clock.now();
    const inNote = this.inNote();
    this.release = false;
    if (this.status === 'holding') {
      // Held while the person is in the note (leaving it calls tick again), or typed a moment ago.
      if (inNote) return;
      const quiet = quietIn(this.typed, now);
      if (quiet > 0) return this.frames.request(quiet);
      timeline = this.timeline = releaseAt(timeline, now);
      this.status = 'running';
    }
    const position = positionAt(timeline, now);
    if (this.status === 'running' && this.notes && writingThrough(this.typed, inNote, this.stepIndex, position, now)) {
      this.timeline = holdAtEndOf(timeline, this.stepIndex, now);
      this.status = 'holding';
      this.announcer.announce(this.t('noRush'));
      this.requestUpdate();
      return this.frames.request(TYPING_QUIET_MS);
    }
    if (!this.enterStepsUpTo(position.index)) return;
    if (position.timeUp) return this.timeIsUp(timeUpAt(timeline, now));
    this.refresh(position);
    if (this.status === 'running') this.frames.request(position.remainingMs);
  }

  /** Returns false when a listener reset or restarted the timer meanwhile. */
  private enterStepsUpTo(index: number): boolean {
    const run = this.run;
    if (this.stepIndex >= index) return true;
    while (this.stepIndex < index) {
      this.stepIndex++;
      const step = STEPS[this.stepIndex]!;
      this.dispatchEvent(stepEvent(this.stepIndex, step));
      if (this.run !== run) return false;
    }
    const step = STEPS[this.stepIndex]!;
    const seconds = this.timeline ? Math.round(this.timeline.durationsMs[this.stepIndex]! / 1000) : 0;
    this.announcer.announce(stepAnnouncement(this.localize, this.stepVariant, step, seconds));
    this.chimer.play();
    this.requestUpdate();
    return true;
  }

  /** The last step's time ran out at `now`: the run ends, or with notes on, waits for Done. */
  private timeIsUp(now: number): void {
    this.frames.cancel();
    this.chimer.play();
    if (!this.notes) return this.finish(now);
    this.status = 'waiting';
    // "Finish your note" only to someone who is in it.
    this.timeUpInNote = this.shadowRoot?.activeElement?.id === 'note-proceed';
    this.announcer.announce(this.t(this.timeUpInNote ? 'timeUp' : 'timeUpDone'));
  }

  private finish(now: number): void {
    if (!this.timeline) return;
    this.frames.cancel();
    this.timeline = finishAt(this.timeline, now);
    this.status = 'complete';
    this.announcer.announce(this.completedText('completed'));
    this.complete();
  }

  /** Re-renders only when something visible changed (the second shown, the breath, the step). */
  private refresh(position: Position): void {
    const key = frameKey(this.status, this.stepIndex, position, this.breathPattern);
    if (key !== this.renderKey) {
      this.renderKey = key;
      this.requestUpdate();
    }
  }

  override worksheet(): Worksheet {
    const variant = this.stepVariant;
    return {
      title: this.headingText,
      intro: variant === 'dbt' ? [this.t('dbt.credit')] : [],
      parts: STEPS.map((step, i) => {
        const note = this.notes && isNoteStep(step) ? { label: this.t(`note.${step}`), lines: 4 } : {};
        return { heading: `${this.t(stepKey(variant, step, 'title'))} · ${this.localize.plural('seconds', this.stepSeconds[i]!)}`, text: [this.t(stepKey(variant, step, 'instruction'))], ...note };
      }),
    };
  }

  protected override renderBody() {
    return renderTimer({
      words: this.localize,
      variant: this.stepVariant,
      status: this.status,
      stepIndex: this.stepIndex,
      seconds: this.shownSeconds,
      position: this.position(),
      pausedAway: this.pausedAway,
      timeUpInNote: this.timeUpInNote,
      keepNext: this.focusMoving,
      breath: this.breathPattern,
      reducedMotion: this.motion.reduced,
      notes: this.notes ? this.noteText : null,
      message: this.message,
      plainEnd: this.coachingOff,
      actions: this.actions,
      headingLevel: this.headingLevel + 1,
    });
  }
}
