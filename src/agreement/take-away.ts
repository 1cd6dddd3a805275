import { longDate } from '../core/dates.js';
import { safeFileName } from '../core/export.js';
import type { AgreementDocument, DocumentLabels } from './document.js';
import type { AgreementFileWriters } from './files-reading.js';
import type { AgreementData } from './schema.js';
import { agreementToText } from './text.js';
import type { AgreementWords } from './words.js';

/** A file the person can download: `md` (the agreement as Markdown) or `ics` (a calendar reminder of the next review). */
export type TakeAwayFile = 'md' | 'ics';

/** What the person takes away (text, Markdown, a calendar reminder), in the reader's words. */
export function agreementTakeAway(data: AgreementData, words: AgreementWords) {
  const date = (iso: string) => longDate(iso, words.locale);
  const doc: AgreementDocument = {
    title: data.title.trim() || words.t('defaultTitle'),
    with: data.with,
    sections: data.sections,
    review: {
      cadence: words.t(`cadenceName.${data.review.cadence}`),
      agreedOn: data.review.agreedOn ? date(data.review.agreedOn) : null,
      lastReviewed: data.review.lastReviewed ? date(data.review.lastReviewed) : null,
      nextReview: date(data.review.nextReview),
    },
  };
  const labels: DocumentLabels = {
    with: words.t('withLabel'),
    review: words.t('reviewHeading'),
    cadence: words.t('cadenceLabel'),
    agreedOn: words.t('agreedOnLabel'),
    lastReviewed: words.t('lastReviewed'),
    notYetReviewed: words.t('notYetReviewed'),
    nextReview: words.t('nextReview'),
    noItems: words.t('noItems'),
  };
  const text = () => agreementToText(doc, labels);
  /** A recurring reminder of the next review. A calendar is often synced and shared: the items go in only when the person chose so. */
  const calendar = (withItems: boolean, { buildReviewCalendar, newUid }: AgreementFileWriters) => {
    const summary = words.t('reminderSummary', { title: doc.title });
    return buildReviewCalendar({
      uid: newUid(),
      now: new Date(),
      start: data.review.nextReview,
      cadence: data.review.cadence,
      summary,
      description: withItems ? text() : words.t('reminderDescription', { title: doc.title, date: doc.review.nextReview }),
      alarm: summary,
    });
  };
  return {
    doc,
    labels,
    text,
    /**
     * The file's name (from the title), type and content; `withItems` puts the items in the calendar reminder.
     * `writers`: the file writers (`files.ts`), which the element imports at the first download.
     */
    file(kind: TakeAwayFile, withItems: boolean, writers: AgreementFileWriters): { name: string; type: string; content: string } {
      return {
        name: safeFileName(doc.title, kind, 'agreement'),
        type: kind === 'md' ? 'text/markdown' : 'text/calendar',
        content: kind === 'md' ? writers.agreementToMarkdown(doc, labels) : calendar(withItems, writers),
      };
    },
  };
}
