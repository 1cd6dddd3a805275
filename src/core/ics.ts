/**
 * An all-day calendar event as an iCalendar file (RFC 5545), built in the browser: a one-off reminder (the
 * repair's follow-up) or a repeating one (the agreement's review, with its `RRULE`). Pure: the caller passes
 * the UID and the current time, so the output is reproducible.
 */
import { requireIsoDate } from './dates.js';

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
export const MAX_LINE_OCTETS = 75;

export interface CalendarEvent {
  /** Globally unique id of the event (RFC 5545 §3.8.4.7). */
  uid: string;
  /** When the file is made (DTSTAMP, written in UTC). */
  now: Date;
  /** The day, `YYYY-MM-DD` (an all-day event). */
  start: string;
  summary: string;
  /** Nothing: no DESCRIPTION line at all. */
  description: string;
  /** A recurrence rule's value (`FREQ=WEEKLY`); none: a one-off event. */
  repeat?: string;
  /** A display alarm at 09:00 of the day, with this text (default: the summary); false: none. */
  alarm?: string | false;
  /** Who made the file (PRODID's third part: the exercise). */
  maker: string;
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

/** A VCALENDAR with one all-day VEVENT (repeating when `repeat` is given, with a VALARM unless `alarm` is false), CRLF line endings and folded lines. */
export function buildCalendar(event: CalendarEvent): string {
  requireIsoDate(event.start);
  const date = event.start.replace(/-/g, '');
  const alarm = event.alarm === undefined ? event.summary : event.alarm;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//tend-widgets//${event.maker}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(event.now)}`,
    `DTSTART;VALUE=DATE:${date}`,
    ...(event.repeat ? [`RRULE:${event.repeat}`] : []),
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'TRANSP:TRANSPARENT',
    ...(alarm === false ? [] : ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(alarm)}`, 'TRIGGER:PT9H', 'END:VALARM']),
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
