import { nothing, html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import * as z from 'zod/mini';
import { oneOf } from '../core/attributes.js';
import { safeFileName } from '../core/export.js';
import { longDate } from '../core/dates.js';
import { emotionsRule, offeredFeelings, parseWordList, type FeelingGroup } from '../core/feelings.js';
import { listOf } from '../core/localize.js';
import { storageKey } from '../core/persistence.js';
import { isRtl, rovingTarget } from '../core/roving.js';
import { TendElement } from '../core/tend-element.js';
import type { Worksheet } from '../core/worksheet.js';
import type { CheckInData, CheckInRhythm } from './schema.js';
import { quote, warn } from '../core/warn.js';
import { allFeelings, capitalised, feelingGroups, missingFields, splitFeelings, toggleWord, type Field, type Texts } from './answers.js';
import { checkInToText, exportLabels, historyToCsv, historyToMarkdown } from './export.js';
import { renderForm, type CheckInFormActions } from './form-view.js';
import { isCheckIn, keep, localDate, normaliseHistory } from './history.js';
import { MORE, PAGE, renderHistory, type HistoryActions } from './history-view.js';
import { envelopeData, holdsEntry, readKept } from './kept.js';
import { checkInStrings } from './strings.js';
import { checkInStyles } from './styles.js';
import type { CheckInKey } from './words.js';

const rhythmRule = oneOf<CheckInRhythm>(['daily', 'weekly'], 'daily');

/** `value` and a restored draft are checked by the same guard as each kept check-in (held to `checkInSchema` in schema.ts by a test). */
const checkInGuard = z.custom<CheckInData>(isCheckIn);

/** `value` and a restored draft are checked by the same guard as each kept check-in. */

/** The clock the dates come from: `Date` itself, or anything with a `now()` in epoch milliseconds (tests, a host). */
export interface DateClock {
  now(): number;
}

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
  static override styles = [...TendElement.styles, checkInStyles];
  /** The reactive properties (attributes as documented on each field; `state`: internal). */
  static override properties: PropertyDeclarations = {
    rhythm: {}, with: {}, emotions: {}, history: { type: Boolean, reflect: true }, clock: { attribute: false },
    chosen: { state: true, attribute: false }, ownFeelings: { state: true, attribute: false },
    texts: { state: true, attribute: false }, errors: { state: true, attribute: false },
    kept: { state: true, attribute: false }, shown: { state: true, attribute: false },
    confirming: { state: true, attribute: false }, printing: { state: true, attribute: false },
    movedTo: { state: true, attribute: false },
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
  private kept: CheckInData[] = [];
  private shown = PAGE;
  private confirming = false;
  private printing = false;
  /** Per feelings group, the feeling the person last moved to with the arrows: it keeps the group's tab stop. */
  private movedTo: number[] = [];

  protected override readonly valueSchema = checkInGuard;

  /** The kept check-ins, newest first, each of the `check-in` data shape (empty without `history`). Read-only. */
  get entries(): CheckInData[] {
    return structuredClone(this.kept);
  }

  /** Removes every kept check-in, and the storage key (the draft with it). */
  forget(): void {
    this.kept = [];
    this.confirming = false;
    this.shown = PAGE;
    this.reset();
    this.commit();
    if (!this.persist) return;
    try {
      localStorage.removeItem(this.storageKey);
    } catch {
      /* the core has already said that storage is not available */
    }
  }

  override reset(): void {
    super.reset();
    // The history is not the draft: starting over keeps it.
    if (this.kept.length) this.saveDraft();
  }

  private get rhythmValue(): CheckInRhythm {
    return this.attrs.read('rhythm', this.rhythm, rhythmRule);
  }

  /**
   * History is kept only with a `persist` key (without one, `history` says so once and keeps nothing),
   * and while the person keeps their words on this device (the core's switch).
   */
  private get keepsHistory(): boolean {
    if (this.history && !this.persist && !this.warnedHistory) {
      this.warnedHistory = true;
      warn(this, `ignored history=${quote(this.getAttribute('history') ?? '')}: it needs persist (a key to keep the check-ins under), so nothing is kept.`);
    }
    return this.history && Boolean(this.persist) && this.keeping;
  }
  private warnedHistory = false;

  private get storageKey(): string {
    return storageKey(this.exercise, this.persist!);
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
    return this.keepsHistory ? { ...this.dataNow(), done: this.completed, entries: this.kept } : this.dataNow();
  }

  protected override applyDraftExtras(stored: Record<string, unknown>): void {
    if (!this.keepsHistory) return;
    this.readKept(stored);
    // A check-in finished on an earlier day is in the history: today starts blank.
    if (stored['done'] === true && typeof stored['date'] === 'string' && stored['date'] < this.today) this.initialState();
  }

  private readKept(stored: Record<string, unknown>): void {
    const { entries, unreadable } = readKept(stored);
    if (unreadable) warn(this, `persist: left out ${unreadable} kept check-in(s) that could not be read.`);
    this.kept = entries;
  }

  /** `history` switched on after the first render: the check-ins already kept under the key come back first. */
  private loadKept(raw?: string | null): void {
    try {
      const data = envelopeData(raw ?? localStorage.getItem(this.storageKey));
      if (data) this.readKept(data);
    } catch {
      /* unavailable: the core warns when it next saves or loads */
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onKeptElsewhere);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onKeptElsewhere);
  }

  /**
   * Another tab kept a check-in under this key: its check-ins join this page's (this page's win on the
   * same date), so the next save here loses none. Another tab forgot them all: they are gone here too.
   */
  private readonly onKeptElsewhere = (event: StorageEvent): void => {
    if (!this.keepsHistory || event.key !== this.storageKey) return;
    const ours = this.kept;
    if (event.newValue === null) this.kept = [];
    else {
      this.loadKept(event.newValue);
      this.kept = normaliseHistory([...ours, ...this.kept]);
    }
  };

  /** JSON of the data once Done would accept it, `''` before (so `required` holds a form back until then). */
  protected override formValue(): string {
    return this.missing().length ? '' : JSON.stringify(this.dataNow());
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another key holds another history; keeping switched off removed it from the device.
    if ((changed.has('persist') || (changed.has('keeping') && !this.keeping)) && this.hasUpdated) this.kept = [];
    super.willUpdate(changed);
    if (changed.has('history') && this.hasUpdated && this.keepsHistory && !changed.has('persist')) this.loadKept();
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
    moveInGroup: (event, group, index) => {
      const count = event.currentTarget instanceof Element ? (event.currentTarget.parentElement?.querySelectorAll('button').length ?? 0) : 0;
      const to = rovingTarget(event.key, index, count, isRtl(this));
      if (to < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      const movedTo = [...this.movedTo];
      movedTo[group] = to;
      this.movedTo = movedTo;
      void this.focusLater(`[data-group="${group}"] button:nth-of-type(${to + 1})`);
    },
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
    if (!this.keepsHistory) {
      this.say(this.completedText());
      return;
    }
    const entry = this.currentData();
    this.kept = keep(this.kept, entry);
    this.saveDraft();
    const stored = this.isStored(entry);
    // After words of danger the support note beside Done (which says what is kept) takes the place of "Kept your check-in for …".
    this.say(stored && this.supportShown ? this.completedText() : this.t(stored ? 'kept' : 'notKept', { date: longDate(entry.date, this.locale) }));
  }

  /** Whether the entry reached storage (a full or failing storage keeps it on screen only). */
  private isStored(entry: CheckInData): boolean {
    try {
      return holdsEntry(localStorage.getItem(this.storageKey), entry);
    } catch {
      return false;
    }
  }

  /** Today's answers under their labels, for `send-to` and `share`. */
  protected override takeAwayText(): string {
    return checkInToText(this.currentData(), { ...exportLabels(this.localize), title: this.headingText });
  }

  private readonly historyActions: HistoryActions = {
    showOlder: () => {
      const first = this.shown;
      this.shown += MORE;
      void this.focusLater(`#entry-${first}`);
    },
    download: (extension) => {
      const file = safeFileName(`${this.headingText} ${this.today}`, extension, 'check-ins');
      if (extension === 'md') this.downloadAndSay(file, 'text/markdown', historyToMarkdown(this.kept, exportLabels(this.localize)));
      else this.downloadAndSay(file, 'text/csv', `\uFEFF${historyToCsv(this.kept)}`);
    },
    /** Prints the history alone, every check-in listed. */
    print: async () => {
      this.printing = true;
      await this.updateComplete;
      window.print();
      this.printing = false;
    },
    askToForget: (open) => {
      this.confirming = open;
      void this.focusLater(open ? '#confirm-no' : '#forget-all');
    },
    forgetAll: () => {
      this.forget();
      this.say(this.t('forgotAll'));
      void this.focusLater('#history-heading');
    },
  };

  // ——— rendering ———

  /** Per feelings group, which feeling holds its one tab stop: the one moved to last, else the first chosen, else the first. */
  private tabStops(groups: readonly FeelingGroup[]): number[] {
    const chosen = new Set(this.chosen.map((word) => word.toLocaleLowerCase()));
    return groups.map((group, g) => {
      const moved = this.movedTo[g];
      if (moved !== undefined && moved < group.words.length) return moved;
      return Math.max(0, group.words.findIndex((word) => chosen.has(word.toLocaleLowerCase())));
    });
  }

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
    const { chosen, ownFeelings, texts, errors, printing, completed, message } = this;
    const groups = feelingGroups(this.vocabulary, chosen, this.t('customGroup'));
    const form = { rhythm: this.rhythmValue, names: parseWordList(this.with ?? ''), groups, chosen, ownFeelings, tabStops: this.tabStops(groups), texts, errors, fields: this.fields, danger, printing, completed, message };
    const history = { entries: this.kept, now: this.clock.now(), shown: this.shown, printing, confirming: this.confirming, danger, headingLevel: this.headingLevel + 1 };
    return html`${renderForm(this.localize, form, this.formActions)}
    ${this.keepsHistory ? renderHistory(this.localize, history, this.historyActions) : nothing}`;
  }
}
