import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { oneOf } from '../core/attributes.js';
import { renderButton, renderStatus } from '../core/chrome.js';
import { longDate, todayIso } from '../core/dates.js';
import { renderDate, rendersAsServer } from '../core/server-render.js';
import { TendElement } from '../core/tend-element.js';
import type { Worksheet } from '../core/worksheet.js';
import { renderField, textInput } from '../core/field.js';
import type { ReviewCadence } from '../core/types.js';
import type { AgreementData } from './schema.js';
import { warn } from '../core/warn.js';
import { chooseTemplate } from './custom-template.js';
import { addItem, editItem, insertItem, moveItem, neighbourOf, parseNames, removeItem, type SectionState } from './edits.js';
import { GrowController } from './grow-controller.js';
import { CADENCES, isReviewDue, nextReviewDate } from './review.js';
import { renderReview, type ReviewActions } from './review-view.js';
import { agreementSchema, reviewedRule } from './schema.js';
import { renderSections, type SectionActions } from './section-view.js';
import { hasItems, keepWritten, sectionText, sectionsData, sectionsFromData, templateSections } from './sections.js';
import { agreementStrings } from './strings.js';
import { agreementStyles } from './styles.js';
import { changeTargetSelector, renderSummary, type ChangeTarget } from './summary-view.js';
import { agreementFiles } from './files-reading.js';
import { agreementTakeAway } from './take-away.js';
import { renderTakeAway, type TakeAwayActions } from './take-away-view.js';
import { TEMPLATE_IDS, type AgreementTemplate } from './templates.js';
import type { AgreementKey } from './words.js';

const templateRule = oneOf([...TEMPLATE_IDS, 'custom'], 'three-point');
const reviewRule = oneOf(CADENCES, 'monthly');

/**
 * A living relationship agreement: a title, the people it is with, sections of items (time
 * together, boundaries, communication style…) to add, edit, remove and reorder, and a review
 * rhythm with the next review date. It can be copied as text, downloaded as Markdown or as a
 * calendar reminder (.ics), and printed as a clean one-page document. After Done it shows the
 * agreement as a summary to read (like GOV.UK's "Check your answers"), with a way back to edit.
 *
 * A custom template is given as JSON in `custom-template` or in a child `<script type="application/json">`
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
 * @csspart input - A text field or the date it was agreed on.
 * @csspart radio - One choice of the review rhythm (week, month, three months).
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
  /** The reactive properties (attributes as documented on each field; `state`: internal). */
  static override properties: PropertyDeclarations = {
    template: {}, customTemplate: { attribute: 'custom-template' }, with: {}, review: {}, reviewed: {}, agreementTitle: { state: true, attribute: false },
    withText: { state: true, attribute: false }, sections: { state: true, attribute: false },
    cadence: { state: true, attribute: false }, lastReviewed: { state: true, attribute: false },
    agreedOn: { state: true, attribute: false }, addDrafts: { state: true, attribute: false },
    missing: { state: true, attribute: false }, itemsInReminder: { state: true, attribute: false },
    summaryShown: { state: true, attribute: false },
  };
  static override attributeRules = { ...TendElement.attributeRules, template: templateRule, review: reviewRule, reviewed: reviewedRule };

  /** `three-point` (default: time together, boundaries, communication style), `full` or `blank`. A JSON child gives a custom template. */
  template?: string;

  /**
   * A custom template as JSON (`{"sections": [{"title": "…", "prompt": "…", "examples": ["…"]}]}`), or as
   * an object when set as a property: the same as a JSON child, in a form a server render shows. It wins over `template`.
   */
  customTemplate?: string | object;

  /** Comma-separated names of the other people, e.g. `with="Alex, Sam"`. */
  with?: string;

  /** Review rhythm: `weekly`, `monthly` (default) or `quarterly`. */
  review?: string;

  /** Date of the last review, `YYYY-MM-DD`. */
  reviewed?: string;

  protected override readonly valueSchema = agreementSchema;

  /** The title the person wrote; `null` while it is the default, which follows the language (a locale loaded later too). */
  private agreementTitle: string | null = null;
  private withText = '';
  private sections: SectionState[] = [];
  private cadence: ReviewCadence = 'monthly';
  private lastReviewed: string | null = null;
  /** The day it was agreed: a first draft asks for it (today by default); the first review counts from it. */
  private agreedOn: string | null = null;
  private addDrafts: string[] = [];
  private missing = false;
  /** The person chose to put the items in the calendar reminder (by default it holds only the title and date). */
  private itemsInReminder = false;
  /** After Done: the agreement shown as a summary to read, with a way back to each part. */
  private summaryShown = false;

  private lastKey = 0;
  private readonly nextKey = () => this.lastKey++;
  /** Fits the growing fields to their text where the browser cannot. */
  protected readonly grow = new GrowController(this);
  /** Looks up built-in content in the reader's language (for the templates). */
  // The templates' keys are built from section ids at run time (`section.<id>.title`), so they are checked there.
  private readonly lookup = (key: string): unknown => this.localize.content(key as AgreementKey);
  private templateCache: { source: string; template: AgreementTemplate } | undefined;

  protected override initialState(): void {
    const template = this.resolveTemplate();
    this.agreementTitle = null;
    this.withText = parseNames(this.with ?? '').join(', ');
    this.cadence = this.attrs.read('review', this.review, reviewRule);
    this.lastReviewed = this.attrs.read('reviewed', this.reviewed, reviewedRule);
    // An agreement given with its last review already exists: the day it was agreed is not known.
    this.agreedOn = this.lastReviewed ? null : renderDate(this);
    this.sections = templateSections(template, this.nextKey);
    this.addDrafts = [];
    this.missing = false;
    this.summaryShown = false;
    this.message = '';
  }

  protected override currentData(): AgreementData {
    return { title: this.shownTitle, with: parseNames(this.withText), sections: sectionsData(this.sections, this.localize), review: this.reviewData };
  }

  protected override applyData(data: AgreementData): void {
    this.agreementTitle = this.isDefaultTitle(data.title) ? null : data.title;
    this.withText = data.with.map((name) => name.trim()).filter(Boolean).join(', ');
    this.cadence = data.review.cadence;
    this.agreedOn = data.review.agreedOn ?? null;
    this.lastReviewed = data.review.lastReviewed;
    this.sections = sectionsFromData(data.sections, this.resolveTemplate(), this.localize, this.nextKey);
    this.addDrafts = [];
    this.missing = false;
    this.summaryShown = false;
  }

  /** A kept draft remembers whether the summary was showing, so a reload after Done shows it again. */
  protected override draftData(): object {
    return { ...this.dataNow(), summary: this.summaryShown };
  }

  protected override applyDraftExtras(stored: Record<string, unknown>): void {
    this.summaryShown = stored.summary === true;
  }

  /** Something to send once there is an item (the title alone starts filled in). */
  protected override hasWords(): boolean {
    return this.sections.some((section) => section.items.some((item) => item.text.trim() !== ''));
  }

  protected override typedText(): readonly string[] {
    return [this.agreementTitle ?? '', this.withText, ...this.sections.flatMap((section) => section.items.map((item) => item.text)), ...Array.from(this.addDrafts, (draft) => draft ?? '')];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) return;
    if (changed.has('review')) this.cadence = this.attrs.read('review', this.review, reviewRule);
    if (changed.has('reviewed')) this.lastReviewed = this.attrs.read('reviewed', this.reviewed, reviewedRule);
    if (changed.has('with')) this.withText = parseNames(this.with ?? '').join(', ');
    if (changed.has('template') || changed.has('customTemplate')) {
      this.sections = keepWritten(this.sections, templateSections(this.resolveTemplate(), this.nextKey));
      this.addDrafts = [];
    }
  }

  /** The agreement's title: the person's, else the template's, else the default in the reader's language. */
  private get shownTitle(): string {
    return this.agreementTitle ?? this.defaultTitle;
  }

  private get defaultTitle(): string {
    return this.resolveTemplate().title ?? this.t('defaultTitle');
  }

  /** A title given back (a kept draft, `value`) that is a default, in this language or in English: it keeps following the language. */
  private isDefaultTitle(title: string): boolean {
    return title === this.defaultTitle || title === agreementStrings.defaultTitle;
  }

  /** The template from `custom-template`, the JSON child or `template`; the default (and one warning) when it is invalid. */
  private resolveTemplate(): AgreementTemplate {
    const name = this.attrs.read('template', this.template, templateRule);
    const given = this.customTemplate;
    // A server sees no children (the `custom-template` attribute reaches it); nor does the render that hydrates its HTML.
    const script = given || rendersAsServer(this) ? null : this.querySelector(':scope > script[type="application/json"]:not([data-tend-strings])');
    const json = given ? (typeof given === 'string' ? given : JSON.stringify(given)) : (script?.textContent ?? null);
    const source = json === null ? `name:${name}` : `json:${json}`;
    if (this.templateCache?.source !== source) {
      const origin = given ? 'custom-template' : undefined;
      this.templateCache = { source, template: chooseTemplate(name, json, this.lookup, (problem) => warn(this, problem), origin) };
    }
    return this.templateCache.template;
  }

  // ——— editing ———

  /** The person's edits, with the focus moves and announcements that go with them. */
  private readonly sectionActions: SectionActions = {
    setDraft: (section, text) => {
      const drafts = [...this.addDrafts];
      drafts[section] = text;
      this.addDrafts = drafts;
    },
    add: (section) => {
      const current = this.sections[section];
      if (!current) return;
      const text = (this.addDrafts[section] ?? '').trim();
      if (!text) {
        this.announcer.announce(this.t('emptyAdd'));
        void this.focusLater(`#add-${section}`);
        return;
      }
      this.sections = addItem(this.sections, section, { key: this.nextKey(), text });
      this.sectionActions.setDraft(section, '');
      this.message = '';
      this.commit();
      this.announcer.announce(this.t('added', { section: sectionText(current, 'title', this.localize), item: text }));
    },
    edit: (section, key, text) => {
      this.sections = editItem(this.sections, section, key, text);
      if (text.trim()) this.missing = false;
      this.commit();
    },
    remove: (section, index, moveFocus = true) => {
      const items = this.sections[section]?.items;
      const item = items?.[index];
      if (!items || !item) return;
      const neighbour = neighbourOf(items, index);
      this.sections = removeItem(this.sections, section, index);
      if (!item.text.trim()) {
        // An empty item is gone without an offer: focus goes to its neighbour (or the section's "add" field).
        if (moveFocus) void this.focusLater(neighbour ? `#item-${neighbour.key}` : `#add-${section}`);
        return;
      }
      this.commit();
      // "Removed: …" takes focus in the section, with Undo the next Tab (see the core's UndoController).
      const restore = () => {
        this.sections = insertItem(this.sections, section, index, item);
        this.commit();
      };
      this.undo.offerUndo(this.t('removed', { item: item.text.trim() }), restore, { at: `section-${section}`, focus: `#item-${item.key}` });
    },
    move: (section, index, delta, focus) => {
      const items = this.sections[section]?.items;
      const item = items?.[index];
      const moved = moveItem(this.sections, section, index, delta);
      if (!items || !item || !moved) return;
      const position = index + delta + 1;
      this.sections = moved;
      void this.focusLater(focus === 'input' ? `#item-${item.key}` : `#item-${item.key}-${focus}`);
      this.commit();
      this.announcer.announce(this.t('moved', { item: item.text.trim() || this.t('itemLabel', { number: position }), position, count: items.length }));
    },
    left: (section, key) => {
      const index = this.sections[section]?.items.findIndex((item) => item.key === key) ?? -1;
      const item = this.sections[section]?.items[index];
      if (item && !item.text.trim()) this.sectionActions.remove(section, index, false);
    },
  };

  /** The "add at least one item" error goes when focus leaves an "add" field with an item added, not under the cursor. */
  protected override fieldLeft(id: string): void {
    if (id.startsWith('add-') && this.missing && hasItems(this.sections)) this.missing = false;
  }

  // ——— review ———

  private get reviewData(): AgreementData['review'] {
    const { cadence, agreedOn, lastReviewed } = this;
    return { cadence, agreedOn, lastReviewed, nextReview: nextReviewDate(lastReviewed ?? agreedOn, cadence) };
  }

  private readonly reviewActions: ReviewActions = {
    setCadence: (cadence) => {
      this.cadence = cadence;
      this.commit();
      this.announcer.announce(`${this.t('nextReview')}: ${longDate(this.reviewData.nextReview, this.locale)}`);
    },
    setAgreedOn: (agreedOn) => {
      if (agreedOn === this.agreedOn) return;
      this.agreedOn = agreedOn;
      this.commit();
    },
    markReviewed: () => {
      this.lastReviewed = todayIso();
      this.commit();
      this.announcer.announce(this.t('reviewedToday', { date: longDate(this.reviewData.nextReview, this.locale) }));
    },
  };

  // ——— take-away ———

  private takeAway() {
    return agreementTakeAway(this.currentData(), this.localize);
  }

  /** The agreement as the copied text, for `send-to` and `share` (`''` while it has no item). */
  protected override takeAwayText(): string {
    return hasItems(this.sections) ? this.takeAway().text() : '';
  }

  private readonly takeAwayActions: TakeAwayActions = {
    copy: () => this.copyAndSay(this.takeAway().text()),
    download: async (kind) => {
      // The agreement as it is at the click; the writers come from the same place as the element the first time a
      // file is asked for (later clicks write at once).
      const takeAway = this.takeAway();
      const withItems = this.itemsInReminder;
      const writers = agreementFiles.value ?? (await agreementFiles.load());
      if (!writers) return this.say(this.t('downloadFailed'));
      const file = takeAway.file(kind, withItems, writers);
      this.downloadAndSay(file.name, file.type, file.content);
    },
    setItemsInReminder: (on) => (this.itemsInReminder = on),
  };

  private async done(): Promise<void> {
    if (!hasItems(this.sections)) {
      this.missing = true;
      this.message = '';
      await this.focusAfterPaint('#add-0');
      return;
    }
    this.missing = false;
    this.complete();
    this.summaryShown = true;
    this.saveDraft();
    // Said once, by the focus move: the summary's heading, described by the confirmation under the form.
    this.message = this.completedText('finished');
    await this.focusAfterPaint('#summary-heading');
  }

  /** From the summary back to the form, with the focus on what is to be changed. */
  private async changeFrom(target: ChangeTarget): Promise<void> {
    this.summaryShown = false;
    this.completed = false;
    this.message = '';
    this.saveDraft();
    await this.focusLater(changeTargetSelector(target, this.sections));
  }

  // ——— rendering ———

  override worksheet(): Worksheet {
    const template = this.resolveTemplate();
    return {
      title: this.headingText,
      intro: [this.t('intro')],
      parts: [
        { label: this.t('titleLabel'), lines: 1 },
        { label: this.t('withLabel'), lines: 1 },
        ...template.sections.map((section) => ({ heading: section.title, text: section.prompt ? [section.prompt] : [], items: section.items, lines: 5 })),
        { heading: this.t('reviewHeading'), label: `${this.t('cadenceLabel')}: ${this.t(`cadenceName.${this.cadence}`)}`, lines: 0 },
        { label: this.t('agreedOnLabel'), lines: 1 },
        { label: this.t('nextReview'), lines: 1 },
      ],
    };
  }

  protected override renderBody() {
    const takeAway = renderTakeAway(this.localize, this.itemsInReminder, this.takeAwayActions);
    return html`${this.summaryShown ? this.renderSummaryView() : this.renderForm()} ${takeAway}
      <div class="actions no-print">
        ${this.summaryShown
          ? renderButton(this.t('editAgreement'), () => this.changeFrom({ field: 'title' }))
          : renderButton(this.t('done'), () => this.done(), { primary: true })}
      </div>
      ${renderStatus(this.message, this.completed, 'no-print', 'status')}`;
  }

  private renderSummaryView() {
    const { doc, labels } = this.takeAway();
    const text = { heading: this.t('summaryHeading'), hint: this.t('summaryHint'), title: this.t('titleLabel'), change: this.t('change'), headingLevel: this.headingLevel + 1 };
    return renderSummary(doc, labels, text, (target) => void this.changeFrom(target));
  }

  private renderForm() {
    const names = parseNames(this.withText);
    const shown = {
      sections: this.sections,
      drafts: this.addDrafts,
      missing: this.missing,
      danger: this.coachingOff,
      undo: (section: number) => this.undo.render(`section-${section}`),
      headingLevel: this.headingLevel + 1,
      fields: this.fields,
    };
    return html`
      <p class="intro">${this.t('intro')}</p>
      <p part="hint" id="items-hint" class="no-print">
        ${this.t('itemsHint')} <span class="keyboard-only">${this.t('itemsKeyboardHint')}</span>
      </p>
      <p class="print-only print-title">${this.shownTitle.trim() || this.defaultTitle}</p>
      ${names.length ? html`<p class="print-only">${this.t('withLabel')}: ${names.join(', ')}</p>` : nothing}
      <div class="people">
        ${this.renderField('title', this.t('titleLabel'), this.shownTitle, (value) => (this.agreementTitle = value))}
        ${this.renderField('with', this.t('withLabel'), this.withText, (value) => (this.withText = value), this.t('withHint'))}
      </div>
      ${renderSections(this.localize, shown, this.sectionActions)}
      ${renderReview(this.localize, this.reviewData, isReviewDue(this.lastReviewed ?? this.agreedOn, renderDate(this)), this.reviewActions, this.headingLevel + 1)}
    `;
  }

  /** The title or the names field: every keystroke is kept. */
  private renderField(id: string, label: string, value: string, set: (value: string) => void, hint?: string) {
    const onInput = (text: string) => {
      set(text);
      this.commit();
    };
    return renderField({ id, label, hint, className: '' }, { errorPrefix: this.t('errorPrefix') }, textInput(id, value, onInput));
  }
}
