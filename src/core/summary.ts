import { interpolate } from './localize.js';

type Values = Readonly<Record<string, string | number>>;

/** One line of a summary: what it is (a prompt, "I need"…) and the person's words. */
export interface SummaryEntry {
  label?: string;
  text: string;
}

/** The words a summary is written in: its labels in the reader's language, and that language. */
export interface SummaryWords<L extends string = string> {
  label(key: L, values?: Values): string;
  readonly locale: string;
}

/**
 * What an exercise says about its data away from its element, in `src/<exercise>/summary.ts` (pure, no UI):
 * a flow's summary of its step and the xAPI statement read it. Its words are keys `summary.name` and
 * `summary.<label>` of the exercise's own catalogue: English here, other languages in each locale's part
 * (`src/locales/<lang>/<exercise>.ts`), and a page rewords them as any other string.
 */
export interface ExerciseSummary<D, L extends string = string> {
  /** The exercise's name, for a flow's step whose own heading is not there to read. */
  readonly name: string;
  /** The English labels of its entries, by key. */
  readonly labels: Readonly<Record<L, string>>;
  /** The person's words as a short list; only what was written. */
  entries(data: D, words: SummaryWords<L>): SummaryEntry[];
  /** The person's own words as one English string (xAPI's `result.response`). */
  response(data: D): string;
  /** How long the exercise took, in milliseconds (xAPI's `result.duration`), for an exercise that counts time. */
  durationMs?(data: D): number;
}

/** Declares an exercise's summary (the labels' keys inferred). */
export const exerciseSummary = <D, L extends string = never>(summary: ExerciseSummary<D, L>): ExerciseSummary<D, L> => summary;

/** A summary's words by key, as its namespace in a locale holds them (`summary.name`, `summary.<label>`). */
export type SummaryCatalog<S> = S extends { labels: Readonly<Record<infer L extends string, string>> } ? Record<'summary.name' | `summary.${L}`, string> : never;

/** A summary's English words as catalogue entries (for the strings table and the locales' tests). */
export function summaryCatalog(summary: ExerciseSummary<never, string>): Record<string, string> {
  return { 'summary.name': summary.name, ...Object.fromEntries(Object.entries(summary.labels).map(([key, text]) => [`summary.${key}`, text])) };
}

/** A summary's words in English (xAPI, tests): its own labels. */
export function englishWords<L extends string>(labels: Readonly<Record<L, string>>): SummaryWords<L> {
  return { label: (key, values) => interpolate(labels[key] ?? key, values), locale: 'en' };
}

/** The non-empty, trimmed text of each `[label key, value]` pair, under its label. */
export function labelled<L extends string>(words: SummaryWords<L>, pairs: readonly (readonly [L, unknown])[]): SummaryEntry[] {
  return pairs.flatMap(([key, value]) => (typeof value === 'string' && value.trim() ? [{ label: words.label(key), text: value.trim() }] : []));
}
