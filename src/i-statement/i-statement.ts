import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { renderStatus } from '../core/chrome.js';
import { TendElement } from '../core/tend-element.js';
import type { Worksheet } from '../core/worksheet.js';
import { grammarReading as grammar, type Grammar } from './grammar-reading.js';
import type { IStatementData } from './schema.js';
import type { CompositionRules, SentenceTemplates, Composition } from './compose.js';
import type { CoachingHint } from './hints.js';
import type { StatementLanguage } from './language.js';
import { partsFrom, statementFields, type StatementField, type StatementParts } from './parts.js';
import { iStatementSchema } from './schema.js';
import { iStatementStrings } from './strings.js';
import { iStatementStyles } from './styles.js';
import { emotionsRule, offeredFeelings, type FeelingGroup } from '../core/feelings.js';
import { listOf } from '../core/localize.js';
import { lastOf } from '../core/memo.js';
import { renderEmotion, renderExample, renderPreview, renderText, type FieldsView, type RequiredField } from './view.js';
import { filterVocabulary, moveActive, optionCount, optionWord, type FilteredGroup } from './vocabulary.js';


/** Parts composed with a language's rules, the four sentence templates and the offered feelings (as plain arguments, so `lastOf` can tell when any changed). */
function composeIn(
  compose: Grammar['composition'],
  parts: StatementParts,
  rules: CompositionRules,
  withReason: string,
  withoutReason: string,
  feelNoun: string,
  feelAdjective: string,
  vocabulary: readonly FeelingGroup[],
): Composition {
  return compose(parts, { rules, templates: { withReason, withoutReason, feelNoun, feelAdjective }, vocabulary });
}

/** The preview with no words in it (as `composition` shows it): what shows until the watch and the grammar have read the person's. */
function blankPreview(templates: SentenceTemplates, placeholder = '…'): string {
  const sentence = templates.withoutReason.replace(/\{(\w+)\}/g, (match, name: string) =>
    name === 'feel' ? templates.feelNoun : statementFields.includes(name as StatementField) ? placeholder : match,
  );
  return sentence.split(`${placeholder}.`).join(placeholder);
}

const requiredFields = ['emotion', 'situation', 'need'] as const;

const partKeys = { emotion: 'partEmotion', situation: 'partSituation', need: 'partNeed' } as const;

/**
 * The I-statement builder: walks a person through "I feel [emotion] when [situation] because
 * [reason]. I need [request]." with a searchable feelings vocabulary, a live preview, gentle
 * coaching hints, an example, copying, and a Done button that says what is missing.
 *
 * @tagname tend-i-statement
 * @summary Builds a calm "I feel … when … because …. I need …." sentence, without blame.
 *
 * @fires tend-change - On every edit; `detail`: `{ exercise: 'i-statement', version: 1, data: { emotion, situation, reason, need, text } }`.
 * @fires tend-complete - When Done is pressed with the feeling, situation and need written; `detail` adds `completedAt` (ISO 8601).
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The title.
 * @csspart field - The wrapper of each field.
 * @csspart label - Each field's visible label.
 * @csspart hint - Each field's short hint of what goes there.
 * @csspart input - The text fields.
 * @csspart button - Every button.
 * @csspart listbox - The list of feeling words.
 * @csspart option - One feeling word in the list.
 * @csspart coaching - A coaching tip under a field.
 * @csspart error - An error message under a field (Done pressed too early).
 * @csspart preview - The box with the composed sentence.
 * @csspart sentence - The composed sentence.
 * @csspart example - The example, shown by "Show an example".
 * @csspart status - Confirmations (copied, checked, finished).
 * @csspart privacy - The note about the saved draft (with `persist`).
 *
 * @cssproperty --tend-i-statement-list-height - Maximum height of the list of feeling words (default 16rem).
 */
export class TendIStatement extends TendElement<'i-statement', keyof typeof iStatementStrings> {
  static override exercise = 'i-statement' as const;
  static override strings = iStatementStrings;
  static override styles = [...TendElement.styles, iStatementStyles];
  /** The reactive properties (attributes as documented on each field; `state`: internal). */
  static override properties: PropertyDeclarations = {
    emotion: {}, situation: {}, reason: {}, need: {}, emotions: {}, noHints: { attribute: 'no-hints', type: Boolean },
    parts: { state: true, attribute: false }, listOpen: { state: true, attribute: false },
    activeIndex: { state: true, attribute: false }, browseAll: { state: true, attribute: false },
    errors: { state: true, attribute: false }, exampleShown: { state: true, attribute: false },
  };
  static override attributeRules = { ...TendElement.attributeRules, emotions: emotionsRule };

  /** Prefills the "I feel" field. */
  emotion?: string;

  /** Prefills the "when" field. */
  situation?: string;

  /** Prefills the optional "because" field. */
  reason?: string;

  /** Prefills the "I need" field. */
  need?: string;

  /** Comma-separated feeling words that replace the built-in vocabulary (e.g. `"calm, hurt, hopeful"`). */
  emotions?: string;

  /** Turns the coaching hints off. */
  noHints = false;

  private parts: StatementParts = partsFrom({});
  private listOpen = false;
  private activeIndex = -1;
  /** The person asked for the list while their own word matches none: show every word. */
  private browseAll = false;
  private errors: RequiredField[] = [];
  private exampleShown = false;

  private get emotionInput(): HTMLInputElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLInputElement>('#emotion');
  }

  protected override readonly valueSchema = iStatementSchema;

  protected override initialState(): void {
    this.parts = partsFrom(this);
    this.listOpen = false;
    this.activeIndex = -1;
    this.errors = [];
    this.message = '';
  }

  protected override currentData(): IStatementData {
    return { ...this.parts, text: this.formValue() };
  }

  protected override typedText(): readonly string[] {
    return statementFields.map((field) => this.parts[field]);
  }

  protected override applyData(data: IStatementData): void {
    this.parts = partsFrom(data);
    this.errors = [];
    this.message = '';
  }

  /** The sentence, or `''` until the feeling, the situation and the need are written; never composed from words of danger or caution. */
  protected override formValue(): string {
    return this.coachingOff ? '' : (this.composed?.text ?? '');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A prefill attribute changed after the first render (e.g. by the page): show it.
    const prefilled = statementFields.filter((field) => changed.has(field));
    if (this.hasUpdated && prefilled.length) {
      this.parts = { ...this.parts, ...Object.fromEntries(prefilled.map((field) => [field, this[field] ?? ''])) };
      this.syncForm();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if ((changed.has('activeIndex') || changed.has('listOpen')) && this.listOpen && this.activeIndex >= 0) {
      this.renderRoot.querySelector(`#option-${this.activeIndex}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  protected override readings() {
    return [grammar];
  }

  /** The grammar of the widget's language: its tidying rules and, if it declares them, its hints (none until it is here). */
  private get language(): StatementLanguage | undefined {
    return grammar.value?.languageFor(this.locale);
  }

  private get templates(): SentenceTemplates {
    return {
      withReason: this.t('sentenceWithReason'),
      withoutReason: this.t('sentenceWithoutReason'),
      feelNoun: this.t('sentenceFeelNoun'),
      feelAdjective: this.t('sentenceFeelAdjective'),
    };
  }

  private get vocabulary(): FeelingGroup[] {
    return offeredFeelings(this.attrs.read('emotions', this.emotions, emotionsRule), this.localize);
  }

  /** The person's parts and the example, each composed once for as long as neither it nor the language and wording change. */
  private readonly composeParts = lastOf(composeIn);
  private readonly composeExample = lastOf(composeIn);

  private composeBy(compose: typeof composeIn, parts: StatementParts): Composition | undefined {
    const loaded = grammar.value;
    const rules: CompositionRules | undefined = this.language?.composition;
    if (!loaded || !rules) return undefined;
    const templates = this.templates;
    return compose(loaded.composition, parts, rules, templates.withReason, templates.withoutReason, templates.feelNoun, templates.feelAdjective, this.vocabulary);
  }

  /** The person's sentence, its preview and what it lacks: composed once per edit (the data, the form, the event and the render share it); none until the grammar is here. */
  private get composed(): Composition | undefined {
    return this.composeBy(this.composeParts, this.parts);
  }

  /** The parts Done and Check still need (as typed, until the grammar is here to tidy them). */
  private get missing(): StatementField[] {
    return this.composed?.missing ?? requiredFields.filter((field) => !this.parts[field].trim());
  }

  /** The sentence as the preview shows it: no words of the person's until the watch and the grammar have read them. */
  private get preview(): string {
    return (this.coachingOff ? undefined : this.composed?.preview) ?? blankPreview(this.templates);
  }

  /** The built-in example, as a sentence in the reader's language ('' until the grammar is here). */
  private get example(): string {
    return this.composeBy(this.composeExample, this.localize.content<StatementParts>('example'))?.text ?? '';
  }

  private get shownGroups(): FilteredGroup[] {
    return filterVocabulary(this.vocabulary, this.browseAll ? '' : this.parts.emotion);
  }

  /** Opens the list on request: the words matching what is typed, or all of them when none match. */
  private openList(): void {
    this.browseAll = false;
    if (this.optionCount() === 0) this.browseAll = true;
    this.listOpen = this.optionCount() > 0;
  }

  /** The coaching tips the person's words bring now (a field focus is in keeps those it showed: see `fields`). */
  private get hints(): CoachingHint[] {
    const language = this.language;
    if (this.noHints || this.coachingOff || !grammar.value || !language?.hints) return [];
    return grammar.value.detectHints(this.parts, language.hints, language.composition);
  }

  // ——— editing ———

  private edit(field: StatementField, text: string): void {
    this.parts = { ...this.parts, [field]: text };
    this.message = '';
    this.completed = false;
    this.commit();
  }

  private onEmotionInput(event: InputEvent): void {
    const text = (event.target as HTMLInputElement).value;
    this.edit('emotion', text);
    this.browseAll = false;
    this.activeIndex = -1;
    this.listOpen = text.trim() !== '' && this.optionCount() > 0;
  }

  private optionCount(): number {
    return optionCount(this.shownGroups);
  }

  private onEmotionKeydown(event: KeyboardEvent): void {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!this.listOpen) this.openList();
        const count = this.optionCount();
        if (!count) return;
        event.preventDefault();
        // Alt+Arrow only opens the list; otherwise move, wrapping around (from none: first or last).
        if (!event.altKey) this.activeIndex = moveActive(this.activeIndex, count, event.key === 'ArrowDown');
        break;
      }
      case 'Enter': {
        if (this.listOpen && this.activeIndex >= 0) {
          event.preventDefault();
          this.pick(optionWord(this.shownGroups, this.activeIndex));
        }
        break;
      }
      case 'Escape': {
        if (this.listOpen) {
          event.preventDefault();
          event.stopPropagation();
          this.closeList();
        }
        break;
      }
      case 'Tab':
        this.closeList();
        break;
      default:
    }
  }

  private closeList(): void {
    this.listOpen = false;
    this.browseAll = false;
    this.activeIndex = -1;
  }

  private pick(word: string | undefined): void {
    if (word === undefined) return;
    this.closeList();
    this.edit('emotion', word);
    this.emotionInput?.focus();
  }

  private toggleList(): void {
    if (this.listOpen) this.closeList();
    else {
      this.openList();
      this.activeIndex = -1;
    }
    this.emotionInput?.focus();
  }

  /** Focus left a field: its error goes once it is written (never while the person types: see `fields`). */
  protected override fieldLeft(field: string): void {
    if (this.errors.includes(field as RequiredField) && this.parts[field as StatementField]?.trim()) this.errors = this.errors.filter((f) => f !== field);
  }

  // ——— actions ———

  private missingText(missing: StatementField[]): string {
    const names = missing.map((field) => this.t(partKeys[field as RequiredField]));
    return listOf(this.locale, names);
  }

  private check(): void {
    const missing = this.missing;
    if (missing.length) {
      this.say(this.t('stillMissing', { parts: this.missingText(missing) }));
      return;
    }
    // Nothing is called ready before the safety watch has read the words.
    if (this.coachingOff) return;
    const tips = this.hints.length;
    const ready = tips ? `${this.t('ready')} ${this.localize.plural('tips', tips)}` : this.t('ready');
    this.say(ready, `${this.formValue()} ${ready}`);
  }

  private async copy(): Promise<void> {
    const text = this.formValue();
    if (!text) {
      const missing = this.missing;
      if (missing.length) this.say(this.t('nothingToCopy', { parts: this.missingText(missing) }));
    } else {
      await this.copyAndSay(text);
    }
  }

  private async done(): Promise<void> {
    const missing = this.concerned ? [] : (this.missing as RequiredField[]);
    this.errors = missing;
    this.message = '';
    if (missing.length) {
      this.completed = false;
      return this.focusAfterPaint(`#${missing[0]}`);
    }
    this.closeList();
    this.complete();
    this.say(this.completedText());
  }

  private onStartOver(): void {
    this.exampleShown = false;
    this.startOver('#emotion');
  }

  // ——— rendering ———

  override worksheet(): Worksheet {
    const field = (name: 'emotion' | 'situation' | 'reason' | 'need', lines: number) => ({ label: this.t(`${name}Label`), hint: this.t(`${name}Hint`), lines });
    return {
      title: this.headingText,
      intro: [this.t('intro')],
      parts: [{ ...field('emotion', 1), choices: this.vocabulary }, field('situation', 2), field('reason', 2), field('need', 2)],
    };
  }

  protected override renderBody(): TemplateResult {
    const words = this.localize;
    const view: FieldsView = { words, errors: this.errors, hints: this.hints, fields: this.fields };
    const edit = (field: StatementField, text: string) => this.edit(field, text);
    // While the watch loads, the layout stays as it will be (the preview shows no words of the person's until it read them).
    const coaching = !this.concerned && !this.watchFailed;
    const toggleExample = () => (this.exampleShown = !this.exampleShown);
    return html`${coaching
        ? html`<p class="intro">${this.t('intro')}</p>${renderExample(words, this.example, this.exampleShown, toggleExample)}`
        : nothing}
      ${renderEmotion(view, this.parts.emotion, {
        open: this.listOpen,
        active: this.activeIndex,
        groups: this.listOpen ? this.shownGroups : [],
        input: (event) => this.onEmotionInput(event),
        keydown: (event) => this.onEmotionKeydown(event),
        close: () => this.closeList(),
        toggle: () => this.toggleList(),
        pick: (word) => this.pick(word),
      })}
      ${renderText(view, 'situation', this.parts.situation, edit)} ${renderText(view, 'reason', this.parts.reason, edit)}
      ${renderText(view, 'need', this.parts.need, edit)}
      ${coaching ? renderPreview(words, this.preview) : nothing}
      <div class="actions no-print">
        ${coaching
          ? html`<button part="button" type="button" @click=${this.check}>${this.t('check')}</button>
              <button part="button" type="button" @click=${this.copy}>${this.t('copy')}</button>`
          : nothing}
        <button part="button" type="button" class="primary" @click=${this.done}>${this.t('done')}</button>
        <button part="button" type="button" @click=${this.onStartOver}>${this.t('reset')}</button>
      </div>
      ${renderStatus(this.message, this.completed)}`;
  }
}
