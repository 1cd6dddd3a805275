/**
 * The kept journal entries, as pure functions: every Done is kept (several a day), newest first, and what they
 * show over time: the strength of each entry, the feelings named most often, the needs that come back. No
 * streaks, scores, averages or days missed, and no judgement of a high number: growth is rarely linear (seed
 * 002), and jealousy is data, not a threat (seed 000).
 */
import { isIsoDate, todayIso } from '../core/dates.js';
import { isStrength, type JealousyEntry } from './schema.js';

/** How far back the over-time view looks: four weeks, today included. */
export const WINDOW_DAYS = 28;

const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const TEXTS = ['situation', 'need', 'say', 'agreement', 'glad'] as const;

/**
 * Whether a stored value is an entry of the contract's shape (`jealousyJournalSchema`'s, as plain checks: a
 * test holds the two to the same answers). A long history is read on every page load, without zod's cost.
 */
export function isJealousyEntry(value: unknown): value is JealousyEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    isString(entry['date']) &&
    isIsoDate(entry['date']) &&
    isStrings(entry['with']) &&
    isStrings(entry['feelings']) &&
    (entry['strength'] === null || isStrength(entry['strength'])) &&
    TEXTS.every((field) => isString(entry[field]))
  );
}

/** Only the contract's fields, so nothing else a stored entry carries is kept or shown. */
export function pickEntry({ date, with: names, situation, feelings, strength, need, say, agreement, glad }: JealousyEntry): JealousyEntry {
  return { date, with: names, situation, feelings, strength, need, say, agreement, glad };
}

/** Newest date first; entries of one date keep their order (the latest kept first). */
export function normaliseHistory(entries: readonly JealousyEntry[]): JealousyEntry[] {
  return [...entries].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The history with `entry` kept in front of the others of its date: several a day are kept. */
export function keep(entries: readonly JealousyEntry[], entry: JealousyEntry): JealousyEntry[] {
  return normaliseHistory([entry, ...entries]);
}

/** The first date of the window of `days` that ends on the local date of `epochMs`. */
export function windowStart(epochMs: number, days = WINDOW_DAYS): string {
  const now = new Date(epochMs);
  return todayIso(new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1)));
}

/** A text counted over time: how it was last written (closing punctuation dropped), and how many entries hold it. */
export interface Recurring {
  text: string;
  count: number;
}

/** As shown: spacing collapsed, closing punctuation dropped. Its identity ignores case as well. */
const shown = (text: string) => text.replace(/\s+/gu, ' ').replace(/[\s.!?…,;:]+$/u, '').trim();

/** Each text's count (once per entry), most often first, then alphabetically; empty texts left out. */
export function countTexts(perEntry: readonly (readonly string[])[]): Recurring[] {
  const counts = new Map<string, Recurring>();
  for (const texts of perEntry) {
    const seen = new Set<string>();
    for (const text of texts) {
      const key = shown(text).toLocaleLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const found = counts.get(key);
      if (found) found.count++;
      else counts.set(key, { text: shown(text), count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
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
  const from = windowStart(epochMs);
  const to = todayIso(new Date(epochMs));
  const recent = entries.filter((entry) => entry.date >= from && entry.date <= to);
  const strengths = recent
    .filter((entry) => entry.strength !== null)
    .map((entry) => ({ date: entry.date, strength: entry.strength! }))
    .reverse();
  return {
    from,
    to,
    recent: recent.length,
    strengths,
    feelings: countTexts(recent.map((entry) => entry.feelings)).slice(0, limit),
    needs: countTexts(recent.map((entry) => [entry.need]))
      .filter((need) => need.count > 1)
      .slice(0, limit),
  };
}
