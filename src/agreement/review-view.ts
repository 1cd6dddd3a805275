import { html, nothing, type TemplateResult } from 'lit';
import { dateInput, renderField, renderFieldGroup } from '../core/field.js';
import { live } from 'lit/directives/live.js';
import { renderButton } from '../core/chrome.js';
import { renderHeading } from '../core/heading.js';
import { longDate } from '../core/dates.js';
import type { ReviewCadence } from '../core/types.js';
import { CADENCES } from './review.js';
import type { AgreementData } from './schema.js';
import type { AgreementWords } from './words.js';

/** The person's changes to the review, which the element keeps and announces. */
export interface ReviewActions {
  setCadence(cadence: ReviewCadence): void;
  /** The day it was agreed, or null when the field was cleared or holds no real date. */
  setAgreedOn(agreedOn: string | null): void;
  markReviewed(): void;
}

/**
 * The review rhythm: a radio group, not a select. Three choices read better as radios, and Chromium
 * reports a new select's option as selected when the page loads, which Orca speaks (and jumps to)
 * before the person has done anything.
 */
function renderCadence(words: AgreementWords, current: ReviewCadence, actions: ReviewActions): TemplateResult {
  const onChange = (event: Event) => {
    const value = (event.target as HTMLInputElement).value as ReviewCadence;
    if (CADENCES.includes(value)) actions.setCadence(value);
  };
  // The checked attribute for a server's render; the property for every render after.
  const choices = html`<div class="choices">
    ${CADENCES.map(
      (cadence) => html`<span class="check">
        <input
          type="radio"
          part="radio"
          name="cadence"
          id="cadence-${cadence}"
          value=${cadence}
          ?checked=${cadence === current}
          .checked=${live(cadence === current)}
          @change=${onChange}
        />
        <label part="label" for="cadence-${cadence}">${words.t(`cadence.${cadence}`)}</label>
      </span>`,
    )}
  </div>`;
  return renderFieldGroup({ id: 'cadence', label: words.t('cadenceLabel'), className: 'cadence-field' }, { errorPrefix: words.t('errorPrefix') }, choices);
}

/** The review rhythm and dates, and "Mark reviewed today" once a review is `due`. */
export function renderReview(words: AgreementWords, review: AgreementData['review'], due: boolean, actions: ReviewActions, headingLevel: number): TemplateResult {
  const date = (iso: string) => html`<time datetime=${iso}>${longDate(iso, words.locale)}</time>`;
  const frameWords = { errorPrefix: words.t('errorPrefix') };
  return html`<section part="review" aria-labelledby="review-heading">
    ${renderHeading(headingLevel, words.t('reviewHeading'), { id: 'review-heading' })}
    ${renderCadence(words, review.cadence, actions)}
    ${renderField(
      { id: 'agreed-on', label: words.t('agreedOnLabel'), hint: words.t('agreedOnHint'), className: 'agreed-field' },
      frameWords,
      dateInput('agreed-on', review.agreedOn, (date) => actions.setAgreedOn(date)),
    )}
    <dl class="dates">
      ${review.agreedOn
        ? html`<dt class="print-only">${words.t('agreedOnLabel')}</dt>
            <dd class="print-only">${date(review.agreedOn)}</dd>`
        : nothing}
      <dt class="print-only">${words.t('cadenceLabel')}</dt>
      <dd class="print-only">${words.t(`cadence.${review.cadence}`)}</dd>
      <dt>${words.t('lastReviewed')}</dt>
      <dd id="last-reviewed">
        ${review.lastReviewed ? date(review.lastReviewed) : words.t('notYetReviewed')}
      </dd>
      <dt>${words.t('nextReview')}</dt>
      <dd id="next-review">${date(review.nextReview)}</dd>
    </dl>
    ${due ? renderButton(words.t('markReviewed'), () => actions.markReviewed(), { className: 'no-print' }) : nothing}
  </section>`;
}
