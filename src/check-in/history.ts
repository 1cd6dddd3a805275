/**
 * The kept check-ins, as pure functions: one per local date (a second one that day replaces the
 * first), newest first, and what they show over time. Nothing here counts streaks, scores or days
 * missed: growth is rarely linear (seed 002_31a936a8e8f5f16c.txt, line 29).
 */
import type { CheckInData } from './schema.js';
import { isIsoDate, todayIso } from '../core/dates.js';

/** How far back the over-time view looks: four weeks, today included. */
export const WINDOW_DAYS = 28;

/** The local `YYYY-MM-DD` of a moment (epoch milliseconds). */
export function localDate(epochMs: number): string {
  return todayIso(new Date(epochMs));
}

/** The first date of the four-week window that ends on the local date of `epochMs`. */
export function windowStart(epochMs: number, days = WINDOW_DAYS): string {
  const now = new Date(epochMs);
  return todayIso(new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1)));
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

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
    isString(entry['date']) &&
    isIsoDate(entry['date']) &&
    isStrings(entry['with']) &&
    isStrings(entry['feelings']) &&
    isString(entry['highlight']) &&
    isString(entry['challenge']) &&
    isString(entry['need'])
  );
}

/** Only the contract's fields, so nothing else a stored entry carries is kept or shown. */
export function pickCheckIn({ rhythm, date, with: names, feelings, highlight, challenge, need }: CheckInData): CheckInData {
  return { rhythm, date, with: names, feelings, highlight, challenge, need };
}

/** Newest first, one per date (the first seen wins, so `keep(entry, …)` puts a replacement in front). */
export function normaliseHistory(entries: readonly CheckInData[]): CheckInData[] {
  const seen = new Set<string>();
  const kept: CheckInData[] = [];
  for (const entry of entries) {
    if (seen.has(entry.date)) continue;
    seen.add(entry.date);
    kept.push(entry);
  }
  return kept.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The history with `entry` kept: it replaces the check-in of the same date. */
export function keep(entries: readonly CheckInData[], entry: CheckInData): CheckInData[] {
  return normaliseHistory([entry, ...entries]);
}

export interface Tally {
  /** The wording shown: as it was last written, without closing punctuation. */
  text: string;
  count: number;
}

/** Spacing collapsed, closing punctuation dropped: how a counted text is shown ("An early night: 2 times"). */
const shown = (text: string) => text.replace(/\s+/gu, ' ').replace(/[\s.!?…,;:]+$/u, '').trim();
/** A need's identity: case, spacing and closing punctuation do not make two needs different. */
const needKey = (need: string) => shown(need).toLocaleLowerCase();

function tally(texts: Iterable<string>, key: (text: string) => string): Tally[] {
  const counts = new Map<string, Tally>();
  for (const text of texts) {
    const id = key(text);
    if (!id) continue;
    const found = counts.get(id);
    if (found) found.count++;
    else counts.set(id, { text: shown(text) || text.trim(), count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
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
  const from = windowStart(epochMs);
  const to = localDate(epochMs);
  const recent = entries.filter((entry) => entry.date >= from && entry.date <= to);
  const feelingKey = (feeling: string) => feeling.toLocaleLowerCase().trim();
  // A feeling counts once per check-in, however it was written.
  const feelings = tally(
    recent.flatMap((entry) => entry.feelings.filter((f, i) => entry.feelings.findIndex((g) => feelingKey(g) === feelingKey(f)) === i)),
    feelingKey,
  );
  const needs = tally(
    recent.map((entry) => entry.need),
    needKey,
  ).filter((need) => need.count > 1);
  return { recent: recent.length, feelings: feelings.slice(0, limit), needs: needs.slice(0, limit) };
}
