/**
 * Review dates of an agreement, as pure functions on `YYYY-MM-DD` strings in local time.
 * "One month later" keeps the day of the month when it exists and otherwise clamps to the
 * month's last day (Jan 31 → Feb 28, or Feb 29 in a leap year).
 */
import { daysInMonth, formatIsoDate, requireIsoDate, todayIso, type CalendarDate } from '../core/dates.js';
import type { ReviewCadence } from '../core/types.js';

export const CADENCES = ['weekly', 'monthly', 'quarterly'] as const satisfies readonly ReviewCadence[];

/** Months added by each monthly cadence (weekly counts days instead). */
const MONTHS: Record<Exclude<ReviewCadence, 'weekly'>, number> = { monthly: 1, quarterly: 3 };

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
