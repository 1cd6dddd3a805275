/**
 * A recurring review reminder as an iCalendar file (RFC 5545), built in the browser.
 * Pure: the caller passes the UID and the current time, so the output is reproducible.
 */
import type { ReviewCadence } from '../core/types.js';
import { parseIsoDate, requireIsoDate } from '../core/dates.js';

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
export const MAX_LINE_OCTETS = 75;

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

const encoder = new TextEncoder();
const octets = (text: string): number => encoder.encode(text).length;

/**
 * Escapes a TEXT value (§3.3.11): backslash, semicolon, comma and line breaks; other control
 * characters, which TEXT does not allow, are dropped.
 */
export function escapeText(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
  return [...escaped].filter((char) => !isControl(char)).join('');
}

/** A control character other than horizontal tab (§3.3.11 forbids them in TEXT). */
function isControl(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
}

/**
 * Folds a content line (§3.1): no line longer than 75 octets of UTF-8, each continuation
 * starting with one space, and never splitting a character's bytes (whole code points move).
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const width = octets(char);
    if (size + width > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += width;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** `YYYYMMDDTHHMMSSZ` (§3.3.5, UTC form). */
export function utcDateTime(date: Date): string {
  return date.toISOString().replace(/[-:]|\.\d+/g, '');
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
  requireIsoDate(reminder.start);
  const date = reminder.start.replace(/-/g, '');
  const alarm = reminder.alarm === undefined ? reminder.summary : reminder.alarm;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//tend-widgets//agreement//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(reminder.uid)}`,
    `DTSTAMP:${utcDateTime(reminder.now)}`,
    `DTSTART;VALUE=DATE:${date}`,
    `RRULE:${recurrenceRule(reminder.cadence, reminder.start)}`,
    `SUMMARY:${escapeText(reminder.summary)}`,
    `DESCRIPTION:${escapeText(reminder.description)}`,
    'TRANSP:TRANSPARENT',
    ...(alarm === false
      ? []
      : ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(alarm)}`, 'TRIGGER:PT9H', 'END:VALARM']),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A fresh UID for a reminder: random, so it says nothing about the person. */
export function newUid(): string {
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${random}@tend-widgets`;
}
