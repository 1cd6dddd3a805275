import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { oneOf } from '../core/attributes.js';
import { renderStatus } from '../core/chrome.js';
import { safeFileName } from '../core/export.js';
import { TendElement } from '../core/tend-element.js';
import type { AgreementData, ReviewCadence } from '../core/types.js';
import { warn } from '../core/warn.js';
import { chooseTemplate } from './custom-template.js';
import { CADENCES, isIsoDate, nextReviewDate, toLocalDate, todayIso } from './review.js';
import { addItem, editItem, insertItem, moveItem, neighbourOf, parseNames, removeItem, type SectionState } from './edits.js';
import { GrowController } from './grow.js';
import { agreementSchema, reviewedRule } from './schema.js';
import { renderReview, renderSection, renderTakeAway, type SectionView } from './section-view.js';
import { renderSummary, type ChangeTarget } from './summary.js';
import { agreementTakeAway } from './take-away.js';
import { agreementStrings } from './strings.js';
import { agreementStyles } from './styles.js';
import {
  BUILT_IN_SECTION_IDS,
  TEMPLATE_IDS,
  builtInSection,
  type AgreementTemplate,
} from './templates.js';

type AgreementKey = keyof typeof agreementStrings;

const templateRule = oneOf([...TEMPLATE_IDS, 'custom'], 'three-point');
const reviewRule = oneOf(CADENCES, 'monthly');

/**
 * A living relationship agreement: a title, the people it is with, sections of items (time
 * together, boundaries, communication style…) to add, edit, remove and reorder, and a review
 * rhythm with the next review date. It can be copied as text, downloaded as Markdown or as a
 * calendar reminder (.ics), and printed as a clean one-page document. After Done it shows the
 * agreement as a summary to read (like GOV.UK's "Check your answers"), with a way back to edit.
 *
 * A custom template is given as JSON in a child `<script type="application/json">`
 * (see `custom-template.ts` for its shape: `{ "sections": [{ "title": "…", "prompt": "…", "examples": ["…"] }] }`).
 *
 * @tagname tend-agreement
 * @summary Drafts, keeps and reviews a living relationship agreement.
 *
 * @fires tend-change - The agreement changed: `detail` is `{ exercise: 'agreement', version: 1, data }`.
 * @fires tend-complete - The person pressed Done with at least one item: `detail` adds `completedAt`.
 *
 * @slot - An optional `<script type="application/json">` holding a custom template (and/or one with `data-tend-strings` holding string overrides).
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The widget's heading.
 * @csspart field - A label with its field.
 * @csspart label - A field's visible label.
 * @csspart hint - A hint or a section's prompt.
 * @csspart input - A text field or the review select.
 * @csspart button - Every button.
 * @csspart section - One section of the agreement.
 * @csspart section-title - A section's title.
 * @csspart item - One item of a section, with its field and buttons.
 * @csspart review - The review rhythm and dates.
 * @csspart status - The confirmation after copying, downloading or finishing.
 * @csspart summary - After Done: the agreement as a list to read, each part with a "Change" button back to the form.
 * @csspart privacy - The note shown when the draft is kept in this browser.
 */
export class TendAgreement extends TendElement<'agreement', AgreementKey> {
  static override exercise = 'agreement' as const;
  static override strings = agreementStrings;
  static override styles = [...TendElement.styles, agreementStyles];
  static override attributeRules = { ...TendElement.attributeRules, template: templateRule, review: reviewRule, reviewed: reviewedRule };

  /** `three-point` (default: time together, boundaries, communication style), `full` or `blank`. A JSON child gives a custom template. */
  @property() template?: string;

  /** Comma-separated names of the other people, e.g. `with="Alex, Sam"`. */
  @property() with?: string;

  /** Review rhythm: `weekly`, `monthly` (default) or `quarterly`. */
  @property() review?: string;

  /** Date of the last review, `YYYY-MM-DD`. */
  @property() reviewed?: string;

  protected override readonly valueSchema = agreementSchema;

  @state() private agreementTitle = '';
  @state() private withText = '';
  @state() private sections: SectionState[] = [];
  @state() private cadence: ReviewCadence = 'monthly';
  @state() private lastReviewed: string | null = null;
  /** The day it was agreed: a first draft asks for it (today by default); the first review counts from it. */
  @state() private agreedOn: string | null = null;
  @state() private addDrafts: string[] = [];
  @state() private missing = false;
  /** The person chose to put the items in the calendar reminder (by default it holds only the title and date). */
  @state() private itemsInReminder = false;
  /** After Done: the agreement shown as a summary to read, with a way back to each part. */
  @state() private summaryShown = false;

  private nextKey = 0;
  /** Fits the growing fields to their text where the browser cannot. */
  protected readonly grow = new GrowController(this);
  /** The sections' template's window on the element (see section-view.ts). */
  private readonly view: SectionView = {
    t: (key, values) => this.t(key, values),
    sectionText: (section, key) => this.sectionText(section, key),
    sectionExamples: (section) => this.sectionExamples(section),
    missing: () => this.missing,
    danger: () => this.danger !== null,
    addDraft: (section) => this.addDrafts[section] ?? '',
    setDraft: (section, text) => this.setDraft(section, text),
    addItem: (section) => this.addItem(section),
    editItem: (section, key, text) => this.editItem(section, key, text),
    removeItem: (section, index) => this.removeItem(section, index),
    moveItem: (section, index, delta, focus) => this.moveItem(section, index, delta, focus),
    onItemKeydown: (event, section, index) => this.onItemKeydown(event, section, index),
    onItemFocusOut: (event, section, key) => this.onItemFocusOut(event, section, key),
  };
  /** Looks up built-in content in the reader's language (for the templates). */
  // The templates' keys are built from section ids at run time (`section.<id>.title`), so they are checked there.
  private readonly lookup = (key: string): unknown => this.content(key as AgreementKey);
  private templateCache: { source: string; template: AgreementTemplate } | undefined;

  protected override initialState(): void {
    const template = this.resolveTemplate();
    this.agreementTitle = template.title ?? this.t('defaultTitle');
    this.withText = parseNames(this.with ?? '').join(', ');
    this.cadence = this.attrs.read('review', this.review, reviewRule);
    this.lastReviewed = this.attrs.read('reviewed', this.reviewed, reviewedRule);
    // An agreement given with its last review already exists: the day it was agreed is not known.
    this.agreedOn = this.lastReviewed ? null : todayIso();
    this.sections = this.templateSections(template);
    this.addDrafts = [];
    this.missing = false;
    this.summaryShown = false;
    this.message = '';
  }

  protected override currentData(): AgreementData {
    return {
      title: this.agreementTitle,
      with: parseNames(this.withText),
      sections: this.sections.map((section) => ({
        id: section.id,
        title: this.sectionText(section, 'title'),
        items: section.items.map((item) => item.text.trim()).filter(Boolean),
      })),
      review: {
        cadence: this.cadence,
        agreedOn: this.agreedOn,
        lastReviewed: this.lastReviewed,
        nextReview: this.nextReview,
      },
    };
  }

  protected override applyData(data: AgreementData): void {
    const template = this.resolveTemplate();
    this.agreementTitle = data.title;
    this.withText = data.with.map((name) => name.trim()).filter(Boolean).join(', ');
    this.cadence = data.review.cadence;
    this.agreedOn = data.review.agreedOn ?? null;
    this.lastReviewed = data.review.lastReviewed;
    this.sections = data.sections.map((section) => {
      const builtIn = BUILT_IN_SECTION_IDS.includes(section.id) ? builtInSection(section.id, this.lookup) : undefined;
      const base = template.sections.find((s) => s.id === section.id) ?? builtIn;
      return this.sectionState(
        { id: section.id, title: section.title, prompt: base?.prompt ?? '', examples: base?.examples ?? [] },
        section.title === builtIn?.title,
        section.items.map((item) => item.trim()).filter(Boolean),
      );
    });
    this.addDrafts = [];
    this.missing = false;
    this.summaryShown = false;
  }

  /** A kept draft remembers whether the summary was showing, so a reload after Done shows it again. */
  protected override draftData(): object {
    return { ...this.currentData(), summary: this.summaryShown };
  }

  protected override applyDraftExtras(stored: Record<string, unknown>): void {
    this.summaryShown = stored.summary === true;
  }

  protected override typedText(): readonly string[] {
    return [this.agreementTitle, ...this.sections.flatMap((section) => section.items.map((item) => item.text)), ...Array.from(this.addDrafts, (draft) => draft ?? '')];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) return;
    if (changed.has('review')) this.cadence = this.attrs.read('review', this.review, reviewRule);
    if (changed.has('reviewed')) this.lastReviewed = this.attrs.read('reviewed', this.reviewed, reviewedRule);
    if (changed.has('with')) this.withText = parseNames(this.with ?? '').join(', ');
    if (changed.has('template')) {
      // Keep what was written in sections the new template also has.
      const old = new Map(this.sections.map((section) => [section.id, section.items]));
      this.sections = this.templateSections(this.resolveTemplate()).map((section) =>
        old.get(section.id)?.length ? { ...section, items: old.get(section.id)! } : section,
      );
      this.addDrafts = [];
    }
  }

  /** The template from the `template` attribute or the JSON child; the default (and one warning) when either is invalid. */
  private resolveTemplate(): AgreementTemplate {
    const name = this.attrs.read('template', this.template, templateRule);
    const script = this.querySelector(':scope > script[type="application/json"]:not([data-tend-strings])');
    const source = script ? `json:${script.textContent ?? ''}` : `name:${name}`;
    if (this.templateCache?.source !== source) {
      this.templateCache = { source, template: chooseTemplate(name, script?.textContent ?? null, this.lookup, (problem) => warn(this, problem)) };
    }
    return this.templateCache.template;
  }

  /** A template's sections as the widget keeps them: a built-in template's follow the reader's language. */
  private templateSections(template: AgreementTemplate): SectionState[] {
    return template.sections.map((section) => this.sectionState(section, template.id !== 'custom', section.items));
  }

  private sectionState(
    section: { id: string; title: string; prompt: string; examples: string[] },
    builtIn: boolean,
    items: readonly string[],
  ): SectionState {
    return {
      id: section.id,
      builtIn,
      title: section.title,
      prompt: section.prompt,
      examples: [...section.examples],
      items: items.map((text) => ({ key: this.nextKey++, text })),
    };
  }

  /** A section's title or prompt: a built-in section's in the reader's language. */
  private sectionText(section: SectionState, key: 'title' | 'prompt'): string {
    return section.builtIn ? this.t(`section.${section.id}.${key}` as AgreementKey) : section[key];
  }

  private sectionExamples(section: SectionState): string[] {
    return section.builtIn ? builtInSection(section.id, this.lookup).examples : section.examples;
  }

  // ——— editing ———

  private setDraft(sectionIndex: number, text: string): void {
    const drafts = [...this.addDrafts];
    drafts[sectionIndex] = text;
    this.addDrafts = drafts;
  }

  private addItem(sectionIndex: number): void {
    const section = this.sections[sectionIndex];
    if (!section) return;
    const text = (this.addDrafts[sectionIndex] ?? '').trim();
    if (!text) {
      this.announcer.announce(this.t('emptyAdd'));
      void this.focusLater(`#add-${sectionIndex}`);
      return;
    }
    this.sections = addItem(this.sections, sectionIndex, { key: this.nextKey++, text });
    this.setDraft(sectionIndex, '');
    this.missing = false;
    this.message = '';
    this.commit();
    this.announcer.announce(this.t('added', { section: this.sectionText(section, 'title'), item: text }));
  }

  private editItem(sectionIndex: number, key: number, text: string): void {
    this.sections = editItem(this.sections, sectionIndex, key, text);
    if (text.trim()) this.missing = false;
    this.commit();
  }

  private removeItem(sectionIndex: number, index: number, moveFocus = true): void {
    const items = this.sections[sectionIndex]?.items;
    const item = items?.[index];
    if (!items || !item) return;
    const neighbour = neighbourOf(items, index);
    this.sections = removeItem(this.sections, sectionIndex, index);
    if (moveFocus) void this.focusLater(neighbour ? `#item-${neighbour.key}` : `#add-${sectionIndex}`);
    if (item.text.trim()) {
      this.commit();
      const removed = this.t('removed', { item: item.text.trim() });
      this.undo.offerUndo(removed, () => {
        this.sections = insertItem(this.sections, sectionIndex, index, item);
        this.commit();
        this.announcer.announce(this.t('undone'));
        void this.focusLater(`#item-${item.key}`);
      });
      this.announcer.announce(`${removed} ${this.t('undoHint')}`);
    }
  }

  private moveItem(sectionIndex: number, index: number, delta: -1 | 1, focus: 'input' | 'up' | 'down'): void {
    const items = this.sections[sectionIndex]?.items;
    const item = items?.[index];
    const moved = moveItem(this.sections, sectionIndex, index, delta);
    if (!items || !item || !moved) return;
    const target = index + delta;
    this.sections = moved;
    void this.focusLater(focus === 'input' ? `#item-${item.key}` : `#item-${item.key}-${focus}`);
    this.commit();
    this.announcer.announce(
      this.t('moved', { item: item.text.trim() || this.t('itemLabel', { number: target + 1 }), position: target + 1, count: items.length }),
    );
  }

  private onItemKeydown(event: KeyboardEvent, sectionIndex: number, index: number): void {
    // An item is one line that wraps as it grows: Enter never breaks it.
    if (event.key === 'Enter' && !event.isComposing) event.preventDefault();
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    this.moveItem(sectionIndex, index, event.key === 'ArrowUp' ? -1 : 1, 'input');
  }

  /** An item left empty is not kept: it goes when focus leaves its row. */
  private onItemFocusOut(event: FocusEvent, sectionIndex: number, key: number): void {
    const row = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && row.contains(event.relatedTarget)) return;
    const index = this.sections[sectionIndex]?.items.findIndex((i) => i.key === key) ?? -1;
    const item = this.sections[sectionIndex]?.items[index];
    if (item && !item.text.trim()) this.removeItem(sectionIndex, index, false);
  }

  // ——— review ———

  private formatDate(iso: string): string {
    const date = toLocalDate(iso);
    try {
      return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long' }).format(date);
    } catch {
      return new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(date);
    }
  }

  private get nextReview(): string {
    return nextReviewDate(this.lastReviewed ?? this.agreedOn, this.cadence);
  }

  /** A first draft (agreed today or not yet reviewed since a date to come) asks for its date instead of offering a review. */
  private get reviewDue(): boolean {
    const since = this.lastReviewed ?? this.agreedOn;
    return since !== null && since < todayIso();
  }

  private onAgreedOn(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    const agreedOn = isIsoDate(value) ? value : null;
    if (agreedOn === this.agreedOn) return;
    this.agreedOn = agreedOn;
    this.commit();
  }

  private markReviewed(): void {
    this.lastReviewed = todayIso();
    this.commit();
    this.announcer.announce(this.t('reviewedToday', { date: this.formatDate(this.nextReview) }));
  }

  private onCadence(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as ReviewCadence;
    if (!CADENCES.includes(value)) return;
    this.cadence = value;
    this.commit();
    this.announcer.announce(`${this.t('nextReview')}: ${this.formatDate(this.nextReview)}`);
  }

  // ——— take-away ———

  private takeAway() {
    return agreementTakeAway(this.currentData(), { t: (key, values) => this.t(key, values), formatDate: (iso) => this.formatDate(iso) });
  }

  /** The agreement as the copied text, for `send-to` and `share` (`''` while it has no item). */
  protected override takeAwayText(): string {
    if (!this.sections.some((section) => section.items.some((item) => item.text.trim()))) return '';
    return this.takeAway().text();
  }

  private copy(): Promise<void> {
    return this.copyAndSay(this.takeAway().text());
  }

  private downloadMarkdown(): void {
    const takeAway = this.takeAway();
    this.downloadAndSay(safeFileName(takeAway.doc.title, 'md', 'agreement'), 'text/markdown', takeAway.markdown());
  }

  private downloadCalendar(): void {
    const takeAway = this.takeAway();
    this.downloadAndSay(safeFileName(takeAway.doc.title, 'ics', 'agreement'), 'text/calendar', takeAway.calendar(this.itemsInReminder));
  }

  private async done(): Promise<void> {
    const hasItems = this.sections.some((section) => section.items.some((item) => item.text.trim()));
    if (!hasItems) {
      this.missing = true;
      this.message = '';
      await this.focusLater('#add-0');
      return;
    }
    this.missing = false;
    this.complete();
    this.summaryShown = true;
    this.saveDraft();
    this.say(this.completedText('finished'));
    await this.focusLater('#summary-heading');
  }

  /** From the summary back to the form, with the focus on what is to be changed. */
  private async changeFrom(target: ChangeTarget): Promise<void> {
    this.summaryShown = false;
    this.completed = false;
    this.message = '';
    this.saveDraft();
    await this.updateComplete;
    const firstItem = target.field === 'section' ? this.sections[target.index]?.items[0] : undefined;
    const selector =
      target.field === 'section' ? (firstItem ? `#item-${firstItem.key}` : `#add-${target.index}`) : target.field === 'review' ? '#cadence' : `#${target.field}`;
    await this.focusLater(selector);
  }

  // ——— rendering ———

  protected override renderBody() {
    return this.summaryShown ? this.renderSummaryView() : this.renderForm();
  }

  private renderSummaryView() {
    const { doc, labels } = this.takeAway();
    const text = { heading: this.t('summaryHeading'), hint: this.t('summaryHint'), title: this.t('titleLabel'), change: this.t('change') };
    return html`${renderSummary(doc, labels, text, (target) => void this.changeFrom(target))} ${this.renderTakeAway()}
      <div class="actions no-print">
        <button part="button" type="button" @click=${() => this.changeFrom({ field: 'title' })}>${this.t('editAgreement')}</button>
      </div>
      ${renderStatus(this.message, this.completed, 'no-print')}`;
  }

  private renderTakeAway() {
    return renderTakeAway({
      t: (key) => this.t(key),
      copy: () => this.copy(),
      downloadMarkdown: () => this.downloadMarkdown(),
      downloadCalendar: () => this.downloadCalendar(),
      itemsInReminder: this.itemsInReminder,
      setItemsInReminder: (on) => (this.itemsInReminder = on),
    });
  }

  private renderForm() {
    const names = parseNames(this.withText);
    return html`
      <p class="intro">${this.t('intro')}</p>
      <p part="hint" id="items-hint" class="no-print">${this.t('itemsHint')}</p>
      <p class="print-only print-title">${this.agreementTitle.trim() || this.t('defaultTitle')}</p>
      ${names.length ? html`<p class="print-only">${this.t('withLabel')}: ${names.join(', ')}</p>` : nothing}
      <div class="people">
        ${this.renderField('title', this.t('titleLabel'), this.agreementTitle, (value) => (this.agreementTitle = value))}
        ${this.renderField('with', this.t('withLabel'), this.withText, (value) => (this.withText = value), this.t('withHint'))}
      </div>
      ${this.sections.map((section, index) => renderSection(this.view, section, index))}
      ${renderReview({
        t: (key, values) => this.t(key, values),
        cadence: this.cadence,
        agreedOn: this.agreedOn,
        lastReviewed: this.lastReviewed,
        nextReview: this.nextReview,
        reviewDue: this.reviewDue,
        formatDate: (iso) => this.formatDate(iso),
        onCadence: (event) => this.onCadence(event),
        onAgreedOn: (event) => this.onAgreedOn(event),
        markReviewed: () => this.markReviewed(),
      })}
      ${this.renderTakeAway()}
      <div class="actions no-print">
        <button part="button" type="button" class="primary" @click=${this.done}>${this.t('done')}</button>
      </div>
      ${renderStatus(this.message, this.completed, 'no-print')}
    `;
  }

  /** The title or the names field: every keystroke is kept. */
  private renderField(id: string, label: string, value: string, set: (value: string) => void, hint?: string) {
    return html`<div part="field">
      <label part="label" for=${id}>${label}</label>
      ${hint ? html`<span part="hint" id="${id}-hint">${hint}</span>` : nothing}
      <input
        part="input"
        id=${id}
        type="text"
        autocomplete="off"
        aria-describedby=${hint ? `${id}-hint` : nothing}
        .value=${live(value)}
        @input=${(e: Event) => {
          set((e.target as HTMLInputElement).value);
          this.commit();
        }}
      />
    </div>`;
  }
}
