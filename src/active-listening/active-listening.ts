import { type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { BreathGuideController } from '../core/breath-guide-controller.js';
import { breathStyles } from '../core/breath-view.js';
import { focusOnce } from '../core/definition.js';
import { systemClock, type TimerClock } from '../core/frame-loop-controller.js';
import { listOf } from '../core/localize.js';
import { TendElement } from '../core/tend-element.js';
import type { Worksheet } from '../core/worksheet.js';
import { hintRulesFor, listeningHints, type ListeningHint } from './hints.js';
import { activeListeningSchema, pairRule, roundsRule, type ActiveListeningData } from './schema.js';
import { activeListeningStrings, type ActiveListeningStringKey } from './strings.js';
import { activeListeningStyles } from './styles.js';
import { roundsToText } from './text.js';
import {
  act,
  finish,
  keptData,
  listener,
  listeningData,
  progress,
  renamed,
  speaker,
  startListening,
  turnAnnouncement,
  turnFrom,
  type Action,
  type Listening,
  type Needed,
  type Phase,
  type TurnField,
} from './turns.js';
import { fieldIds, renderListening, type ErrorField, type ListeningActions } from './view.js';

/** Where focus goes when a phase begins: the field of whoever now holds the device (the speaker checks the reflection offered). */
const phaseFocus: Record<Phase, string> = { say: '#said', reflect: '#heard', check: '#offered', respond: '#question' };
/** The phase in which a missing part is written. */
const neededIn: Record<Exclude<Needed, 'ready'>, Phase> = { said: 'say', reflection: 'reflect', validation: 'respond' };
const missingKeys = { said: 'missingSaid', reflection: 'missingReflection', validation: 'missingValidation' } as const;

const samePair = (a: readonly string[], b: readonly string[]) => a[0] === b[0] && a[1] === b[1];

/**
 * Active listening for two people on one device, taking turns. It practises the four skills of "Active
 * Listening Skills" (reflect back what you heard before responding, ask clarifying questions instead of
 * assuming, validate emotions even if you disagree, take breaks if either person becomes overwhelmed). In each round the speaker
 * writes what they want heard and passes the device; the listener writes it back in their own words and checks
 * with the speaker ("That's it" or "Not quite": the tries are counted, never scored); then the listener asks
 * one clarifying question and writes what makes sense about the speaker's feeling (validating is not
 * agreeing), and they swap roles. `rounds` suggests how many rounds before Done. "Take a break" at any moment
 * shows a calm pause (with the STOP timer's breathing if they want it) until "We're ready".
 *
 * Whose turn it is shows by name, colour and shape, is said once to a screen reader, and takes focus to that
 * person's field. With "no peeking" (the `no-peeking` attribute, or the pair's own choice) the speaker's words
 * are hidden while the listener reflects and the speaker checks.
 *
 * @tagname tend-active-listening
 * @summary Two people on one device take turns: one speaks, the other reflects back, asks, validates; then they swap.
 *
 * @fires tend-change - On every edit; `detail`: `{ exercise: 'active-listening', version: 1, data: { with, rounds, breaks } }` (a round is in `rounds` once its validation is written).
 * @fires tend-complete - When Done is pressed with one round at least; `detail` adds `completedAt` (ISO 8601).
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The title.
 * @csspart intro - The line introducing the exercise.
 * @csspart progress - Where the pair is: "Round 1 of 2", and the rounds suggested once reached.
 * @csspart turn - The turn: whose it is, what to do, and the round's words and controls.
 * @csspart person - The name of the person whose turn it is (in their colour, with their shape).
 * @csspart turn-line - What the person whose turn it is does now.
 * @csspart quote - Words written earlier in the round (what was said, what was heard).
 * @csspart hidden-words - The line saying the speaker's words are hidden (no peeking).
 * @csspart field - The wrapper of each field.
 * @csspart label - Each field's visible label.
 * @csspart hint - Each field's short hint.
 * @csspart input - The text fields.
 * @csspart coaching - A coaching tip under a field.
 * @csspart error - An error message under a field.
 * @csspart button - Every button.
 * @csspart break - The calm pause of a break.
 * @csspart breath - The breathing guide in a break.
 * @csspart breath-shape - The shape that grows and shrinks with the breath (still under reduced motion).
 * @csspart breath-phase - "Breathe in" / "Hold" / "Breathe out".
 * @csspart breath-progress - Progress through the breath phase (shown under reduced motion).
 * @csspart status - Confirmations (finished, what is still missing).
 * @csspart privacy - The note about the saved draft (with `persist`).
 *
 * @cssproperty --tend-active-listening-first - The colour of the first person (default: the accent).
 * @cssproperty --tend-active-listening-on-first - Text on the first person's colour.
 * @cssproperty --tend-active-listening-second - The colour of the second person.
 * @cssproperty --tend-active-listening-on-second - Text on the second person's colour.
 */
export class TendActiveListening extends TendElement<'active-listening', ActiveListeningStringKey> {
  static override exercise = 'active-listening' as const;
  static override strings = activeListeningStrings;
  static override styles = [...TendElement.styles, breathStyles, activeListeningStyles];
  /** The reactive properties (attributes as documented on each field; `state`: internal). */
  static override properties: PropertyDeclarations = {
    with: {}, rounds: {}, noPeeking: { attribute: 'no-peeking', type: Boolean }, clock: { attribute: false },
    session: { state: true, attribute: false }, peekChoice: { state: true, attribute: false }, errors: { state: true, attribute: false },
  };
  static override attributeRules = { ...TendElement.attributeRules, with: pairRule, rounds: roundsRule };

  /** The two people taking turns, comma-separated (`with="Sam, Alex"`): the first speaks first. Default: two neutral names ("Person A", "Person B"). */
  with?: string;

  /** How many rounds are suggested before Done, 1–6 (default 2). The pair may stop earlier (after one) or keep going. */
  rounds?: string;

  /** Starts with "no peeking" chosen: the speaker's words are hidden while the listener reflects (the pair can change it). */
  noPeeking = false;

  /** The time source of the break's breathing guide (`now()`, `requestFrame`, `cancelFrame`), as the STOP timer's `clock`. */
  clock: TimerClock = systemClock;

  private session: Listening = startListening(['', '']);
  /** The pair's own "no peeking" choice; undefined: as `no-peeking` says. */
  private peekChoice: boolean | undefined;
  private errors: ErrorField[] = [];
  /** The pair the names came from at the last update (the `with` attribute, or the language's neutral names). */
  private pairShown: readonly [string, string] = ['', ''];
  /** The coaching tips already said to a screen reader (each is said once when it appears). */
  private tipsSaid = new Set<string>();
  private readonly breath = new BreathGuideController(this, () => this.clock);

  protected override readonly valueSchema = activeListeningSchema;

  private get pair(): readonly [string, string] {
    return this.attrs.read('with', this.with, pairRule) ?? [this.t('defaultFirst'), this.t('defaultSecond')];
  }

  private get suggested(): number {
    return this.attrs.read('rounds', this.rounds, roundsRule);
  }

  private get peekingHidden(): boolean {
    return this.peekChoice ?? this.noPeeking;
  }

  // ——— data ———

  protected override initialState(): void {
    this.pairShown = this.pair;
    this.session = startListening(this.pairShown);
    this.peekChoice = undefined;
    this.errors = [];
    this.tipsSaid = new Set();
    this.breath.stop();
  }

  protected override currentData(): ActiveListeningData {
    return listeningData(this.session);
  }

  /** Data from the page or a draft: its names and rounds; the round in progress and a break come back with a draft. */
  protected override applyData(data: ActiveListeningData): void {
    this.session = startListening(data.with, data);
    this.errors = [];
    this.tipsSaid = new Set();
    this.breath.stop();
  }

  /** A draft keeps the round in progress, whether the pair is on a break, and their no-peeking choice, beside the rounds kept. */
  protected override draftData(): object {
    return { ...keptData(this.session), turn: this.session.turn, onBreak: this.session.onBreak, noPeeking: this.peekChoice };
  }

  protected override applyDraftExtras(stored: Record<string, unknown>): void {
    this.session = { ...this.session, turn: turnFrom(stored['turn']) ?? this.session.turn, onBreak: stored['onBreak'] === true };
    this.peekChoice = typeof stored['noPeeking'] === 'boolean' ? stored['noPeeking'] : undefined;
  }

  protected override typedText(): readonly string[] {
    const { turn, rounds } = this.session;
    return [turn.said, turn.reflection, turn.question, turn.validation, ...rounds.flatMap((round) => [round.said, round.reflection, round.question, round.validation])];
  }

  /** JSON of the data once Done would accept it (one round), `''` before (so `required` holds a form back until then). */
  protected override formValue(): string {
    const data = this.dataNow();
    return data.rounds.length ? JSON.stringify(data) : '';
  }

  /** The rounds under their labels, for `send-to` and `share`. */
  protected override takeAwayText(): string {
    return roundsToText(this.dataNow(), this.localize, this.headingText);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The names follow `with` (and the language's neutral names follow the language), unless the page or a draft gave others.
    const pair = this.pair;
    if (!samePair(pair, this.pairShown)) {
      if (changed.has('with') || samePair(this.session.names, this.pairShown)) this.session = renamed(this.session, pair);
      this.pairShown = pair;
    }
  }

  // ——— the pair's actions ———

  private get names(): { speaker: string; listener: string } {
    return { speaker: speaker(this.session), listener: listener(this.session) };
  }

  /** What the turn's line says, and what a screen reader hears once when the turn changes. */
  private get turnLine(): string {
    const { key, values } = turnAnnouncement(this.session);
    // A second try: the listener is encouraged, not marked.
    if (key === 'turn.reflect' && this.session.turn.tries > 0) return this.t('notQuiteNext', values);
    return this.t(key, values);
  }

  private get hints(): ListeningHint[] {
    const rules = hintRulesFor(this.locale);
    if (this.coachingOff || !rules.length) return [];
    const { turn } = this.session;
    return turn.phase === 'reflect' ? listeningHints({ reflection: turn.reflection }, rules) : turn.phase === 'respond' ? listeningHints({ question: turn.question, validation: turn.validation }, rules) : [];
  }

  /** A tip that has just appeared beside a field is said once (the field's description holds it after). */
  private sayNewTips(): void {
    const now = this.hints;
    const keys = new Set(now.map((hint) => `${hint.field}:${hint.key}`));
    const fresh = now.filter((hint) => !this.tipsSaid.has(`${hint.field}:${hint.key}`));
    this.tipsSaid = keys;
    if (fresh.length) this.announcer.announce(fresh.map((hint) => `${this.t('tipPrefix')} ${this.t(hint.key, { word: hint.word, ...this.names })}`).join(' '));
  }

  /** Applies one action; a step refused says what it needs beside its field. True when it went through. */
  private run(action: Action): boolean {
    const { state, needs } = act(this.session, action);
    if (needs.length) {
      this.refuse(needs);
      return false;
    }
    this.session = state;
    this.message = '';
    this.completed = false;
    this.commit();
    return true;
  }

  private refuse(needs: readonly Needed[]): void {
    if (needs[0] === 'ready') {
      this.say(this.t('breakFirst'));
      return;
    }
    const phase = this.session.turn.phase;
    const here = needs.find((need): need is ErrorField => need !== 'ready' && neededIn[need] === phase);
    if (!here) return;
    this.errors = [...new Set([...this.errors, here])];
    void this.focusLater(`#${fieldIds[here]}`);
  }

  /** The turn changed: said once (`shown` also on the status line), and focus goes to the field of whoever holds the device now. */
  private async turnChanged(spoken = this.turnLine, shown = false): Promise<void> {
    this.errors = [];
    this.tipsSaid = new Set();
    if (shown) this.say(spoken);
    else this.announcer.announce(spoken);
    await this.updateComplete;
    const phase = this.session.onBreak ? null : this.session.turn.phase;
    const target = this.renderRoot.querySelector<HTMLElement>(phase ? phaseFocus[phase] : '#break-heading');
    if (target && !target.matches('textarea, input, button')) focusOnce(target);
    else target?.focus();
  }

  private readonly actions: ListeningActions = {
    write: (field: TurnField, text: string) => {
      if (!this.run({ type: 'write', field, text })) return;
      if (field !== 'question' && text.trim()) this.errors = this.errors.filter((error) => error !== field);
      this.sayNewTips();
    },
    pass: () => void (this.run({ type: 'pass' }) && this.turnChanged()),
    offer: () => void (this.run({ type: 'offer' }) && this.turnChanged()),
    thatsIt: () => void (this.run({ type: 'thatsIt' }) && this.turnChanged()),
    notQuite: () => void (this.run({ type: 'notQuite' }) && this.turnChanged()),
    swap: () => {
      if (!this.run({ type: 'swap' })) return;
      const kept = this.session.rounds.length;
      const reached = progress(this.session, this.suggested).reached && kept === this.suggested;
      const line = this.t('roundKept', { round: kept, ...this.names });
      void this.turnChanged(reached ? `${line} ${this.localize.plural('roundsReached', this.suggested)}` : line, true);
    },
    takeBreak: () => void (this.run({ type: 'takeBreak' }) && this.turnChanged()),
    ready: () => {
      this.breath.stop();
      if (this.run({ type: 'ready' })) void this.turnChanged();
    },
    breathe: () => {
      if (this.breath.running) this.breath.stop();
      else this.breath.start();
      this.requestUpdate();
    },
    peek: (hidden: boolean) => {
      this.peekChoice = hidden;
      this.saveDraft();
    },
    done: () => void this.done(),
    startOver: () => void this.startOver('#said'),
  };

  private async done(): Promise<void> {
    this.message = '';
    // Words of danger or caution: nothing more is asked of the person.
    const { data, needs, dropped } = finish(this.session);
    if (!data && !this.concerned) {
      this.completed = false;
      const parts = listOf(this.locale, needs.filter((need) => need !== 'ready').map((need) => this.t(missingKeys[need as ErrorField], this.names)));
      this.say(this.t('stillMissing', { parts }));
      this.refuse(needs);
      return;
    }
    this.breath.stop();
    this.complete();
    this.say(dropped ? `${this.t('droppedRound')} ${this.completedText()}` : this.completedText());
  }

  // ——— rendering ———

  override worksheet(): Worksheet {
    const [first, second] = this.pair;
    const parts = Array.from({ length: this.suggested }, (_, i) => {
      const names = i % 2 === 0 ? { speaker: first, listener: second } : { speaker: second, listener: first };
      return [
        { heading: this.t('round.of', { round: i + 1, suggested: this.suggested }), label: this.t('saidLabel', names), hint: this.t('saidHint'), lines: 3 },
        { label: this.t('heardLabel', names), hint: this.t('heardHint'), lines: 3 },
        { label: this.t('questionLabel', names), hint: this.t('questionHint'), lines: 2 },
        { label: this.t('validationLabel', names), hint: this.t('validationHint', names), lines: 2 },
      ];
    }).flat();
    return { title: this.headingText, intro: [this.t('intro'), this.t('breakText')], parts };
  }

  protected override renderBody(): TemplateResult {
    return renderListening(
      {
        words: this.localize,
        state: this.session,
        turnLine: this.turnLine,
        suggested: this.suggested,
        noPeeking: this.peekingHidden,
        errors: this.errors,
        hints: this.hints,
        danger: this.concerned,
        breath: this.breath.running ? this.breath.phase : null,
        reducedMotion: this.motion.reduced,
        headingLevel: this.headingLevel + 1,
        completed: this.completed,
        message: this.message,
      },
      this.actions,
    );
  }
}
