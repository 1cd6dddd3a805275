import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { renderError } from '../core/chrome.js';
import type { CoreStringKey } from '../core/strings.js';
import type { ReviewCadence } from '../core/types.js';
import type { ItemState, SectionState } from './edits.js';
import { CADENCES } from './review.js';
import type { agreementStrings } from './strings.js';

/** What a section's template needs from the element: its words, its state and the person's actions. */
export interface SectionView {
  t(key: keyof typeof agreementStrings | CoreStringKey, values?: Readonly<Record<string, string | number>>): string;
  sectionText(section: SectionState, key: 'title' | 'prompt'): string;
  sectionExamples(section: SectionState): string[];
  /** Done was pressed with no item: the first section shows the error. */
  missing(): boolean;
  /** Words of danger were written: no suggested items. */
  danger(): boolean;
  addDraft(section: number): string;
  setDraft(section: number, text: string): void;
  addItem(section: number): void;
  editItem(section: number, key: number, text: string): void;
  removeItem(section: number, index: number): void;
  moveItem(section: number, index: number, delta: -1 | 1, focus: 'input' | 'up' | 'down'): void;
  onItemKeydown(event: KeyboardEvent, section: number, index: number): void;
  onItemFocusOut(event: FocusEvent, section: number, key: number): void;
}

/** A field's text as one line (a pasted line break becomes a space), written back when it changed. */
function oneLine(area: HTMLTextAreaElement): string {
  if (!/[\r\n]/.test(area.value)) return area.value;
  area.value = area.value.replace(/\s*[\r\n]+\s*/g, ' ');
  return area.value;
}

/** One section of the agreement: its title and prompt, its items (each editable, movable, removable) and its "add" field. */
export function renderSection(view: SectionView, section: SectionState, index: number): TemplateResult {
  const title = view.sectionText(section, 'title');
  const prompt = view.sectionText(section, 'prompt');
  const examples = view.sectionExamples(section);
  // No suggested items while the person writes words of danger.
  const example = examples.length && !view.danger() ? examples[section.items.length % examples.length]! : '';
  const showError = view.missing() && index === 0;
  const describedBy = [prompt ? `prompt-${index}` : '', showError ? 'missing' : ''].filter(Boolean).join(' ');
  return html`<section part="section" aria-labelledby="section-${index}">
    <h3 part="section-title" id="section-${index}">${title}</h3>
    ${prompt ? html`<p part="hint" id="prompt-${index}">${prompt}</p>` : nothing}
    ${section.items.length
      ? html`<ol class="items" aria-labelledby="section-${index}">
          ${repeat(
            section.items,
            (item) => item.key,
            (item, itemIndex) => renderItem(view, section, index, item, itemIndex, title),
          )}
        </ol>`
      : html`<p class="empty">${view.t('noItems')}</p>`}
    <div part="field" class="add">
      ${showError ? renderError('missing', view.t('errorPrefix'), view.t('missingItems')) : nothing}
      <label part="label" for="add-${index}">${view.t('addLabel', { section: title })}</label>
      <div class="add-row">
        <textarea
          part="input"
          class="grow"
          id="add-${index}"
          rows="1"
          autocomplete="off"
          placeholder=${example ? view.t('examplePlaceholder', { example }) : nothing}
          aria-describedby=${describedBy || nothing}
          aria-invalid=${showError ? 'true' : nothing}
          .value=${live(view.addDraft(index) ?? '')}
          @input=${(e: Event) => view.setDraft(index, oneLine(e.target as HTMLTextAreaElement))}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter' && !e.isComposing) {
              e.preventDefault();
              view.addItem(index);
            }
          }}
        ></textarea>
        <button part="button" type="button" aria-label=${view.t('addButtonName', { section: title })} @click=${() => view.addItem(index)}>
          ${view.t('addButton')}
        </button>
      </div>
    </div>
  </section>`;
}

function renderItem(view: SectionView, section: SectionState, sectionIndex: number, item: ItemState, index: number, sectionTitle: string): TemplateResult {
  const name = item.text.trim() || view.t('itemLabel', { number: index + 1 });
  return html`<li part="item" @focusout=${(e: FocusEvent) => view.onItemFocusOut(e, sectionIndex, item.key)}>
    <label part="label" for="item-${item.key}"
      ><span class="visually-hidden">${sectionTitle}, </span>${view.t('itemLabel', { number: index + 1 })}</label
    >
    <textarea
      part="input"
      class="grow"
      id="item-${item.key}"
      rows="1"
      autocomplete="off"
      aria-describedby="items-hint"
      .value=${live(item.text)}
      @input=${(e: Event) => view.editItem(sectionIndex, item.key, oneLine(e.target as HTMLTextAreaElement))}
      @keydown=${(e: KeyboardEvent) => view.onItemKeydown(e, sectionIndex, index)}
    ></textarea>
    <span class="print-only">${item.text}</span>
    ${renderMove(view, sectionIndex, item, index, 'up', name, index === 0)}
    ${renderMove(view, sectionIndex, item, index, 'down', name, index === section.items.length - 1)}
    <button
      part="button"
      type="button"
      class="remove"
      aria-label=${view.t('removeItem', { item: name })}
      @click=${() => view.removeItem(sectionIndex, index)}
    >
      ${view.t('remove')}
    </button>
  </li>`;
}

function renderMove(view: SectionView, sectionIndex: number, item: ItemState, index: number, direction: 'up' | 'down', name: string, disabled: boolean): TemplateResult {
  const up = direction === 'up';
  return html`<button
    part="button"
    type="button"
    class=${direction}
    id="item-${item.key}-${direction}"
    aria-label=${view.t(up ? 'moveUp' : 'moveDown', { item: name })}
    aria-disabled=${disabled ? 'true' : 'false'}
    @click=${() => view.moveItem(sectionIndex, index, up ? -1 : 1, direction)}
  >
    <span aria-hidden="true">${up ? '↑' : '↓'}</span>
  </button>`;
}

/** The review rhythm and dates, and "Mark reviewed today". */
export function renderReview(review: {
  t: SectionView['t'];
  cadence: ReviewCadence;
  agreedOn: string | null;
  lastReviewed: string | null;
  nextReview: string;
  /** A review is due (the agreement is older than today): "Mark reviewed today" is offered. */
  reviewDue: boolean;
  formatDate(iso: string): string;
  onCadence(event: Event): void;
  onAgreedOn(event: Event): void;
  markReviewed(): void;
}): TemplateResult {
  return html`<section part="review" aria-labelledby="review-heading">
    <h3 id="review-heading">${review.t('reviewHeading')}</h3>
    <div part="field" class="cadence-field">
      <label part="label" for="cadence">${review.t('cadenceLabel')}</label>
      <select part="input" id="cadence" @change=${review.onCadence}>
        ${CADENCES.map(
          (cadence) => html`<option value=${cadence} ?selected=${cadence === review.cadence}>${review.t(`cadence.${cadence}`)}</option>`,
        )}
      </select>
    </div>
    <div part="field" class="agreed-field">
      <label part="label" for="agreed-on">${review.t('agreedOnLabel')}</label>
      <span part="hint" id="agreed-on-hint">${review.t('agreedOnHint')}</span>
      <input
        part="input"
        id="agreed-on"
        type="date"
        min="0001-01-01"
        max="9998-12-31"
        aria-describedby="agreed-on-hint"
        .value=${live(review.agreedOn ?? '')}
        @input=${review.onAgreedOn}
        @change=${review.onAgreedOn}
      />
    </div>
    <dl class="dates">
      ${review.agreedOn
        ? html`<dt class="print-only">${review.t('agreedOnLabel')}</dt>
            <dd class="print-only"><time datetime=${review.agreedOn}>${review.formatDate(review.agreedOn)}</time></dd>`
        : nothing}
      <dt class="print-only">${review.t('cadenceLabel')}</dt>
      <dd class="print-only">${review.t(`cadence.${review.cadence}`)}</dd>
      <dt>${review.t('lastReviewed')}</dt>
      <dd id="last-reviewed">
        ${review.lastReviewed
          ? html`<time datetime=${review.lastReviewed}>${review.formatDate(review.lastReviewed)}</time>`
          : review.t('notYetReviewed')}
      </dd>
      <dt>${review.t('nextReview')}</dt>
      <dd id="next-review"><time datetime=${review.nextReview}>${review.formatDate(review.nextReview)}</time></dd>
    </dl>
    ${review.reviewDue
      ? html`<button part="button" type="button" class="no-print" @click=${review.markReviewed}>${review.t('markReviewed')}</button>`
      : nothing}
  </section>`;
}

/** What the person takes away: copy, Markdown, the calendar reminder (with the items only when they choose), print. */
export function renderTakeAway(takeAway: {
  t: (key: keyof typeof agreementStrings | CoreStringKey) => string;
  copy(): unknown;
  downloadMarkdown(): unknown;
  downloadCalendar(): unknown;
  itemsInReminder: boolean;
  setItemsInReminder(on: boolean): void;
}): TemplateResult {
  const { t } = takeAway;
  return html`<div class="actions no-print" role="group" aria-label=${t('takeAway')}>
    <button part="button" type="button" @click=${takeAway.copy}>${t('copyText')}</button>
    <button part="button" type="button" @click=${takeAway.downloadMarkdown}>${t('downloadMarkdown')}</button>
    <button part="button" type="button" @click=${takeAway.downloadCalendar}>${t('downloadCalendar')}</button>
    <button part="button" type="button" @click=${() => window.print()}>${t('print')}</button>
    <span class="check">
      <input
        type="checkbox"
        part="checkbox"
        id="items-in-reminder"
        .checked=${live(takeAway.itemsInReminder)}
        @change=${(e: Event) => takeAway.setItemsInReminder((e.target as HTMLInputElement).checked)}
      />
      <label part="label" for="items-in-reminder">${t('itemsInReminder')}</label>
    </span>
  </div>`;
}
