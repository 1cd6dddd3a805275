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
        <input
          part="input"
          id="add-${index}"
          type="text"
          autocomplete="off"
          placeholder=${example ? view.t('examplePlaceholder', { example }) : nothing}
          aria-describedby=${describedBy || nothing}
          aria-invalid=${showError ? 'true' : nothing}
          .value=${live(view.addDraft(index) ?? '')}
          @input=${(e: Event) => view.setDraft(index, (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter' && !e.isComposing) {
              e.preventDefault();
              view.addItem(index);
            }
          }}
        />
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
    <input
      part="input"
      id="item-${item.key}"
      type="text"
      autocomplete="off"
      aria-describedby="items-hint"
      .value=${live(item.text)}
      @input=${(e: Event) => view.editItem(sectionIndex, item.key, (e.target as HTMLInputElement).value)}
      @keydown=${(e: KeyboardEvent) => view.onItemKeydown(e, sectionIndex, index)}
    />
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
  lastReviewed: string | null;
  nextReview: string;
  formatDate(iso: string): string;
  onCadence(event: Event): void;
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
    <dl class="dates">
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
    <button part="button" type="button" class="no-print" @click=${review.markReviewed}>${review.t('markReviewed')}</button>
  </section>`;
}
