/**
 * What every exercise that keeps entries over time shares, as pure functions (the check-in, the jealousy
 * journal): local dates, the four-week window, entries newest first, the texts that come back, reading the
 * kept entries from a stored draft. No streaks, scores, averages or days missed: growth is rarely linear
 * (seed 002_31a936a8e8f5f16c.txt, line 29).
 */
import { todayIso } from './dates.js';

/** The clock the dates come from: `Date` itself, or anything with a `now()` in epoch milliseconds (tests, a host). */
export interface DateClock {
  now(): number;
}

/** How far back an over-time view looks: four weeks, today included. */
export const WINDOW_DAYS = 28;

/** The local `YYYY-MM-DD` of a moment (epoch milliseconds). */
export function localDate(epochMs: number): string {
  return todayIso(new Date(epochMs));
}

/** The first date of the window of `days` that ends on the local date of `epochMs`. */
export function windowStart(epochMs: number, days = WINDOW_DAYS): string {
  const now = new Date(epochMs);
  return todayIso(new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1)));
}

export const isText = (value: unknown): value is string => typeof value === 'string';
export const isTexts = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

/** An entry kept over time: it has a local date. */
export interface Dated {
  date: string;
}

/** Newest date first; entries of one date keep their order. */
export function newestFirst<T extends Dated>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The entries whose date lies in the four weeks that end on the local date of `epochMs`. */
export function inWindow<T extends Dated>(entries: readonly T[], epochMs: number): { from: string; to: string; recent: T[] } {
  const from = windowStart(epochMs);
  const to = localDate(epochMs);
  return { from, to, recent: entries.filter((entry) => entry.date >= from && entry.date <= to) };
}

/** A text counted over time: how it was last written (closing punctuation dropped), and how many entries hold it. */
export interface Tally {
  text: string;
  count: number;
}

/** As shown: spacing collapsed, closing punctuation dropped. Its identity ignores case as well. */
const shown = (text: string) => text.replace(/\s+/gu, ' ').replace(/[\s.!?…,;:]+$/u, '').trim();

/** Each text's count (once per entry, whatever its case or closing punctuation), most often first, then alphabetically; empty texts left out. */
export function countTexts(perEntry: readonly (readonly string[])[]): Tally[] {
  const counts = new Map<string, Tally>();
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

/** An entry that names feelings and a need. */
export interface FeelingsAndNeed extends Dated {
  feelings: readonly string[];
  need: string;
}

/** What the last four weeks show: the entries in them, the feelings named most often, the needs written more than once. */
export function feelingsOverTime<T extends FeelingsAndNeed>(entries: readonly T[], epochMs: number, limit = 10) {
  const { from, to, recent } = inWindow(entries, epochMs);
  return {
    from,
    to,
    recent,
    feelings: countTexts(recent.map((entry) => entry.feelings)).slice(0, limit),
    needs: countTexts(recent.map((entry) => [entry.need]))
      .filter((need) => need.count > 1)
      .slice(0, limit),
  };
}

/**
 * The kept entries a stored draft holds (under `entries`, beside the draft in the core's envelope): those that
 * `isEntry` accepts, with only their contract's fields (`pick`), in the exercise's order (`normalise`), and how
 * many could not be read.
 */
export function readKept<T>(
  stored: Record<string, unknown>,
  isEntry: (value: unknown) => value is T,
  pick: (entry: T) => T,
  normalise: (entries: readonly T[]) => T[],
): { entries: T[]; unreadable: number } {
  const entries: unknown[] = Array.isArray(stored['entries']) ? stored['entries'] : [];
  const valid = entries.filter(isEntry).map(pick);
  return { entries: normalise(valid), unreadable: entries.length - valid.length };
}

/** The draft data in a stored envelope (`{ "data": { … } }`); undefined for anything else, unreadable JSON included. */
export function envelopeData(raw: string | null): Record<string, unknown> | undefined {
  try {
    const envelope = JSON.parse(raw ?? 'null') as { data?: unknown } | null;
    return envelope?.data && typeof envelope.data === 'object' ? (envelope.data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the stored text holds `entry` as it was kept (a full or failing storage keeps it on screen only). */
export function holdsEntry(raw: string | null, entry: object): boolean {
  return raw?.includes(JSON.stringify(entry)) ?? false;
}
