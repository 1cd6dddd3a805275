/**
 * The journal in the person's hands: one entry as plain text (for `send-to` and `share`), the history as
 * Markdown and as CSV. Every piece of text the person wrote is escaped for Markdown and made formula-safe for
 * a spreadsheet (the core's `markdownDocument` and `csvDocument`, which the check-in's exports use too).
 */
import { csvDocument } from '../core/csv.js';
import { markdownDocument } from '../core/markdown.js';
import type { JealousyEntry } from './schema.js';

/** The words an export needs, in the widget's language. */
export interface JournalLabels {
  /** The history's heading ("Your jealousy journal over time"). */
  title: string;
  /** A date as the reader writes it ("31 March 2026"). */
  date(iso: string): string;
  /** A strength as the reader says it ("7 of 10"). */
  strengthValue(strength: number): string;
  with: string;
  situation: string;
  feelings: string;
  strength: string;
  need: string;
  say: string;
  agreement: string;
  glad: string;
}

/** The labelled answers of an entry, in the order they are asked, without the empty ones. */
export function entryRows(entry: JealousyEntry, labels: JournalLabels): [string, string][] {
  const all: [string, string][] = [
    [labels.with, entry.with.join(', ')],
    [labels.situation, entry.situation],
    [labels.feelings, entry.feelings.join(', ')],
    [labels.strength, entry.strength === null ? '' : labels.strengthValue(entry.strength)],
    [labels.need, entry.need],
    [labels.say, entry.say],
    [labels.agreement, entry.agreement],
    [labels.glad, entry.glad],
  ];
  return all.filter(([, text]) => text.trim());
}

/** One entry as plain text: the date, then each answer under its label (`''` when nothing is written). */
export function entryToText(entry: JealousyEntry, labels: JournalLabels): string {
  const answers = entryRows(entry, labels).filter(([label]) => label !== labels.with);
  if (!answers.length) return '';
  return `${[labels.date(entry.date), ...answers.map(([label, text]) => `${label}: ${text.trim()}`)].join('\n')}\n`;
}

/** The history as Markdown: a section per entry, newest first (an entry of the same day gets its own). */
export function historyToMarkdown(entries: readonly JealousyEntry[], labels: JournalLabels): string {
  return markdownDocument(
    labels.title,
    entries.map((entry) => ({ heading: labels.date(entry.date), rows: entryRows(entry, labels) })),
  );
}

export const CSV_COLUMNS = ['date', 'with', 'situation', 'feelings', 'strength', 'need', 'say', 'agreement', 'glad'] as const;

/** The history as CSV: a header row, then one row per entry (newest first); lists joined with "; ", no strength as an empty cell. */
export function historyToCsv(entries: readonly JealousyEntry[]): string {
  return csvDocument(
    CSV_COLUMNS,
    entries.map((entry) => [
      entry.date,
      entry.with.join('; '),
      entry.situation,
      entry.feelings.join('; '),
      entry.strength === null ? '' : String(entry.strength),
      entry.need,
      entry.say,
      entry.agreement,
      entry.glad,
    ]),
  );
}
