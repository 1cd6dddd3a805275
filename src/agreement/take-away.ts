import type { CoreStringKey } from '../core/strings.js';
import type { AgreementDocument, DocumentLabels } from './document.js';
import { buildReviewCalendar, newUid } from './ics.js';
import { agreementToMarkdown } from './markdown.js';
import type { AgreementData } from './schema.js';
import type { agreementStrings } from './strings.js';
import { agreementToText } from './text.js';

interface Words {
  t(key: keyof typeof agreementStrings | CoreStringKey, values?: Readonly<Record<string, string | number>>): string;
  /** A `YYYY-MM-DD` date as the reader writes it. */
  formatDate(iso: string): string;
}

/** What the person takes away (text, Markdown, a calendar reminder), in the reader's words. */
export function agreementTakeAway(data: AgreementData, { t, formatDate }: Words) {
  const doc: AgreementDocument = {
    title: data.title.trim() || t('defaultTitle'),
    with: data.with,
    sections: data.sections,
    review: {
      cadence: t(`cadenceName.${data.review.cadence}`),
      agreedOn: data.review.agreedOn ? formatDate(data.review.agreedOn) : null,
      lastReviewed: data.review.lastReviewed ? formatDate(data.review.lastReviewed) : null,
      nextReview: formatDate(data.review.nextReview),
    },
  };
  const labels: DocumentLabels = {
    with: t('withLabel'),
    review: t('reviewHeading'),
    cadence: t('cadenceLabel'),
    agreedOn: t('agreedOnLabel'),
    lastReviewed: t('lastReviewed'),
    notYetReviewed: t('notYetReviewed'),
    nextReview: t('nextReview'),
    noItems: t('noItems'),
  };
  return {
    doc,
    labels,
    text: () => agreementToText(doc, labels),
    markdown: () => agreementToMarkdown(doc, labels),
    /** A recurring reminder of the next review. A calendar is often synced and shared: the items go in only when the person chose so. */
    calendar(withItems: boolean): string {
      const summary = t('reminderSummary', { title: doc.title });
      return buildReviewCalendar({
        uid: newUid(),
        now: new Date(),
        start: data.review.nextReview,
        cadence: data.review.cadence,
        summary,
        description: withItems ? agreementToText(doc, labels) : t('reminderDescription', { title: doc.title, date: doc.review.nextReview }),
        alarm: summary,
      });
    },
  };
}
