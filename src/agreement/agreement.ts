import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import * as z from 'zod/mini';
import { attributeRule, oneOf } from '../core/attributes.js';
import { renderError, renderStatus } from '../core/chrome.js';
import { safeFileName } from '../core/export.js';
import { TendElement } from '../core/tend-element.js';
import type { AgreementData, ReviewCadence } from '../core/types.js';
import { quote, warn } from '../core/warn.js';
import { parseCustomTemplate } from './custom-template.js';
import type { AgreementDocument, DocumentLabels } from './document.js';
import { buildReviewCalendar, newUid } from './ics.js';
import { agreementToMarkdown } from './markdown.js';
import { CADENCES, isIsoDate, nextReviewDate, toLocalDate, todayIso } from './review.js';
import { agreementStrings } from './strings.js';
import { agreementStyles } from './styles.js';
import {
  BUILT_IN_SECTION_IDS,
  TEMPLATE_IDS,
  builtInSection,
  builtInTemplate,
  type AgreementTemplate,
  type TemplateId,
} from './templates.js';
import { agreementToText } from './text.js';

type AgreementKey = keyof typeof agreementStrings;

const templateRule = oneOf([...TEMPLATE_IDS, 'custom'], 'three-point');
const reviewRule = oneOf(CADENCES, 'monthly');
const isoDate = z.string().check(z.refine(isIsoDate));
const reviewedRule = attributeRule<string | null>(
  z.pipe(
    z.pipe(z.string(), z.transform((raw) => raw.trim())),
    isoDate,
  ) as unknown as z.ZodMiniType<string | null, string>,
  null,
  'a calendar date written YYYY-MM-DD, such as "2025-03-31"',
);

const agreementSchema = z.object({
  title: z.string(),
  with: z.array(z.string()),
  sections: z
    .array(z.object({ id: z.string(), title: z.string(), items: z.array(z.string()) }))
    .check(z.minLength(1)),
  review: z.object({
    cadence: z.enum(CADENCES),
    lastReviewed: z.nullable(isoDate),
    nextReview: z.string(),
  }),
}) as unknown as z.ZodMiniType<AgreementData>;

interface ItemState {
  /** Stable key for keyed rendering and focus. */
  key: number;
  text: string;
}

interface SectionState {
  id: string;
  /** A built-in section takes its title, prompt and examples from the strings, in the reader's language. */
  builtIn: boolean;
  title: string;
  prompt: string;
  examples: string[];
  items: ItemState[];
}

/** Names from a comma-separated list: trimmed, empty ones dropped. */
export function parseNames(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * A living relationship agreement: a title, the people it is with, sections of items (time
 * together, boundaries, communication style…) to add, edit, remove and reorder, and a review
 * rhythm with the next review date. It can be copied as text, downloaded as Markdown or as a
 * calendar reminder (.ics), and printed as a clean one-page document.
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
 * @csspart privacy - The note shown when the draft is kept in this browser.
 */
export class TendAgreement extends TendElement<'agreement', AgreementKey> {
  static override exercise = 'agreement' as const;
  static override strings = agreementStrings;
  static override styles = [...TendElement.styles, agreementStyles];

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
  @state() private addDrafts: string[] = [];
  @state() private missing = false;
  /** The person chose to put the items in the calendar reminder (by default it holds only the title and date). */
  @state() private itemsInReminder = false;

  private nextKey = 0;
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
    this.sections = this.templateSections(template);
    this.addDrafts = [];
    this.missing = false;
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
    if (this.templateCache?.source === source) return this.templateCache.template;
    const fallback = (problem: string): AgreementTemplate => {
      warn(this, `${problem} Using the default template (three-point).`);
      return builtInTemplate('three-point', this.lookup);
    };
    let template: AgreementTemplate;
    if (script) {
      const parsed = parseCustomTemplate(script.textContent ?? '');
      template = parsed.ok
        ? parsed.template
        : fallback(
            `ignored its custom template (child <script type="application/json">): ${parsed.problem}. ` +
              `It accepts {"sections": [{"title": "…", "prompt": "…", "examples": ["…"]}]}.`,
          );
    } else if (name === 'custom') {
      template = fallback(`ignored template=${quote(this.template)}: a custom template needs a child <script type="application/json">.`);
    } else {
      template = builtInTemplate(name as TemplateId, this.lookup);
    }
    this.templateCache = { source, template };
    return template;
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

  private updateSections(update: (sections: SectionState[]) => void): void {
    const sections = this.sections.map((section) => ({ ...section, items: [...section.items] }));
    update(sections);
    this.sections = sections;
  }

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
    this.updateSections((sections) => sections[sectionIndex]!.items.push({ key: this.nextKey++, text }));
    this.setDraft(sectionIndex, '');
    this.missing = false;
    this.message = '';
    this.commit();
    this.announcer.announce(this.t('added', { section: this.sectionText(section, 'title'), item: text }));
  }

  private editItem(sectionIndex: number, key: number, text: string): void {
    this.updateSections((sections) => {
      const items = sections[sectionIndex]!.items;
      const index = items.findIndex((i) => i.key === key);
      if (index >= 0) items[index] = { key, text };
    });
    if (text.trim()) this.missing = false;
    this.commit();
  }

  private removeItem(sectionIndex: number, index: number, moveFocus = true): void {
    const items = this.sections[sectionIndex]?.items;
    const item = items?.[index];
    if (!items || !item) return;
    const neighbour = items[index + 1] ?? items[index - 1];
    this.updateSections((sections) => sections[sectionIndex]!.items.splice(index, 1));
    if (moveFocus) void this.focusLater(neighbour ? `#item-${neighbour.key}` : `#add-${sectionIndex}`);
    if (item.text.trim()) {
      this.commit();
      const removed = this.t('removed', { item: item.text.trim() });
      this.undo.offerUndo(removed, () => {
        this.updateSections((sections) => sections[sectionIndex]?.items.splice(index, 0, item));
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
    const target = index + delta;
    if (!items || !item || target < 0 || target >= items.length) return;
    this.updateSections((sections) => {
      const list = sections[sectionIndex]!.items;
      [list[index], list[target]] = [list[target]!, list[index]!];
    });
    void this.focusLater(focus === 'input' ? `#item-${item.key}` : `#item-${item.key}-${focus}`);
    this.commit();
    this.announcer.announce(
      this.t('moved', { item: item.text.trim() || this.t('itemLabel', { number: target + 1 }), position: target + 1, count: items.length }),
    );
  }

  private onItemKeydown(event: KeyboardEvent, sectionIndex: number, index: number): void {
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
    return nextReviewDate(this.lastReviewed, this.cadence);
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

  private document(): { doc: AgreementDocument; labels: DocumentLabels; data: AgreementData } {
    const data = this.currentData();
    const doc: AgreementDocument = {
      title: data.title.trim() || this.t('defaultTitle'),
      with: data.with,
      sections: data.sections,
      review: {
        cadence: this.t(`cadenceName.${data.review.cadence}`),
        lastReviewed: data.review.lastReviewed ? this.formatDate(data.review.lastReviewed) : null,
        nextReview: this.formatDate(data.review.nextReview),
      },
    };
    const labels: DocumentLabels = {
      with: this.t('withLabel'),
      review: this.t('reviewHeading'),
      cadence: this.t('cadenceLabel'),
      lastReviewed: this.t('lastReviewed'),
      notYetReviewed: this.t('notYetReviewed'),
      nextReview: this.t('nextReview'),
      noItems: this.t('noItems'),
    };
    return { doc, labels, data };
  }

  private copy(): Promise<void> {
    const { doc, labels } = this.document();
    return this.copyAndSay(agreementToText(doc, labels));
  }

  private downloadMarkdown(): void {
    const { doc, labels } = this.document();
    this.downloadAndSay(safeFileName(doc.title, 'md', 'agreement'), 'text/markdown', agreementToMarkdown(doc, labels));
  }

  private downloadCalendar(): void {
    const { doc, labels, data } = this.document();
    const file = safeFileName(doc.title, 'ics', 'agreement');
    const summary = this.t('reminderSummary', { title: doc.title });
    const calendar = buildReviewCalendar({
      uid: newUid(),
      now: new Date(),
      start: data.review.nextReview,
      cadence: data.review.cadence,
      summary,
      // A calendar is often synced and shared: the items go in only when the person chose so.
      description: this.itemsInReminder
        ? agreementToText(doc, labels)
        : this.t('reminderDescription', { title: doc.title, date: doc.review.nextReview }),
      alarm: summary,
    });
    this.downloadAndSay(file, 'text/calendar', calendar);
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
    this.say(this.completedText('finished'));
  }

  // ——— rendering ———

  protected override renderBody() {
    const names = parseNames(this.withText);
    const next = this.nextReview;
    return html`
      <p class="intro">${this.t('intro')}</p>
      <p part="hint" id="items-hint" class="no-print">${this.t('itemsHint')}</p>
      <p class="print-only print-title">${this.agreementTitle.trim() || this.t('defaultTitle')}</p>
      ${names.length ? html`<p class="print-only">${this.t('withLabel')}: ${names.join(', ')}</p>` : nothing}
      <div class="people">
        ${this.renderField('title', this.t('titleLabel'), this.agreementTitle, (value) => (this.agreementTitle = value))}
        ${this.renderField('with', this.t('withLabel'), this.withText, (value) => (this.withText = value), this.t('withHint'))}
      </div>
      ${this.sections.map((section, index) => this.renderSection(section, index))}
      <section part="review" aria-labelledby="review-heading">
        <h3 id="review-heading">${this.t('reviewHeading')}</h3>
        <div part="field" class="cadence-field">
          <label part="label" for="cadence">${this.t('cadenceLabel')}</label>
          <select part="input" id="cadence" @change=${this.onCadence}>
            ${CADENCES.map(
              (cadence) => html`<option value=${cadence} ?selected=${cadence === this.cadence}>${this.t(`cadence.${cadence}`)}</option>`,
            )}
          </select>
        </div>
        <dl class="dates">
          <dt class="print-only">${this.t('cadenceLabel')}</dt>
          <dd class="print-only">${this.t(`cadence.${this.cadence}`)}</dd>
          <dt>${this.t('lastReviewed')}</dt>
          <dd id="last-reviewed">
            ${this.lastReviewed
              ? html`<time datetime=${this.lastReviewed}>${this.formatDate(this.lastReviewed)}</time>`
              : this.t('notYetReviewed')}
          </dd>
          <dt>${this.t('nextReview')}</dt>
          <dd id="next-review"><time datetime=${next}>${this.formatDate(next)}</time></dd>
        </dl>
        <button part="button" type="button" class="no-print" @click=${this.markReviewed}>${this.t('markReviewed')}</button>
      </section>
      <div class="actions no-print" role="group" aria-label=${this.t('takeAway')}>
        <button part="button" type="button" @click=${this.copy}>${this.t('copyText')}</button>
        <button part="button" type="button" @click=${this.downloadMarkdown}>${this.t('downloadMarkdown')}</button>
        <button part="button" type="button" @click=${this.downloadCalendar}>${this.t('downloadCalendar')}</button>
        <button part="button" type="button" @click=${() => window.print()}>${this.t('print')}</button>
        <span class="check">
          <input
            type="checkbox"
            part="checkbox"
            id="items-in-reminder"
            .checked=${live(this.itemsInReminder)}
            @change=${(e: Event) => (this.itemsInReminder = (e.target as HTMLInputElement).checked)}
          />
          <label part="label" for="items-in-reminder">${this.t('itemsInReminder')}</label>
        </span>
      </div>
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

  private renderSection(section: SectionState, index: number) {
    const title = this.sectionText(section, 'title');
    const prompt = this.sectionText(section, 'prompt');
    const examples = this.sectionExamples(section);
    // No suggested items while the person writes words of danger.
    const example = examples.length && !this.danger ? examples[section.items.length % examples.length]! : '';
    const showError = this.missing && index === 0;
    const describedBy = [prompt ? `prompt-${index}` : '', showError ? 'missing' : ''].filter(Boolean).join(' ');
    return html`<section part="section" aria-labelledby="section-${index}">
      <h3 part="section-title" id="section-${index}">${title}</h3>
      ${prompt ? html`<p part="hint" id="prompt-${index}">${prompt}</p>` : nothing}
      ${section.items.length
        ? html`<ol class="items" aria-labelledby="section-${index}">
            ${repeat(
              section.items,
              (item) => item.key,
              (item, itemIndex) => this.renderItem(section, index, item, itemIndex, title),
            )}
          </ol>`
        : html`<p class="empty">${this.t('noItems')}</p>`}
      <div part="field" class="add">
        ${showError ? renderError('missing', this.t('errorPrefix'), this.t('missingItems')) : nothing}
        <label part="label" for="add-${index}">${this.t('addLabel', { section: title })}</label>
        <div class="add-row">
          <input
            part="input"
            id="add-${index}"
            type="text"
            autocomplete="off"
            placeholder=${example ? this.t('examplePlaceholder', { example }) : nothing}
            aria-describedby=${describedBy || nothing}
            aria-invalid=${showError ? 'true' : nothing}
            .value=${live(this.addDrafts[index] ?? '')}
            @input=${(e: Event) => this.setDraft(index, (e.target as HTMLInputElement).value)}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter' && !e.isComposing) {
                e.preventDefault();
                this.addItem(index);
              }
            }}
          />
          <button part="button" type="button" aria-label=${this.t('addButtonName', { section: title })} @click=${() => this.addItem(index)}>
            ${this.t('addButton')}
          </button>
        </div>
      </div>
    </section>`;
  }

  private renderItem(section: SectionState, sectionIndex: number, item: ItemState, index: number, sectionTitle: string) {
    const name = item.text.trim() || this.t('itemLabel', { number: index + 1 });
    return html`<li part="item" @focusout=${(e: FocusEvent) => this.onItemFocusOut(e, sectionIndex, item.key)}>
      <label part="label" for="item-${item.key}"
        ><span class="visually-hidden">${sectionTitle}, </span>${this.t('itemLabel', { number: index + 1 })}</label
      >
      <input
        part="input"
        id="item-${item.key}"
        type="text"
        autocomplete="off"
        aria-describedby="items-hint"
        .value=${live(item.text)}
        @input=${(e: Event) => this.editItem(sectionIndex, item.key, (e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => this.onItemKeydown(e, sectionIndex, index)}
      />
      <span class="print-only">${item.text}</span>
      ${this.renderMove(sectionIndex, item, index, 'up', name, index === 0)}
      ${this.renderMove(sectionIndex, item, index, 'down', name, index === section.items.length - 1)}
      <button
        part="button"
        type="button"
        class="remove"
        aria-label=${this.t('removeItem', { item: name })}
        @click=${() => this.removeItem(sectionIndex, index)}
      >
        ${this.t('remove')}
      </button>
    </li>`;
  }

  private renderMove(sectionIndex: number, item: ItemState, index: number, direction: 'up' | 'down', name: string, disabled: boolean) {
    const up = direction === 'up';
    return html`<button
      part="button"
      type="button"
      class=${direction}
      id="item-${item.key}-${direction}"
      aria-label=${this.t(up ? 'moveUp' : 'moveDown', { item: name })}
      aria-disabled=${disabled ? 'true' : 'false'}
      @click=${() => this.moveItem(sectionIndex, index, up ? -1 : 1, direction)}
    >
      <span aria-hidden="true">${up ? '↑' : '↓'}</span>
    </button>`;
  }
}
