import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { toLocalDate } from '../agreement/review.js';
import { oneOf } from '../core/attributes.js';
import { downloadText, safeFileName } from '../core/export.js';
import { emotionsRule, parseWordList, type FeelingGroup } from '../core/feelings.js';
import { storageKey } from '../core/persistence.js';
import { TendElement } from '../core/tend-element.js';
import type { CheckInData, CheckInRhythm } from '../core/types.js';
import { quote, warn } from '../core/warn.js';
import { historyToCsv, historyToMarkdown, type ExportLabels } from './export.js';
import { isCheckIn, keep, localDate, normaliseHistory, overTime, pickCheckIn, type Tally } from './history.js';
import { checkInStrings } from './strings.js';
import { checkInStyles } from './styles.js';

const rhythmRule = oneOf<CheckInRhythm>(['daily', 'weekly'], 'daily');

/** `value` and a restored draft are checked by the same guard as each kept check-in. */
const checkInSchema = z.custom<CheckInData>(isCheckIn);

type TextField = 'highlight' | 'challenge' | 'need';
type Field = 'feelings' | TextField;

/** What Done needs, by rhythm: the daily check-in shares a highlight and a challenge, the weekly one names needs. */
const requiredFields: Record<CheckInRhythm, Field[]> = {
  daily: ['feelings', 'highlight', 'challenge'],
  weekly: ['feelings', 'need'],
};

const capitalised = (field: Field) => field[0]!.toUpperCase() + field.slice(1);

/** How many past check-ins are listed at first, and how many more each "Show older" adds. */
const PAGE = 30;

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
 * @fires tend-complete - When Done is pressed with what the rhythm asks for (daily: a feeling, a highlight and a challenge; weekly: a feeling and a need); `detail` adds `completedAt` (ISO 8601).
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
export class TendCheckIn extends TendElement<'check-in'> {
  static override exercise = 'check-in' as const;
  static override strings = checkInStrings;
  static override styles = [...TendElement.styles, checkInStyles];

  /** `daily` (default): feelings, a highlight of the day, a challenge, a need. `weekly`: a self check-in naming feelings and needs, with a small win. */
  @property() rhythm?: string;

  /** Comma-separated names of the people the daily check-in is shared with, e.g. `with="Alex, Sam"`. */
  @property() with?: string;

  /** Comma-separated feeling words that replace the built-in vocabulary (as for `<tend-i-statement>`). */
  @property() emotions?: string;

  /** Only with `persist`: keeps each day's check-in on this device, under the `persist` key, and shows them over time. */
  @property({ type: Boolean, reflect: true }) history = false;

  /** Where the dates come from (default `Date`): anything with `now()` in epoch milliseconds. */
  @property({ attribute: false }) clock: DateClock = Date;

  @state() private chosen: string[] = [];
  @state() private ownFeelings = '';
  @state() private texts: Record<TextField, string> = { highlight: '', challenge: '', need: '' };
  @state() private errors: Field[] = [];
  @state() private kept: CheckInData[] = [];
  @state() private shown = PAGE;
  @state() private confirming = false;
  @state() private printing = false;

  protected override readonly valueSchema = checkInSchema;

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
    if (this.persist) {
      try {
        localStorage.removeItem(storageKey(this.exercise, this.persist));
      } catch {
        /* the core has already said that storage is not available */
      }
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

  private get names(): string[] {
    return parseWordList(this.with ?? '');
  }

  private get vocabulary(): FeelingGroup[] {
    const custom = this.attrs.read('emotions', this.emotions, emotionsRule);
    if (custom) return [{ label: this.t('customGroup'), words: custom }];
    return this.content<FeelingGroup[]>('vocabulary');
  }

  private get feelings(): string[] {
    return parseWordList([...this.chosen, this.ownFeelings].join(','));
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
    return { rhythm: this.rhythmValue, date: this.today, with: this.names, feelings: this.feelings, ...this.texts };
  }

  protected override typedText(): readonly string[] {
    return [this.ownFeelings, this.texts.highlight, this.texts.challenge, this.texts.need];
  }

  /** Feelings of the vocabulary become chosen words, the others the person's own; rhythm, date and names come from the element. */
  protected override applyData(data: CheckInData): void {
    const known = new Set(this.vocabulary.flatMap((group) => group.words.map((word) => word.toLocaleLowerCase())));
    this.chosen = data.feelings.filter((word) => known.has(word.toLocaleLowerCase()));
    this.ownFeelings = data.feelings.filter((word) => !known.has(word.toLocaleLowerCase())).join(', ');
    this.texts = { highlight: data.highlight, challenge: data.challenge, need: data.need };
    this.errors = [];
  }

  protected override draftData(): object {
    return this.keepsHistory ? { ...this.currentData(), done: this.completed, entries: this.kept } : this.currentData();
  }

  protected override applyDraftExtras(stored: Record<string, unknown>): void {
    if (!this.keepsHistory) return;
    this.readKept(stored);
    // A check-in finished on an earlier day is in the history: today starts blank.
    if (stored['done'] === true && typeof stored['date'] === 'string' && stored['date'] < this.today) this.initialState();
  }

  private readKept(stored: Record<string, unknown>): void {
    const entries = Array.isArray(stored['entries']) ? stored['entries'] : [];
    const valid = entries.filter(isCheckIn).map(pickCheckIn);
    if (valid.length < entries.length) warn(this, `persist: left out ${entries.length - valid.length} kept check-in(s) that could not be read.`);
    this.kept = normaliseHistory(valid);
  }

  /** `history` switched on after the first render: the check-ins already kept under the key come back first. */
  private loadKept(raw?: string | null): void {
    try {
      const envelope = JSON.parse(raw ?? localStorage.getItem(storageKey(this.exercise, this.persist!)) ?? 'null') as { data?: Record<string, unknown> } | null;
      if (envelope?.data && typeof envelope.data === 'object') this.readKept(envelope.data);
    } catch {
      /* unreadable or unavailable: the core warns when it next saves or loads */
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
    if (!this.keepsHistory || event.key !== storageKey(this.exercise, this.persist!)) return;
    const ours = this.kept;
    if (event.newValue === null) this.kept = [];
    else {
      this.loadKept(event.newValue);
      this.kept = normaliseHistory([...ours, ...this.kept]);
    }
  };

  /** JSON of the data once Done would accept it, `''` before (so `required` holds a form back until then). */
  protected override formValue(): string {
    return this.missing().length ? '' : JSON.stringify(this.currentData());
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another key holds another history; keeping switched off removed it from the device.
    if ((changed.has('persist') || (changed.has('keeping') && !this.keeping)) && this.hasUpdated) this.kept = [];
    super.willUpdate(changed);
    if (changed.has('history') && this.hasUpdated && this.keepsHistory && !changed.has('persist')) this.loadKept();
  }

  /** What Done still needs; nothing while the person writes words of danger (they are not pressed for more). */
  private missing(): Field[] {
    if (this.danger) return [];
    return requiredFields[this.rhythmValue].filter((field) => (field === 'feelings' ? !this.feelings.length : !this.texts[field].trim()));
  }

  // ——— editing ———

  private edited(field: Field): void {
    if (this.errors.includes(field) && !this.missing().includes(field)) this.errors = this.errors.filter((f) => f !== field);
    this.message = '';
    this.completed = false;
    this.commit();
  }

  private toggle(word: string): void {
    const key = word.toLocaleLowerCase();
    const has = this.chosen.some((w) => w.toLocaleLowerCase() === key);
    this.chosen = has ? this.chosen.filter((w) => w.toLocaleLowerCase() !== key) : [...this.chosen, word];
    this.edited('feelings');
  }

  private editText(field: TextField, text: string): void {
    this.texts = { ...this.texts, [field]: text };
    this.edited(field);
  }

  // ——— actions ———

  private async done(): Promise<void> {
    const missing = this.missing();
    this.errors = missing;
    if (missing.length) {
      this.completed = false;
      const parts = new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(missing.map((f) => this.t(`part${capitalised(f)}`)));
      this.say(this.t('stillMissing', { parts }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(missing[0] === 'feelings' ? '[part~=feeling], #own-feelings' : `#${missing[0]}`)?.focus();
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
    this.say(this.t(this.isStored(entry) ? 'kept' : 'notKept', { date: this.formatDate(entry.date) }));
  }

  /** Whether the entry reached storage (a full or failing storage keeps it on screen only). */
  private isStored(entry: CheckInData): boolean {
    try {
      return localStorage.getItem(storageKey(this.exercise, this.persist!))?.includes(JSON.stringify(entry)) ?? false;
    } catch {
      return false;
    }
  }

  private formatter: { locale: string; format: Intl.DateTimeFormat } | undefined;

  private formatDate(iso: string): string {
    if (this.formatter?.locale !== this.locale) {
      this.formatter = { locale: this.locale, format: new Intl.DateTimeFormat(this.locale, { dateStyle: 'long' }) };
    }
    return this.formatter.format.format(toLocalDate(iso));
  }

  private get exportLabels(): ExportLabels {
    return {
      title: this.t('historyHeading'),
      date: (iso) => this.formatDate(iso),
      feelings: this.t('fieldFeelings'),
      highlight: this.t('fieldHighlight'),
      win: this.t('fieldWin'),
      challenge: this.t('fieldChallenge'),
      need: this.t('fieldNeed'),
      with: this.t('fieldWith'),
    };
  }

  private download(extension: 'md' | 'csv'): void {
    const file = safeFileName(`${this.headingText} ${this.today}`, extension, 'check-ins');
    if (extension === 'md') downloadText(file, 'text/markdown', historyToMarkdown(this.kept, this.exportLabels));
    else downloadText(file, 'text/csv', `\uFEFF${historyToCsv(this.kept)}`);
    this.say(this.t('downloaded', { file }));
  }

  /** Prints the history alone, every check-in listed. */
  private async print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    window.print();
    this.printing = false;
  }

  private async askToForget(open: boolean): Promise<void> {
    this.confirming = open;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(open ? '#confirm-no' : '#forget-all')?.focus();
  }

  private async forgetAll(): Promise<void> {
    this.forget();
    this.say(this.t('forgotAll'));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#history-heading')?.focus();
  }

  private async showOlder(): Promise<void> {
    const first = this.shown;
    this.shown += PAGE * 4;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#entry-${first}`)?.focus();
  }

  // ——— rendering ———

  protected override get headingText(): string {
    return this.heading?.trim() || this.t(`heading.${this.rhythmValue}`);
  }

  /** The hint and the error of a field; no hint while the person writes words of danger (nothing coaches them). */
  private describedBy(field: Field): string | typeof nothing {
    return [this.danger ? '' : `${field}-hint`, this.errors.includes(field) ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
  }

  private renderHint(field: string, key: string): unknown {
    return this.danger ? nothing : html`<span part="hint" id="${field}-hint">${this.t(key)}</span>`;
  }

  private renderError(field: Field): unknown {
    if (!this.errors.includes(field)) return nothing;
    return html`<p class="error" part="error" id="${field}-error">
      <span class="visually-hidden">${this.t('errorPrefix')}</span> ${this.t(`error${capitalised(field)}`)}
    </p>`;
  }

  private renderFeelings(): TemplateResult {
    const chosen = new Set(this.chosen.map((w) => w.toLocaleLowerCase()));
    const vocabulary = this.vocabulary;
    const known = new Set(vocabulary.flatMap((group) => group.words.map((w) => w.toLocaleLowerCase())));
    // Chosen words the vocabulary no longer holds (another language, other `emotions`) stay visible, and can be unchosen.
    const extra = this.chosen.filter((w) => !known.has(w.toLocaleLowerCase()));
    const groups = extra.length ? [...vocabulary, { label: this.t('customGroup'), words: extra }] : vocabulary;
    return html`<fieldset part="field" class="field feelings" aria-describedby=${this.describedBy('feelings')}>
      <legend part="label">${this.t('feelingsLegend')}</legend>
      ${this.renderHint('feelings', 'feelingsHint')}
      ${this.renderError('feelings')}
      ${groups.map(
        (group) => html`<div class="group" role="group" aria-label=${group.label}>
          <span class="group-label" aria-hidden="true">${group.label}</span>
          ${group.words.map(
            (word) => html`<button
              part="button feeling"
              type="button"
              aria-pressed=${String(chosen.has(word.toLocaleLowerCase()))}
              @click=${() => this.toggle(word)}
            >
              ${word}
            </button>`,
          )}
        </div>`,
      )}
      <label part="label" for="own-feelings">${this.t('ownFeelingsLabel')}</label>
      <span part="hint" id="own-feelings-hint">${this.t('ownFeelingsHint')}</span>
      <input
        part="input"
        id="own-feelings"
        type="text"
        autocomplete="off"
        aria-describedby="own-feelings-hint"
        .value=${this.ownFeelings}
        @input=${(event: InputEvent) => {
          this.ownFeelings = (event.target as HTMLInputElement).value;
          this.edited('feelings');
        }}
      />
    </fieldset>`;
  }

  private renderText(field: TextField, label: string, hint: string): TemplateResult {
    return html`<div part="field" class="field">
      <label part="label" for=${field}>${this.t(label)}</label>
      ${this.renderHint(field, hint)}
      ${this.renderError(field)}
      <textarea
        part="input"
        id=${field}
        rows="2"
        aria-describedby=${this.describedBy(field)}
        aria-invalid=${this.errors.includes(field) ? 'true' : nothing}
        .value=${this.texts[field]}
        @input=${(event: InputEvent) => this.editText(field, (event.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
  }

  private renderTally(id: string, heading: string, empty: string, items: Tally[]): TemplateResult {
    return html`<p class="subheading" id=${id}>${this.t(heading)}</p>
      ${items.length
        ? html`<ul aria-labelledby=${id} class="tally">
            ${items.map((item) => html`<li><span class="tally-text">${item.text}</span>: ${this.plural('times', item.count)}</li>`)}
          </ul>`
        : html`<p>${this.t(empty)}</p>`}`;
  }

  private renderEntry(entry: CheckInData, index: number): TemplateResult {
    const rows: [string, string][] = [
      ['fieldFeelings', entry.feelings.join(', ')],
      [entry.rhythm === 'weekly' ? 'fieldWin' : 'fieldHighlight', entry.highlight],
      ['fieldChallenge', entry.challenge],
      ['fieldNeed', entry.need],
    ];
    return html`<li part="entry" id="entry-${index}" tabindex="-1">
      <p class="entry-date"><time datetime=${entry.date}>${this.formatDate(entry.date)}</time></p>
      <dl>
        ${rows
          .filter(([, text]) => text.trim())
          .map(([label, text]) => html`<dt>${this.t(label)}</dt><dd>${text}</dd>`)}
      </dl>
    </li>`;
  }

  private renderHistory(): unknown {
    if (!this.keepsHistory) return nothing;
    const entries = this.kept;
    const summary = overTime(entries, this.clock.now());
    const listed = this.printing ? entries : entries.slice(0, this.shown);
    const older = entries.length - listed.length;
    return html`<section part="history" class="history" aria-labelledby="history-heading">
      <h3 id="history-heading" tabindex="-1">${this.t('historyHeading')}</h3>
      ${this.danger ? nothing : html`<p>${this.t('historyIntro')}</p>`}
      ${entries.length
        ? html`${this.renderTally('feelings-often', 'feelingsOften', 'noRecentFeelings', summary.feelings)}
            ${this.renderTally('needs-recur', 'needsRecur', 'noRecurringNeeds', summary.needs)}
            <p class="subheading" id="each-check-in">${this.t('eachCheckIn')}</p>
            <ol class="entries" aria-labelledby="each-check-in">
              ${listed.map((entry, index) => this.renderEntry(entry, index))}
            </ol>
            ${older ? html`<button part="button" type="button" @click=${this.showOlder}>${this.plural('older', Math.min(older, PAGE * 4))}</button>` : nothing}
            <div class="actions no-print">
              <button part="button" type="button" @click=${() => this.download('md')}>${this.t('downloadMarkdown')}</button>
              <button part="button" type="button" @click=${() => this.download('csv')}>${this.t('downloadCsv')}</button>
              <button part="button" type="button" @click=${this.print}>${this.t('print')}</button>
              <button part="button" type="button" id="forget-all" aria-expanded=${String(this.confirming)} @click=${() => this.askToForget(true)}>
                ${this.t('forgetAll')}
              </button>
            </div>
            ${this.confirming
              ? html`<div class="confirm no-print" role="group" aria-labelledby="confirm-text">
                  <p id="confirm-text">${this.t('confirmForget')}</p>
                  <div class="actions">
                    <button part="button" type="button" class="primary" @click=${this.forgetAll}>${this.t('confirmYes')}</button>
                    <button part="button" type="button" id="confirm-no" @click=${() => this.askToForget(false)}>${this.t('confirmNo')}</button>
                  </div>
                </div>`
              : nothing}`
        : html`<p>${this.t('historyEmpty')}</p>`}
    </section>`;
  }

  protected override renderBody(): TemplateResult {
    const rhythm = this.rhythmValue;
    const names = this.names;
    return html`<div class="form ${this.printing ? 'printing' : ''}">
        <div part="intro" class="intro">
          <p>${this.t(`intro.${rhythm}`)}</p>
          ${rhythm === 'daily' && names.length && !this.danger
            ? html`<p>${this.t('withNames', { names: new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(names) })}</p>`
            : nothing}
        </div>
        ${this.renderFeelings()}
        ${rhythm === 'daily' ? this.renderText('highlight', 'highlightLabel', 'highlightHint') : this.renderText('highlight', 'winLabel', 'winHint')}
        ${this.renderText('challenge', `challengeLabel.${rhythm}`, `challengeHint.${rhythm}`)}
        ${this.renderText('need', `needLabel.${rhythm}`, 'needHint')}
        <div class="actions no-print">
          <button part="button" type="button" class="primary" @click=${this.done}>${this.t('done')}</button>
          <button part="button" type="button" @click=${() => this.startOver('#own-feelings')}>${this.t('reset')}</button>
        </div>
        <p part="status" class=${this.completed ? 'completed' : ''}>${this.message}</p>
      </div>
      ${this.renderHistory()}`;
  }
}
