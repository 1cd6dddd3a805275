import { buildReviewCalendar, newUid } from './ics.js';
import { agreementToMarkdown } from './markdown.js';

/** The agreement's file writers (Markdown, the calendar reminder): a module of its own, imported at the first download. */
export default { agreementToMarkdown, buildReviewCalendar, newUid };
