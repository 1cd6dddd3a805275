/**
 * The kept check-ins, as pure functions: one per local date (a second one that day replaces the first), newest
 * first, and what they show over time: the feelings named most often in the last four weeks and the needs that
 * come back. The window, the counting and the reading of a stored history are the core's (src/core/history.ts),
 * shared with the jealousy journal. No streaks, scores, averages or days missed: growth is rarely linear (seed
 * 002_31a936a8e8f5f16c.txt, line 29).
 */
import type { CheckInData } from './schema.js';
import { isIsoDate } from '../core/dates.js';
import { feelingsOverTime, isText, isTexts, newestFirst, readKept as readKeptWith, type Tally } from '../core/history.js';

export { localDate, windowStart, WINDOW_DAYS, type Tally } from '../core/history.js';

/**
 * Whether a stored value is a check-in of the contract's shape (`checkInSchema`'s, written as plain
 * checks: a test holds the two to the same answers). A history of 1,000 check-ins is read on every page
 * load, and zod's first parses on a page cost far more than these checks (see the over-time row of `npm run bench`).
 */
export function isCheckIn(value: unknown): value is CheckInData {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    (entry['rhythm'] === 'daily' || entry['rhythm'] === 'weekly') &&
    isText(entry['date']) &&
    isIsoDate(entry['date']) &&
    isTexts(entry['with']) &&
    isTexts(entry['feelings']) &&
    isText(entry['highlight']) &&
    isText(entry['challenge']) &&
    isText(entry['need'])
  );
}

/** Only the contract's fields, so nothing else a stored entry carries is kept or shown. */
export function pickCheckIn({ rhythm, date, with: names, feelings, highlight, challenge, need }: CheckInData): CheckInData {
  return { rhythm, date, with: names, feelings, highlight, challenge, need };
}

/** Newest first, one per date (the first seen wins, so `keep(entry, …)` puts a replacement in front). */
export function normaliseHistory(entries: readonly CheckInData[]): CheckInData[] {
  const seen = new Set<string>();
  return newestFirst(
    entries.filter((entry) => {
      if (seen.has(entry.date)) return false;
      seen.add(entry.date);
      return true;
    }),
  );
}

/** The history with `entry` kept: it replaces the check-in of the same date. */
export function keep(entries: readonly CheckInData[], entry: CheckInData): CheckInData[] {
  return normaliseHistory([entry, ...entries]);
}

/** The check-ins a stored draft holds (only the contract's fields, newest first, one per date), and how many could not be read. */
export function readKept(stored: Record<string, unknown>): { entries: CheckInData[]; unreadable: number } {
  return readKeptWith(stored, isCheckIn, pickCheckIn, normaliseHistory);
}

export interface OverTime {
  /** Check-ins in the window. */
  recent: number;
  /** Feelings named in the window, most often first. */
  feelings: Tally[];
  /** Needs written more than once in the window, most often first. */
  needs: Tally[];
}

/** What the last four weeks show: the feelings named most often, and the needs that recur. */
export function overTime(entries: readonly CheckInData[], epochMs: number, limit = 10): OverTime {
  const { recent, feelings, needs } = feelingsOverTime(entries, epochMs, limit);
  return { recent: recent.length, feelings, needs };
}
