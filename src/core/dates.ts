/**
 * Calendar dates written `YYYY-MM-DD`, in the reader's local time (never shifted by a time zone), and
 * as the reader writes them: shared by every widget that keeps or shows a date.
 */

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Parses a real calendar date written `YYYY-MM-DD` (so `2023-02-29` and `2024-13-01` are rejected). */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Up to 9998, so that a date a few months on (the agreement's next review) still has a four-digit year.
  if (year < 1 || year > 9998 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** Like `parseIsoDate`, but throws a `RangeError` for anything that is not a real `YYYY-MM-DD` date. */
export function requireIsoDate(text: string): CalendarDate {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`not a YYYY-MM-DD date: ${text}`);
  return date;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Today's date where the reader is (local time, not UTC). */
export function todayIso(now: Date = new Date()): string {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** A local `Date` at midnight of an ISO date, for `Intl.DateTimeFormat`. */
export function toLocalDate(iso: string): Date {
  const date = requireIsoDate(iso);
  const local = new Date(2000, 0, 1);
  local.setFullYear(date.year, date.month - 1, date.day); // setFullYear keeps years 1–99 as they are
  return local;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date in full in the reader's language ("31 March 2025"). `locale` is one `Intl` accepts (the core checks `lang`). */
export function longDate(iso: string, locale: string): string {
  let format = formatters.get(locale);
  if (!format) formatters.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long' })));
  return format.format(toLocalDate(iso));
}

const shortFormatters = new Map<string, Intl.DateTimeFormat>();

/** A date as a short label ("Mar 31", «31 mar»), for a table or a chart over a few weeks. */
export function shortDate(iso: string, locale: string): string {
  let format = shortFormatters.get(locale);
  if (!format) shortFormatters.set(locale, (format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' })));
  return format.format(toLocalDate(iso));
}
