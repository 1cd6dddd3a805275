/**
 * A recurring review reminder as an iCalendar file (RFC 5545), built in the browser with the core's
 * calendar writer (src/core/ics.ts). Pure: the caller passes the UID and the current time.
 */
import { buildCalendar } from '../core/ics.js';
import type { ReviewCadence } from '../core/types.js';
import { parseIsoDate } from '../core/dates.js';

export { MAX_LINE_OCTETS, escapeText, foldLine, newUid, utcDateTime } from '../core/ics.js';

export interface ReviewReminder {
  /** Globally unique id of the event (RFC 5545 §3.8.4.7). */
  uid: string;
  /** When the file is made (DTSTAMP, written in UTC). */
  now: Date;
  /** The first review, `YYYY-MM-DD` (an all-day event). */
  start: string;
  cadence: ReviewCadence;
  summary: string;
  description: string;
  /** A display alarm on the morning of each review (default true), with this text. */
  alarm?: string | false;
}

/**
 * The recurrence rule for a cadence. A monthly rule on the 29th–31st would skip the shorter
 * months (§3.3.10 ignores invalid dates), so it takes the last existing day up to that date
 * instead, as the widget's review dates do.
 */
export function recurrenceRule(cadence: ReviewCadence, start: string): string {
  if (cadence === 'weekly') return 'FREQ=WEEKLY';
  const rule = cadence === 'monthly' ? 'FREQ=MONTHLY' : 'FREQ=MONTHLY;INTERVAL=3';
  const day = parseIsoDate(start)?.day ?? 1;
  if (day <= 28) return rule;
  const days = Array.from({ length: day - 27 }, (_, i) => 28 + i).join(',');
  return `${rule};BYMONTHDAY=${days};BYSETPOS=-1`;
}

/** A VCALENDAR with one recurring all-day VEVENT (and a VALARM), CRLF line endings and folded lines. */
export function buildReviewCalendar(reminder: ReviewReminder): string {
  const { cadence, ...event } = reminder;
  return buildCalendar({ ...event, repeat: recurrenceRule(cadence, reminder.start), maker: 'agreement' });
}
