import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { renderButton, renderStatus } from '../core/chrome.js';
import { chooseWords, type WordsChoice } from '../core/choose-words.js';
import { longDate } from '../core/dates.js';
import { parseWordList } from '../core/feelings.js';
import { interpolate, listOf } from '../core/localize.js';
import { renderDate } from '../core/server-render.js';
import { TendElement } from '../core/tend-element.js';
import type { Worksheet } from '../core/worksheet.js';
import { composeRepair, missingFields, repairFields, type RepairParts, type RepairTemplates, type RequiredField } from './compose.js';
import { followUpDate } from './follow-up.js';
import { repairHints, type RepairHint, type RepairHintField } from './hints.js';
import { repairLanguageFor } from './language.js';
import { followUpRule, repairSchema, type RepairData } from './schema.js';
import { repairStrings } from './strings.js';
import { repairStyles } from './styles.js';
import { repairEntries } from './summary.js';
import { reminderFile, repairFile, repairToText } from './take-away.js';
import { repairTidy } from './tidy.js';
import { renderFollowUp, renderPreview, renderPrinted, renderReconnect, renderStep, renderTakeAway, type RepairActions, type RepairForm } from './view.js';
import type { RepairKey } from './words.js';

const emptyParts = (): RepairParts => ({ part: '', impact: '', apology: '', plan: '', reconnect: '' });
const missingKeys = { part: 'missingPart', impact: 'missingImpact', apology: 'missingApology', plan: 'missingPlan' } as const;
const templateKeys = [
  'part',
  'partNamed',
  'impact',
  'apologyFor',
  'apologyAs',
  'apologyComma',
  'apologyThat',
  'apologySentence',
  'planWill',
  'planAs',
  'planNegative',
  'reconnect',
] as const satisfies readonly (keyof RepairTemplates)[];
/** The fields the coaching hints read (the impact speaks of "you" and is left alone). */
const hintFields = ['part', 'apology', 'plan'] as const satisfies readonly RepairHintField[];

/**
 * Prepares a repair after a conflict, following the repair process of the source texts: my part in what happened
 * (without deflecting), the impact on the other person, what I am sorry for (genuine remorse, not "sorry you feel
 * that way"), what I will do next time (specific), a day to follow up (follow-through, as a calendar reminder),
 * and a way to reconnect (affection, quality time, their love language). Gentle coaching hints beside the fields;
 * "What you could say" composed from the person's own words; copy, Markdown, print, e-mail and share.
 *
 * @tagname tend-repair
 * @summary Prepares a repair after a conflict: my part, the impact, an apology, a plan, a follow-up, a way to reconnect.
 *
 * @fires tend-change - On every edit; `detail`: `{ exercise: 'repair', version: 1, data: { with, part, impact, apology, plan, followUp, reconnect, text } }`.
 * @fires tend-complete - When Done is pressed with the part, the impact, the apology and the plan written; `detail` adds `completedAt` (ISO 8601).
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The title.
 * @csspart intro - The lines introducing the repair.
 * @csspart field - The wrapper of each field.
 * @csspart label - Each field's visible label.
 * @csspart hint - Each field's short hint of what goes there.
 * @csspart input - The text fields and the date.
 * @csspart checkbox - "Put my words in the reminder".
 * @csspart button - Every button.
 * @csspart coaching - A coaching tip beside a field.
 * @csspart error - An error message under a field (Done pressed too early).
 * @csspart preview - The box with what the person could say.
 * @csspart sentence - What the person could say, composed from their words.
 * @csspart status - Confirmations (copied, downloaded, finished).
 * @csspart privacy - The note about the saved draft (with `persist`).
 */
export class TendRepair extends TendElement<'repair', RepairKey> {
  static override exercise = 'repair' as const;
  static override strings = repairStrings;
  static override styles = [...TendElement.styles, repairStyles];
  /** The reactive properties (attributes as documented on each field; `state`: internal). */
  static override properties: PropertyDeclarations = {
    with: {}, followUp: { attribute: 'follow-up' }, noHints: { attribute: 'no-hints', type: Boolean },
    parts: { state: true, attribute: false }, followUpOn: { state: true, attribute: false },
    errors: { state: true, attribute: false }, wordsInReminder: { state: true, attribute: false },
  };
  static override attributeRules = { ...TendElement.attributeRules, 'follow-up': followUpRule };

  /** Comma-separated names of the other people, e.g. `with="Sam"`: they are named in the labels and the words. */
  with?: string;

  /** Whole days from today to the follow-up date offered, 1–90 (default 7). */
  followUp?: string;

  /** Turns the coaching hints off. */
  noHints = false;

  private parts: RepairParts = emptyParts();
  /** The follow-up date, `YYYY-MM-DD`, or null once the person cleared it. */
  private followUpOn: string | null = null;
  private errors: RequiredField[] = [];
  /** The person chose to put their words in the calendar reminder (by default it holds the title only). */
  private wordsInReminder = false;

  protected override readonly valueSchema = repairSchema;

  // ——— data ———

  private get names(): string[] {
    return parseWordList(this.with ?? '');
  }

  /** The people as the words name them ("Sam and Alex"), or the words for someone. */
  private get nameText(): string {
    const names = this.names;
    return names.length ? listOf(this.locale, names) : this.t('someone');
  }

  private get offeredFollowUp(): string {
    return followUpDate(renderDate(this), this.attrs.read('follow-up', this.followUp, followUpRule));
  }

  protected override initialState(): void {
    this.parts = emptyParts();
    this.followUpOn = this.offeredFollowUp;
    this.errors = [];
    this.wordsInReminder = false;
  }

  protected override currentData(): RepairData {
    return { with: this.names, ...this.parts, followUp: this.followUpOn, text: this.text };
  }

  /** The words come from the data; who it is with comes from the element. */
  protected override applyData(data: RepairData): void {
    this.parts = { part: data.part, impact: data.impact, apology: data.apology, plan: data.plan, reconnect: data.reconnect };
    this.followUpOn = data.followUp;
    this.errors = [];
  }

  protected override typedText(): readonly string[] {
    return repairFields.map((field) => this.parts[field]);
  }

  /** JSON of the data once Done would accept it, `''` before (so `required` holds a form back until then). */
  protected override formValue(): string {
    return this.missing().length ? '' : JSON.stringify(this.dataNow());
  }

  /** The words (or the steps written), for `send-to` and `share`. */
  protected override takeAwayText(): string {
    return repairToText(this.dataNow(), this.localize, this.takeAwayContext);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // `follow-up` changed after the first render (by the page, the builder): the date offered follows it.
    if (this.hasUpdated && changed.has('followUp')) {
      this.followUpOn = this.offeredFollowUp;
      this.syncForm();
    }
  }

  // ——— the words ———

  private get templates(): RepairTemplates {
    return Object.fromEntries(templateKeys.map((key) => [key, this.t(`sentence.${key}`)])) as unknown as RepairTemplates;
  }

  private composedFor = { key: '', text: '', missing: [] as RequiredField[] };

  /** The composition of the words as they are now (composed once per edit: the data, the form, the event and the render share it). */
  private get composition(): { text: string; missing: RequiredField[] } {
    const templates = this.templates;
    const key = JSON.stringify([this.parts, this.names, this.locale, templates]);
    if (this.composedFor.key !== key) {
      const input = { parts: this.parts, names: this.names, lang: this.locale, rules: repairLanguageFor(this.locale).rules, tidy: repairTidy, templates };
      this.composedFor = { key, text: composeRepair(input), missing: missingFields(input) };
    }
    return this.composedFor;
  }

  /** What the person could say; `''` while a step is missing, and after words of danger or caution (nothing is composed to say to anyone then). */
  private get text(): string {
    return this.coachingOff ? '' : this.composition.text;
  }

  /** What Done still needs; nothing while the person writes words of danger or caution (they are not pressed for more). */
  private missing(): RequiredField[] {
    return this.concerned ? [] : this.composition.missing;
  }

  /** The hints found in what is written now (none with `no-hints`, in a language without hints, or after words of danger). */
  private get foundHints(): RepairHint[] {
    const rules = repairLanguageFor(this.locale).hints;
    if (this.noHints || this.coachingOff || !rules) return [];
    return repairHints(Object.fromEntries(hintFields.map((field) => [field, this.parts[field]])), rules);
  }

  private get takeAwayContext() {
    return { title: this.headingText, names: this.names.length ? this.nameText : '' };
  }

  // ——— the person's actions ———

  private readonly actions: RepairActions = {
    edit: (field, text) => {
      this.parts = { ...this.parts, [field]: text };
      this.edited();
    },
    setFollowUp: (iso) => {
      if (iso === this.followUpOn) return;
      this.followUpOn = iso;
      this.edited();
    },
    clearFollowUp: () => {
      this.followUpOn = null;
      this.edited();
      void this.focusLater('#follow-up');
    },
    choose: (choice) => {
      const choices = this.choices;
      this.parts = { ...this.parts, reconnect: chooseWords(this.parts.reconnect, choice, choices) };
      this.edited();
      void this.focusLater('#reconnect');
    },
    setWordsInReminder: (on) => (this.wordsInReminder = on),
    addReminder: () => {
      const file = reminderFile(this.dataNow(), this.localize, this.names.length ? this.nameText : '', this.wordsInReminder);
      if (!file) return;
      this.downloadAndSay(file.name, 'text/calendar', file.content);
      this.say(this.t('reminderDownloaded', { file: file.name }));
    },
    copy: async () => {
      const text = this.text;
      if (text) await this.copyAndSay(text);
      else this.say(this.t('nothingToCopy', { parts: this.missingText(this.missing()) }));
    },
    download: () => {
      const file = repairFile(this.dataNow(), this.localize, this.takeAwayContext);
      this.downloadAndSay(file.name, 'text/markdown', file.content);
    },
    print: () => window.print(),
  };

  private edited(): void {
    this.message = '';
    this.completed = false;
    this.commit();
  }

  private missingText(missing: readonly RequiredField[]): string {
    return listOf(this.locale, missing.map((field) => this.t(missingKeys[field])));
  }

  private async done(): Promise<void> {
    const missing = this.missing();
    this.errors = missing;
    if (missing.length) {
      this.completed = false;
      this.say(this.t('stillMissing', { parts: this.missingText(missing) }));
      await this.focusAfterPaint(`#${missing[0]}`);
      return;
    }
    this.complete();
    this.say(this.completedText());
  }

  /** The source's three ways to reconnect, in the reader's language, naming the other person. */
  private get choices(): WordsChoice[] {
    const choices = this.localize.content<readonly WordsChoice[]>('reconnectChoices');
    return (Array.isArray(choices) ? choices : repairStrings.reconnectChoices).map((choice) => ({
      label: interpolate(choice.label, { name: this.nameText }),
      words: choice.words,
    }));
  }

  /** Focus left a field Done found empty: its error goes once the field is written (never at a keystroke). */
  protected override fieldLeft(id: string): void {
    if (this.errors.includes(id as RequiredField) && !this.missing().includes(id as RequiredField)) this.errors = this.errors.filter((field) => field !== id);
  }

  // ——— rendering ———

  override worksheet(): Worksheet {
    const name = { name: this.nameText };
    const step = (field: 'part' | 'impact' | 'apology' | 'plan', lines: number) => ({ label: this.t(`${field}Label`, name), hint: this.t(`${field}Hint`, name), lines });
    return {
      title: this.headingText,
      intro: [this.t('intro'), ...(this.names.length ? [this.t('withNames', name)] : [])],
      parts: [
        step('part', 3),
        step('impact', 3),
        step('apology', 3),
        step('plan', 3),
        { label: this.t('followUpLabel'), hint: this.t('followUpHint'), lines: 1 },
        { label: this.t('reconnectLabel'), hint: this.t('reconnectHint', name), choices: [{ words: this.choices.map((choice) => choice.label) }], lines: 2 },
      ],
    };
  }

  protected override renderBody(): TemplateResult {
    const danger = this.concerned;
    const data = this.dataNow();
    const form: RepairForm = {
      name: this.nameText,
      hasNames: this.names.length > 0,
      parts: this.parts,
      followUp: this.followUpOn,
      errors: this.errors,
      hints: this.foundHints,
      fields: this.fields,
      danger,
      text: data.text,
      choices: this.choices,
      wordsInReminder: this.wordsInReminder,
    };
    const words = this.localize;
    // No introduction to a repair while the person writes words of danger: the note speaks to them instead.
    return html`${danger
        ? nothing
        : html`<div part="intro" class="intro no-print">
            <p>${this.t('intro')}</p>
            ${form.hasNames ? html`<p>${this.t('withNames', { name: form.name })}</p>` : nothing}
          </div>`}
      <div class="form no-print">
        ${renderStep(words, form, 'part', this.actions)} ${renderStep(words, form, 'impact', this.actions)}
        ${renderStep(words, form, 'apology', this.actions)} ${renderStep(words, form, 'plan', this.actions)}
        ${renderFollowUp(words, form, this.actions)} ${renderReconnect(words, form, this.actions)}
      </div>
      ${renderPreview(words, form)} ${renderPrinted(words, form, repairEntries(data, this.printLabels))} ${renderTakeAway(words, form, this.actions)}
      <div class="actions no-print">
        ${renderButton(this.t('done'), () => this.done(), { primary: true })} ${renderButton(this.t('reset'), () => this.startOver('#part'))}
      </div>
      ${renderStatus(this.message, this.completed, 'no-print')}`;
  }

  private get printLabels() {
    return {
      part: this.t('fieldPart'),
      impact: this.t('fieldImpact'),
      apology: this.t('fieldApology'),
      plan: this.t('fieldPlan'),
      followUp: this.t('fieldFollowUp'),
      reconnect: this.t('fieldReconnect'),
      date: (iso: string) => longDate(iso, this.locale),
    };
  }
}
