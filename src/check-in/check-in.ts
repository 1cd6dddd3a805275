import { nothing, html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import * as z from 'zod/mini';
import { oneOf } from '../core/attributes.js';
import { safeFileName } from '../core/export.js';
import { longDate } from '../core/dates.js';
import { allFeelings, emotionsRule, feelingGroups, offeredFeelings, parseWordList, splitFeelings, toggleWord, type FeelingGroup } from '../core/feelings.js';
import { feelingStyles } from '../core/feelings-view.js';
import { FeelingsRovingController } from '../core/feelings-roving-controller.js';
import { HistoryController } from '../core/history-controller.js';
import type { DateClock } from '../core/history.js';
import { historyStyles, renderHistory, renderTally } from '../core/history-view.js';
import { listOf } from '../core/localize.js';
import { TendElement } from '../core/tend-element.js';
import type { Worksheet } from '../core/worksheet.js';
import type { CheckInData, CheckInRhythm } from './schema.js';
import { capitalised, missingFields, type Field, type Texts } from './answers.js';
import { checkInToText, exportLabels, historyToCsv, historyToMarkdown } from './export.js';
import { renderForm, type CheckInFormActions } from './form-view.js';
import { isCheckIn, keep, localDate, normaliseHistory, overTime, readKept } from './history.js';
import { checkInStrings } from './strings.js';
import { checkInStyles } from './styles.js';
import type { CheckInKey } from './words.js';

const rhythmRule = oneOf<CheckInRhythm>(['daily', 'weekly'], 'daily');

/** `value` and a restored draft are checked by the same guard as each kept check-in (held to `checkInSchema` in schema.ts by a test). */
const checkInGuard = z.custom<CheckInData>(isCheckIn);

export type { DateClock } from '../core/history.js';

/**
 * A small, regular check-in: how you feel (several feelings, from the shared feelings vocabulary or
 * in your own words), a highlight of the day, a challenge and what you need, to share in a daily
 * check-in with a partner (`rhythm="daily"`), or a weekly self check-in naming feelings and needs
 * with a small win of the week (`rhythm="weekly"`).
 *
 * With `history` (and `persist`), each day's check-in is kept on this device, one per local date (a
 * second one that day replaces it), and shown in a calm "over time" view: the feelings named most
 * often in the last four weeks, the needs that come back, and each check-in by date. No streaks,
 * scores or reminders. The history can be downloaded as Markdown or CSV, printed, or forgotten.
 *
 * @tagname tend-check-in
 * @summary Names how you feel, a highlight, a challenge and a need; with `history`, your own check-ins over time.
 *
 * @fires tend-change - On every edit; `detail`: `{ exercise: 'check-in', version: 1, data: { rhythm, date, with, feelings, highlight, challenge, need } }`.
 * @fires tend-complete - When Done is pressed with at least one feeling (everything else is optional: a bad day needs no highlight); `detail` adds `completedAt` (ISO 8601).
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The title.
 * @csspart intro - The line introducing the check-in.
 * @csspart field - The wrapper of each field (the feelings group included).
 * @csspart label - Each field's visible label (the feelings group's legend).
 * @csspart hint - Each field's short hint.
 * @csspart input - The text fields.
 * @csspart button - Every button.
 * @csspart feeling - One feeling word to choose (a toggle button).
 * @csspart error - An error message under a field (Done pressed too early).
 * @csspart status - Confirmations (kept, downloaded, forgotten).
 * @csspart history - The "over time" region (with `history`).
 * @csspart entry - One past check-in in the history.
 * @csspart privacy - The note about what is kept (with `persist`).
 */
export class TendCheckIn extends TendElement<'check-in', CheckInKey> {
  static override exercise = 'check-in' as const;
  static override strings = checkInStrings;
  static override styles = [...TendElement.styles, feelingStyles, historyStyles, checkInStyles];
  /** The reactive properties (attributes as documented on each field; `state`: internal). */
  static override properties: PropertyDeclarations = {
    rhythm: {}, with: {}, emotions: {}, history: { type: Boolean, reflect: true }, clock: { attribute: false },
    chosen: { state: true, attribute: false }, ownFeelings: { state: true, attribute: false },
    texts: { state: true, attribute: false }, errors: { state: true, attribute: false },
  };
  static override attributeRules = { ...TendElement.attributeRules, rhythm: rhythmRule, emotions: emotionsRule };

  /** `daily` (default): feelings, a highlight of the day, a challenge, a need. `weekly`: a self check-in naming feelings and needs, with a small win. */
  rhythm?: string;

  /** Comma-separated names of the people the daily check-in is shared with, e.g. `with="Alex, Sam"`. */
  with?: string;

  /** Comma-separated feeling words that replace the built-in vocabulary (as for `<tend-i-statement>`). */
  emotions?: string;

  /** Only with `persist`: keeps each day's check-in on this device, under the `persist` key, and shows them over time. */
  history = false;

  /** Where the dates come from (default `Date`): anything with `now()` in epoch milliseconds. */
  clock: DateClock = Date;

  private chosen: string[] = [];
  private ownFeelings = '';
  private texts: Texts = { highlight: '', challenge: '', need: '' };
  private errors: Field[] = [];

  /** The check-ins kept on this device (with `history` and `persist`), and the "over time" view's state. */
  private readonly past = new HistoryController<CheckInData>(this, {
    exercise: 'check-in',
    key: () => this.persist,
    wanted: () => this.history,
    keeping: () => this.keeping,
    read: readKept,
    normalise: normaliseHistory,
    noun: { one: 'check-in', other: 'check-ins' },
    focus: (selector) => this.focusLater(selector),
    download: (extension) => {
      const file = safeFileName(`${this.headingText} ${this.today}`, extension, 'check-ins');
      const kept = this.past.entries;
      if (extension === 'md') this.downloadAndSay(file, 'text/markdown', historyToMarkdown(kept, exportLabels(this.localize)));
      else this.downloadAndSay(file, 'text/csv', `\uFEFF${historyToCsv(kept)}`);
    },
    forgetAll: () => {
      this.forget();
      this.say(this.t('forgotAll'));
    },
  });
  /** The feelings' groups as toolbars: one tab stop each. */
  private readonly roving = new FeelingsRovingController(this, (selector) => this.focusLater(selector));

  protected override readonly valueSchema = checkInGuard;

  /** The kept check-ins, newest first, each of the `check-in` data shape (empty without `history`). Read-only. */
  get entries(): CheckInData[] {
    return structuredClone(this.past.entries);
  }

  /** Removes every kept check-in, and the storage key (the draft with it). */
  forget(): void {
    this.past.forget(() => {
      this.reset();
      this.commit();
    });
  }

  override reset(): void {
    super.reset();
    // The history is not the draft: starting over keeps it.
    if (this.past.entries.length) this.saveDraft();
  }

  private get rhythmValue(): CheckInRhythm {
    return this.attrs.read('rhythm', this.rhythm, rhythmRule);
  }

  private get vocabulary(): FeelingGroup[] {
    return offeredFeelings(this.attrs.read('emotions', this.emotions, emotionsRule), this.localize);
  }

  private get today(): string {
    return localDate(this.clock.now());
  }

  // ——— data ———

  protected override initialState(): void {
    this.chosen = [];
    this.ownFeelings = '';
    this.texts = { highlight: '', challenge: '', need: '' };
    this.errors = [];
  }

  protected override currentData(): CheckInData {
    return { rhythm: this.rhythmValue, date: this.today, with: parseWordList(this.with ?? ''), feelings: allFeelings(this.chosen, this.ownFeelings), ...this.texts };
  }

  /** A feeling chosen is something to send, as a feeling written is. */
  protected override hasWords(): boolean {
    return this.chosen.length > 0 || super.hasWords();
  }

  protected override typedText(): readonly string[] {
    return [this.ownFeelings, this.texts.highlight, this.texts.challenge, this.texts.need];
  }

  /** Feelings of the vocabulary become chosen words, the others the person's own; rhythm, date and names come from the element. */
  protected override applyData(data: CheckInData): void {
    const { chosen, own } = splitFeelings(data.feelings, this.vocabulary);
    this.chosen = chosen;
    this.ownFeelings = own;
    this.texts = { highlight: data.highlight, challenge: data.challenge, need: data.need };
    this.errors = [];
  }

  protected override draftData(): object {
    return this.past.active ? { ...this.dataNow(), done: this.completed, entries: this.past.entries } : this.dataNow();
  }

  protected override applyDraftExtras(stored: Record<string, unknown>): void {
    if (!this.past.active) return;
    this.past.readFrom(stored);
    // A check-in finished on an earlier day is in the history: today starts blank.
    if (stored['done'] === true && typeof stored['date'] === 'string' && stored['date'] < this.today) this.initialState();
  }

  /** JSON of the data once Done would accept it, `''` before (so `required` holds a form back until then). */
  protected override formValue(): string {
    return this.missing().length ? '' : JSON.stringify(this.dataNow());
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.past.willUpdate(changed, () => super.willUpdate(changed));
  }

  /** What Done still needs; nothing while the person writes words of danger or caution (they are not pressed for more). */
  private missing(): Field[] {
    return this.concerned ? [] : missingFields(this.rhythmValue, allFeelings(this.chosen, this.ownFeelings), this.texts);
  }

  // ——— the person's actions ———

  private edited(): void {
    this.message = '';
    this.completed = false;
    this.commit();
  }

  private readonly formActions: CheckInFormActions = {
    moveInGroup: this.roving.move,
    toggle: (word) => {
      this.chosen = toggleWord(this.chosen, word);
      this.edited();
    },
    setOwnFeelings: (text) => {
      this.ownFeelings = text;
      this.edited();
    },
    editText: (field, text) => {
      this.texts = { ...this.texts, [field]: text };
      this.edited();
    },
    done: () => void this.done(),
    startOver: () => void this.startOver('#own-feelings'),
  };

  /** An error goes when focus leaves its answered field, not while the person types (the description would be read again). */
  protected override fieldLeft(id: string): void {
    const field = id as Field;
    if (this.errors.includes(field) && !this.missing().includes(field)) this.errors = this.errors.filter((f) => f !== field);
  }

  private async done(): Promise<void> {
    const missing = this.missing();
    this.errors = missing;
    if (missing.length) {
      this.completed = false;
      const parts = listOf(this.locale, missing.map((f) => this.t(`part${capitalised(f)}`)));
      this.say(this.t('stillMissing', { parts }));
      await this.focusAfterPaint(missing[0] === 'feelings' ? '[part~=feeling][tabindex="0"], #own-feelings' : `#${missing[0]}`);
      return;
    }
    this.complete();
    if (!this.past.active) {
      this.say(this.completedText());
      return;
    }
    const entry = this.currentData();
    this.past.entries = keep(this.past.entries, entry);
    this.saveDraft();
    const stored = this.past.isStored(entry);
    // After words of danger the support note beside Done (which says what is kept) takes the place of "Kept your check-in for …".
    this.say(stored && this.supportShown ? this.completedText() : this.t(stored ? 'kept' : 'notKept', { date: longDate(entry.date, this.locale) }));
  }

  /** Today's answers under their labels, for `send-to` and `share`. */
  protected override takeAwayText(): string {
    return checkInToText(this.currentData(), { ...exportLabels(this.localize), title: this.headingText });
  }

  // ——— rendering ———

  protected override get headingText(): string {
    return this.heading?.trim() || this.t(`heading.${this.rhythmValue}`);
  }

  override worksheet(): Worksheet {
    const rhythm = this.rhythmValue;
    return {
      title: this.headingText,
      intro: [this.t(`intro.${rhythm}`)],
      parts: [
        { label: this.t('feelingsLegend'), hint: this.t('feelingsHint'), choices: this.vocabulary },
        { label: this.t('ownFeelingsLabel'), lines: 1 },
        { label: this.t(rhythm === 'daily' ? 'highlightLabel' : 'winLabel'), lines: 3 },
        { label: this.t(`challengeLabel.${rhythm}`), lines: 3 },
        { label: this.t(`needLabel.${rhythm}`), lines: 3 },
      ],
    };
  }

  protected override renderBody(): TemplateResult {
    const danger = this.coachingOff;
    const { chosen, ownFeelings, texts, errors, completed, message } = this;
    const printing = this.past.printing;
    const groups = feelingGroups(this.vocabulary, chosen, this.t('customGroup'));
    const form = { rhythm: this.rhythmValue, names: parseWordList(this.with ?? ''), groups, chosen, ownFeelings, tabStops: this.roving.tabStops(groups, chosen), texts, errors, fields: this.fields, danger, printing, completed, message };
    return html`${renderForm(this.localize, form, this.formActions)} ${this.past.active ? this.renderHistory(danger) : nothing}`;
  }

  /** The check-ins over time: the feelings named most often and the needs that came back, then each check-in by date. */
  private renderHistory(danger: boolean): TemplateResult {
    const words = this.localize;
    const summary = overTime(this.past.entries, this.clock.now());
    return renderHistory(words, this.past.shown(danger, this.headingLevel + 1), this.past.actions, {
      overTime: html`${renderTally(words, 'feelings-often', this.t('feelingsOften'), this.t('noRecentFeelings'), summary.feelings)}
      ${renderTally(words, 'needs-recur', this.t('needsRecur'), this.t('noRecurringNeeds'), summary.needs)}`,
      each: this.t('eachCheckIn'),
      rows: (entry) => [
        [this.t('fieldFeelings'), entry.feelings.join(', ')],
        [this.t(entry.rhythm === 'weekly' ? 'fieldWin' : 'fieldHighlight'), entry.highlight],
        [this.t('fieldChallenge'), entry.challenge],
        [this.t('fieldNeed'), entry.need],
      ],
    });
  }
}
