/**
 * Review dates of an agreement, as pure functions on `YYYY-MM-DD` strings in local time.
 * "One month later" keeps the day of the month when it exists and otherwise clamps to the
 * month's last day (Jan 31 → Feb 28, or Feb 29 in a leap year).
 */
import type { ReviewCadence } from '../core/types.js';

export const CADENCES = ['weekly', 'monthly', 'quarterly'] as const satisfies readonly ReviewCadence[];

/** Months added by each monthly cadence (weekly counts days instead). */
const MONTHS: Record<Exclude<ReviewCadence, 'weekly'>, number> = { monthly: 1, quarterly: 3 };

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
  // Up to 9998, so that the next review (at most three months on) still has a four-digit year.
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

function addDays(date: CalendarDate, days: number): CalendarDate {
  // Date.UTC arithmetic: no daylight-saving surprises.
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day + days);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.month - 1 + months;
  const year = date.year + Math.floor(index / 12);
  const month = (((index % 12) + 12) % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** The date one cadence after `iso`. */
export function addCadence(iso: string, cadence: ReviewCadence): string {
  const date = requireIsoDate(iso);
  return formatIsoDate(cadence === 'weekly' ? addDays(date, 7) : addMonths(date, MONTHS[cadence]));
}

/** The next review: one cadence after the last review, or after today when there was none. */
export function nextReviewDate(lastReviewed: string | null, cadence: ReviewCadence, today: string = todayIso()): string {
  return addCadence(lastReviewed ?? today, cadence);
}

/**
 * A review is due once the agreement (its last review, else the day it was agreed) is older than today.
 * A first draft, agreed today or on a date to come, asks for its date instead of offering a review.
 */
export function isReviewDue(since: string | null, today: string = todayIso()): boolean {
  return since !== null && since < today;
}
