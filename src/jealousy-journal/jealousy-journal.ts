import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
// The I-statement the journal shows when the page has none ("Turn this into an I-statement"): imported with the
// journal, as a dynamic import would split a host's single-file build (Rollup refuses it) and warn in Vite.
import '../entries/define/i-statement.js';
import { longDate } from '../core/dates.js';
import { safeFileName } from '../core/export.js';
import { allFeelings, emotionsRule, feelingGroups, offeredFeelings, parseWordList, splitFeelings, toggleWord, type FeelingGroup } from '../core/feelings.js';
import { feelingStyles } from '../core/feelings-view.js';
import { FeelingsRovingController } from '../core/feelings-roving-controller.js';
import { changes, fillEmpty, offerFor } from '../core/hand-off.js';
import { localDate, type DateClock } from '../core/history.js';
import { HistoryController } from '../core/history-controller.js';
import { historyStyles, renderHistory, renderTally } from '../core/history-view.js';
import { listOf } from '../core/localize.js';
import { TendElement } from '../core/tend-element.js';
import type { Worksheet } from '../core/worksheet.js';
import { chooseWords, journalVocabulary, missingFields, type RequiredField, type WordsChoice } from './answers.js';
import { entryRows, entryToText, historyToCsv, historyToMarkdown, type JournalLabels } from './export.js';
import { renderForm, type JournalFormActions, type Texts } from './form-view.js';
import { journalOffer } from './hand-off.js';
import { isJealousyEntry, keep, normaliseHistory, overTime, readKept } from './history.js';
import type { JealousyEntry } from './schema.js';
import { renderStrengths, strengthStyles } from './strength-view.js';
import { jealousyJournalStrings, type JealousyJournalStringKey } from './strings.js';
import { jealousyJournalStyles } from './styles.js';

/** `value` and a restored draft are checked by the same guard as each kept entry (held to `jealousyJournalSchema` by a test). */
const entryGuard = z.custom<JealousyEntry>(isJealousyEntry);

const blankTexts = (): Texts => ({ situation: '', need: '', say: '', agreement: '', glad: '' });
const missingKeys = { situation: 'missingSituation', feelings: 'missingFeelings' } as const;

type Statement = HTMLElement & { value: unknown; updateComplete: Promise<unknown>; reset?: () => void; focusHeading?: () => void };

/**
 * A short jealousy journal for the moment the feeling starts (seed 000: "treat jealousy as data not as a
 * threat"): what happened, as a camera would have seen it; what you feel, from the shared feelings vocabulary
 * with jealousy's neighbours first, or in your own words; how strong, 0 to 10; what the feeling tells you about
 * a need or a boundary. Then, if you want: what you'd like to say (carried into an I-statement on the same page,
 * or the next step of a flow), an agreement to revisit (an agreement step of a flow starts with it), and anything
 * to feel glad about for them (compersion: never required).
 *
 * With `history` (and `persist`), each entry is kept on this device (several a day) and shown over time: the
 * strength of each entry in the last four weeks as a small table and chart, the feelings named most often, the
 * needs that come back, and each entry by date. No streaks, no scores, no judgement of a high number.
 *
 * @tagname tend-jealousy-journal
 * @summary Journals a moment of jealousy as data: what happened, the feeling and its strength, the need or boundary behind it.
 *
 * @fires tend-change - On every edit; `detail`: `{ exercise: 'jealousy-journal', version: 1, data: { date, with, situation, feelings, strength, need, say, agreement, glad } }`.
 * @fires tend-complete - When Done is pressed with what happened and one feeling (everything else is optional); `detail` adds `completedAt` (ISO 8601).
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The title.
 * @csspart intro - The line introducing the journal.
 * @csspart field - The wrapper of each field (the feelings and the strength included).
 * @csspart label - Each field's visible label (the legend of the feelings and of the strength).
 * @csspart hint - Each field's short hint.
 * @csspart input - The text fields.
 * @csspart button - Every button.
 * @csspart feeling - One feeling word to choose (a toggle button).
 * @csspart strength-point - One number of the strength scale (its radio button and its number).
 * @csspart choice - A need or boundary to start from.
 * @csspart error - An error message under a field (Done pressed too early).
 * @csspart status - Confirmations (kept, carried, downloaded, forgotten).
 * @csspart history - The "over time" region (with `history`).
 * @csspart entry - One past entry in the history.
 * @csspart privacy - The note about what is kept (with `persist`).
 */
export class TendJealousyJournal extends TendElement<'jealousy-journal', JealousyJournalStringKey> {
  static override exercise = 'jealousy-journal' as const;
  static override strings = jealousyJournalStrings;
  static override styles = [...TendElement.styles, feelingStyles, strengthStyles, historyStyles, jealousyJournalStyles];
  /** The reactive properties (attributes as documented on each field; `state`: internal). */
  static override properties: PropertyDeclarations = {
    with: {}, emotions: {}, history: { type: Boolean, reflect: true }, clock: { attribute: false },
    texts: { state: true, attribute: false }, chosen: { state: true, attribute: false },
    ownFeelings: { state: true, attribute: false }, strength: { state: true, attribute: false },
    errors: { state: true, attribute: false }, statementShown: { state: true, attribute: false },
  };
  static override attributeRules = { ...TendElement.attributeRules, emotions: emotionsRule };

  /** Comma-separated names of the people it is about, e.g. `with="Sam"` ("Anything I can feel glad about for Sam?"). */
  with?: string;

  /** Comma-separated feeling words that replace the built-in vocabulary (jealousy's neighbours included), as for `<tend-i-statement>`. */
  emotions?: string;

  /** Only with `persist`: keeps each entry on this device, under the `persist` key (several a day), and shows them over time. */
  history = false;

  /** Where the dates come from (default `Date`): anything with `now()` in epoch milliseconds. */
  clock: DateClock = Date;

  private texts: Texts = blankTexts();
  private chosen: string[] = [];
  private ownFeelings = '';
  private strength: number | null = null;
  private errors: RequiredField[] = [];
  /** The journal shows an I-statement of its own (the page had none when the person asked for one). */
  private statementShown = false;
  /** What was last carried into the I-statement on this page, so carrying again follows the journal's words. */
  private carried: unknown;
  /** The entry this form kept (Done again after a change updates it rather than adding another). */
  private keptEntry: JealousyEntry | undefined;

  protected override readonly valueSchema = entryGuard;

  /** The entries kept on this device (with `history` and `persist`), and the "over time" view's state. */
  private readonly past = new HistoryController<JealousyEntry>(this, {
    exercise: 'jealousy-journal',
    key: () => this.persist,
    wanted: () => this.history,
    keeping: () => this.keeping,
    read: readKept,
    normalise: normaliseHistory,
    noun: { one: 'entry', other: 'entries' },
    focus: (selector) => this.focusLater(selector),
    download: (extension) => {
      const file = safeFileName(`${this.headingText} ${this.today}`, extension, 'jealousy-journal');
      const kept = this.past.entries;
      if (extension === 'md') this.downloadAndSay(file, 'text/markdown', historyToMarkdown(kept, this.labels));
      else this.downloadAndSay(file, 'text/csv', `\uFEFF${historyToCsv(kept)}`);
    },
    forgetAll: () => {
      this.forget();
      this.say(this.t('forgotAll'));
    },
  });

  /** The feelings' groups as toolbars: one tab stop each. */
  private readonly roving = new FeelingsRovingController(this, (selector) => this.focusLater(selector));

  /** The kept entries, newest first, each of the `jealousy-journal` data shape (empty without `history`). Read-only. */
  get entries(): JealousyEntry[] {
    return structuredClone(this.past.entries);
  }

  /** Removes every kept entry, and the storage key (the draft with it). */
  forget(): void {
    this.past.forget(() => {
      this.reset();
      this.commit();
    });
  }

  /** Back to a blank entry (the draft cleared); the kept entries stay. */
  override reset(): void {
    this.statement?.reset?.();
    super.reset();
    if (this.past.entries.length) this.saveDraft();
  }

  private get vocabulary(): FeelingGroup[] {
    const custom = this.attrs.read('emotions', this.emotions, emotionsRule);
    // The page's own words replace everything; otherwise jealousy and its neighbours come first.
    return custom ? offeredFeelings(custom, this.localize) : journalVocabulary(this.localize.content<FeelingGroup>('neighbours'), offeredFeelings(null, this.localize));
  }

  private get names(): string[] {
    return parseWordList(this.with ?? '');
  }

  private get today(): string {
    return localDate(this.clock.now());
  }

  /** The words the exports and the summary label the answers with, in the reader's language. */
  private get labels(): JournalLabels {
    return {
      title: this.t('historyHeading'),
      date: (iso) => longDate(iso, this.locale),
      strengthValue: (value) => this.t('strengthValue', { value }),
      with: this.t('fieldWith'),
      situation: this.t('fieldSituation'),
      feelings: this.t('fieldFeelings'),
      strength: this.t('fieldStrength'),
      need: this.t('fieldNeed'),
      say: this.t('fieldSay'),
      agreement: this.t('fieldAgreement'),
      glad: this.t('fieldGlad'),
    };
  }

  // ——— data ———

  protected override initialState(): void {
    this.texts = blankTexts();
    this.chosen = [];
    this.ownFeelings = '';
    this.strength = null;
    this.errors = [];
    this.statementShown = false;
    this.carried = undefined;
    this.keptEntry = undefined;
  }

  protected override currentData(): JealousyEntry {
    const { situation, need, say, agreement, glad } = this.texts;
    return { date: this.today, with: this.names, situation, feelings: allFeelings(this.chosen, this.ownFeelings), strength: this.strength, need, say, agreement, glad };
  }

  /** A feeling chosen or a number is something to send, as words are. */
  protected override hasWords(): boolean {
    return this.chosen.length > 0 || this.strength !== null || super.hasWords();
  }

  protected override typedText(): readonly string[] {
    const { situation, need, say, agreement, glad } = this.texts;
    return [situation, this.ownFeelings, need, say, agreement, glad];
  }

  /** Feelings of the vocabulary become chosen words, the others the person's own; the date and names come from the element. */
  protected override applyData(data: JealousyEntry): void {
    const { chosen, own } = splitFeelings(data.feelings, this.vocabulary);
    this.chosen = chosen;
    this.ownFeelings = own;
    this.strength = data.strength;
    this.texts = { situation: data.situation, need: data.need, say: data.say, agreement: data.agreement, glad: data.glad };
    this.errors = [];
    this.keptEntry = undefined;
  }

  protected override draftData(): object {
    const data = { ...this.dataNow(), statement: this.statementShown };
    return this.past.active ? { ...data, done: this.completed, entries: this.past.entries } : data;
  }

  protected override applyDraftExtras(stored: Record<string, unknown>): void {
    this.statementShown = stored['statement'] === true;
    if (!this.past.active) return;
    this.past.readFrom(stored);
    // A finished entry is in the history: the next one starts blank.
    if (stored['done'] === true) this.initialState();
  }

  /** JSON of the entry once Done would accept it, `''` before (so `required` holds a form back until then). */
  protected override formValue(): string {
    return this.missing().length ? '' : JSON.stringify(this.dataNow());
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.past.willUpdate(changed, () => super.willUpdate(changed));
  }

  /** What Done still needs; nothing while the person writes words of danger or caution (they are not pressed for more). */
  private missing(): RequiredField[] {
    return this.concerned ? [] : missingFields({ situation: this.texts.situation, feelings: allFeelings(this.chosen, this.ownFeelings) });
  }

  // ——— handing the words on ———

  /**
   * The journal's words for a later step of a flow, or the I-statement on this page (src/core/hand-off.ts): the
   * feeling, what happened and the need for an I-statement; the names and the agreement to revisit for an
   * agreement. Nothing after words of danger or caution: the journal composes nothing to say to anyone then.
   * @internal
   */
  [offerFor](exercise: string, value: unknown): unknown {
    return this.concerned ? undefined : journalOffer(exercise, value, this.currentData());
  }

  /** The I-statement the journal shows itself. */
  private get statement(): Statement | null {
    return this.renderRoot?.querySelector<Statement>('.statement tend-i-statement') ?? null;
  }

  /** The I-statement on the page the journal carries its words into: the first after the journal, else the first. */
  private statementOnPage(): Statement | undefined {
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = [...root.querySelectorAll<Statement>('tend-i-statement')];
    return found.find((el) => this.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) ?? found[0];
  }

  /** "Turn this into an I-statement": the one on the page, else one the journal shows under "What I'd like to say". */
  private async carry(): Promise<void> {
    if (!journalOffer('i-statement', undefined, this.currentData())) {
      this.say(this.t('carryNothingYet'));
      return;
    }
    let target = this.statementShown ? this.statement : this.statementOnPage();
    if (!target) {
      this.statementShown = true;
      this.saveDraft();
      await this.updateComplete;
      target = this.statement;
    }
    if (!target) return;
    await target.updateComplete;
    const offer = this[offerFor]('i-statement', target.value);
    const filled = fillEmpty(target.value, offer, this.carried);
    this.carried = offer;
    const carried = changes(target.value, filled);
    if (carried) target.value = filled;
    await target.updateComplete;
    target.scrollIntoView?.({ block: 'nearest' });
    if (typeof target.focusHeading === 'function') target.focusHeading();
    this.say(this.t(carried ? 'carried' : 'carriedNothing'));
  }

  // ——— the person's actions ———

  private edited(): void {
    this.message = '';
    this.completed = false;
    this.commit();
  }

  private readonly formActions: JournalFormActions = {
    editText: (field, text) => {
      this.texts = { ...this.texts, [field]: text };
      this.edited();
    },
    moveInGroup: this.roving.move,
    toggle: (word) => {
      this.chosen = toggleWord(this.chosen, word);
      this.edited();
    },
    setOwnFeelings: (text) => {
      this.ownFeelings = text;
      this.edited();
    },
    setStrength: (value) => {
      this.strength = value;
      this.edited();
    },
    choose: (choice) => {
      this.texts = { ...this.texts, need: chooseWords(this.texts.need, choice, this.needChoices) };
      this.edited();
      void this.focusNeed();
    },
    carry: () => void this.carry(),
    done: () => void this.done(),
    startOver: () => void this.startOver('#situation'),
  };

  /** An error goes when focus leaves its answered field, not while the person types (the description would be read again). */
  protected override fieldLeft(id: string): void {
    const field = (id === 'own-feelings' ? 'feelings' : id) as RequiredField;
    if (this.errors.includes(field) && !this.missing().includes(field)) this.errors = this.errors.filter((f) => f !== field);
  }

  private get needChoices(): WordsChoice[] {
    return this.localize.content<WordsChoice[]>('needChoices');
  }

  /** After a choice, the need field has focus with the caret at its end ("a boundary about " is the person's to finish). */
  private async focusNeed(): Promise<void> {
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>('#need');
    if (!field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }

  private async done(): Promise<void> {
    const missing = this.missing();
    this.errors = missing;
    if (missing.length) {
      this.completed = false;
      const parts = listOf(this.locale, missing.map((field) => this.t(missingKeys[field])));
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
    // Done again after a change: the entry this form kept is updated, not added twice.
    const others = this.past.entries.filter((kept) => kept !== this.keptEntry);
    this.past.entries = keep(others, entry);
    this.keptEntry = entry;
    this.saveDraft();
    const stored = this.past.isStored(entry);
    // After words of danger the support note beside Done (which says what is kept) takes the place of "Kept this entry".
    this.say(stored && this.supportShown ? this.completedText() : this.t(stored ? 'kept' : 'notKept'));
  }

  /** The entry under its labels, for `send-to` and `share`. */
  protected override takeAwayText(): string {
    const text = entryToText(this.currentData(), this.labels);
    return text ? `${this.headingText}\n${text}` : '';
  }

  // ——— rendering ———

  override worksheet(): Worksheet {
    const field = (key: 'situation' | 'need' | 'say' | 'agreement', lines: number) => ({ label: this.t(`${key}Label`), hint: this.t(`${key}Hint`), lines });
    const points = Array.from({ length: 11 }, (_, i) => String(i));
    return {
      title: this.headingText,
      intro: [this.t('intro')],
      parts: [
        field('situation', 3),
        { label: this.t('feelingsLegend'), hint: this.t('feelingsHint'), choices: this.vocabulary },
        { label: this.t('ownFeelingsLabel'), lines: 1 },
        { label: this.t('strengthLabel'), hint: this.t('strengthHint'), choices: [{ words: points }] },
        { ...field('need', 2), choices: [{ label: this.t('needChoicesLabel'), words: this.needChoices.map((choice) => choice.label) }] },
        field('say', 3),
        field('agreement', 2),
        { label: this.t('gladLabel', { name: this.namesText }), hint: this.t('gladHint'), lines: 2 },
      ],
    };
  }

  private get namesText(): string {
    const names = this.names;
    return names.length ? listOf(this.locale, names) : this.t('someone');
  }

  /** The I-statement the journal shows itself: in its language and theme, its draft kept beside the journal's. */
  private renderStatement(danger: boolean): unknown {
    if (!this.statementShown) return nothing;
    const key = this.persist ? `${this.persist}/i-statement` : undefined;
    return html`<div class="statement" ?hidden=${danger}>
      <tend-i-statement lang=${this.locale} theme=${this.theme ?? nothing} .persist=${key}></tend-i-statement>
    </div>`;
  }

  protected override renderBody(): TemplateResult {
    const danger = this.concerned;
    const { texts, chosen, ownFeelings, strength, errors, completed, message } = this;
    const groups = feelingGroups(this.vocabulary, chosen, this.t('customGroup'));
    const form = {
      texts,
      groups,
      chosen,
      tabStops: this.roving.tabStops(groups, chosen),
      ownFeelings,
      strength,
      choices: this.needChoices,
      names: this.namesText,
      errors,
      fields: this.fields,
      danger,
      offersStatement: !this.inFlow,
      statement: this.renderStatement(danger),
      printing: this.past.printing,
      completed,
      message,
    };
    return html`${renderForm(this.localize, form, this.formActions)} ${this.past.active ? this.renderHistory(danger) : nothing}`;
  }

  /** The entries over time: how strong each felt, the feelings named most often, the needs that came back, then each entry by date. */
  private renderHistory(danger: boolean): TemplateResult {
    const words = this.localize;
    const summary = overTime(this.past.entries, this.clock.now());
    const labels = this.labels;
    return renderHistory(words, this.past.shown(danger, this.headingLevel + 1), this.past.actions, {
      overTime: html`${renderStrengths(words, summary.strengths)}
      ${renderTally(words, 'feelings-often', this.t('feelingsOften'), this.t('noRecentFeelings'), summary.feelings)}
      ${renderTally(words, 'needs-recur', this.t('needsRecur'), this.t('noRecurringNeeds'), summary.needs)}`,
      each: this.t('eachEntry'),
      // Each entry shows its strength first, under its date.
      rows: (entry) => {
        const rows = entryRows(entry, labels).filter(([label]) => label !== labels.with);
        const strength = rows.find(([label]) => label === labels.strength);
        return strength ? [strength, ...rows.filter((row) => row !== strength)] : rows;
      },
    });
  }
}

