import { html, nothing, type TemplateResult } from 'lit';
import { renderHeading } from '../core/heading.js';
import type { AgreementDocument, DocumentLabels } from './document.js';

/** Where a "Change" link leads back to: the title, the names, a section (by index) or the review. */
export type ChangeTarget = { field: 'title' | 'with' | 'review' | 'agreed-on' } | { field: 'section'; index: number };

/** The field a "Change" button puts the focus on: a section's first item, else its "add" field. */
export function changeTargetSelector(target: ChangeTarget, sections: readonly { items: readonly { key: number }[] }[]): string {
  if (target.field === 'review') return '#cadence input:checked';
  if (target.field !== 'section') return `#${target.field}`;
  const first = sections[target.index]?.items[0];
  return first ? `#item-${first.key}` : `#add-${target.index}`;
}

export interface SummaryText {
  heading: string;
  hint: string;
  title: string;
  change: string;
  /** The level of the summary's heading (one below the widget's). */
  headingLevel: number;
}

/**
 * The agreement after Done, as a readable summary rather than a form (after GOV.UK's "Check your
 * answers"): one row per part with its words as text and a "Change" button whose name says what it
 * changes. `doc` is the same localised document the exports print.
 */
export function renderSummary(
  doc: AgreementDocument,
  labels: DocumentLabels,
  text: SummaryText,
  change: (target: ChangeTarget) => void,
): TemplateResult {
  const row = (key: string, value: unknown, target: ChangeTarget | undefined) =>
    html`<div class="summary-row">
      <dt>${key}</dt>
      <dd class="summary-value">${value}</dd>
      ${target
        ? html`<dd class="summary-action no-print">
            <button part="button" type="button" class="link-button" @click=${() => change(target)}>
              ${text.change}<span class="visually-hidden"> ${key}</span>
            </button>
          </dd>`
        : nothing}
    </div>`;
  return html`${renderHeading(text.headingLevel, text.heading, { id: 'summary-heading', focusable: true, describedBy: 'status' })}
    <p part="hint" class="no-print">${text.hint}</p>
    <dl part="summary" class="summary">
      ${row(text.title, doc.title, { field: 'title' })}
      ${doc.with.length ? row(labels.with, doc.with.join(', '), { field: 'with' }) : nothing}
      ${doc.sections.map((section, index) =>
        row(
          section.title,
          section.items.length ? html`<ul>${section.items.map((item) => html`<li>${item}</li>`)}</ul>` : labels.noItems,
          { field: 'section', index },
        ),
      )}
      ${row(labels.cadence, doc.review.cadence, { field: 'review' })}
      ${doc.review.agreedOn && labels.agreedOn ? row(labels.agreedOn, doc.review.agreedOn, { field: 'agreed-on' }) : nothing}
      ${doc.review.lastReviewed ? row(labels.lastReviewed, doc.review.lastReviewed, undefined) : nothing}
      ${row(labels.nextReview, doc.review.nextReview, undefined)}
    </dl>`;
}
