/**
 * The kept journal entries, as pure functions: every Done is kept (several a day), newest first, and what they
 * show over time: the strength of each entry, the feelings named most often, the needs that come back. No
 * streaks, scores, averages or days missed, and no judgement of a high number: growth is rarely linear (seed
 * 002), and jealousy is data, not a threat (seed 000). The window, the counting and the reading of a stored
 * history are the core's (src/core/history.ts), shared with the check-in.
 */
import { isIsoDate } from '../core/dates.js';
import { feelingsOverTime, isText, isTexts, newestFirst, readKept as readKeptWith, type Tally } from '../core/history.js';
import { isStrength, type JealousyEntry } from './schema.js';

export { countTexts, windowStart, WINDOW_DAYS } from '../core/history.js';
/** A text counted over time (the core's `Tally`). */
export type Recurring = Tally;

const TEXTS = ['situation', 'need', 'say', 'agreement', 'glad'] as const;

/**
 * Whether a stored value is an entry of the contract's shape (`jealousyJournalSchema`'s, as plain checks: a
 * test holds the two to the same answers). A long history is read on every page load, without zod's cost.
 */
export function isJealousyEntry(value: unknown): value is JealousyEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    isText(entry['date']) &&
    isIsoDate(entry['date']) &&
    isTexts(entry['with']) &&
    isTexts(entry['feelings']) &&
    (entry['strength'] === null || isStrength(entry['strength'])) &&
    TEXTS.every((field) => isText(entry[field]))
  );
}

/** Only the contract's fields, so nothing else a stored entry carries is kept or shown. */
export function pickEntry({ date, with: names, situation, feelings, strength, need, say, agreement, glad }: JealousyEntry): JealousyEntry {
  return { date, with: names, situation, feelings, strength, need, say, agreement, glad };
}

/** Newest date first; entries of one date keep their order (the latest kept first). */
export const normaliseHistory = (entries: readonly JealousyEntry[]): JealousyEntry[] => newestFirst(entries);

/** The history with `entry` kept in front of the others of its date: several a day are kept. */
export function keep(entries: readonly JealousyEntry[], entry: JealousyEntry): JealousyEntry[] {
  return normaliseHistory([entry, ...entries]);
}

/** The kept entries a stored draft holds (only the contract's fields, newest first), and how many could not be read. */
export function readKept(stored: Record<string, unknown>): { entries: JealousyEntry[]; unreadable: number } {
  return readKeptWith(stored, isJealousyEntry, pickEntry, normaliseHistory);
}

/** One point of the strength over time: an entry's date and its strength (entries without one are left out). */
export interface StrengthPoint {
  date: string;
  strength: number;
}

export interface OverTime {
  /** The window: its first and last local dates. */
  from: string;
  to: string;
  /** Entries in the window. */
  recent: number;
  /** The strength of each entry in the window that has one, oldest first (for a small chart or a table). */
  strengths: StrengthPoint[];
  /** Feelings named in the window, most often first. */
  feelings: Recurring[];
  /** Needs and boundaries written more than once in the window, most often first. */
  needs: Recurring[];
}

/** What the last four weeks show: the strength of each entry, the feelings named most often, the needs that come back. */
export function overTime(entries: readonly JealousyEntry[], epochMs: number, limit = 10): OverTime {
  const { from, to, recent, feelings, needs } = feelingsOverTime(entries, epochMs, limit);
  const strengths = recent.flatMap((entry) => (entry.strength === null ? [] : [{ date: entry.date, strength: entry.strength }])).reverse();
  return { from, to, recent: recent.length, strengths, feelings, needs };
}
