import { csvDocument } from '../core/csv.js';
import { markdownDocument } from '../core/markdown.js';
import { longDate } from '../core/dates.js';
import type { CheckInData } from './schema.js';
import type { CheckInWords } from './words.js';

/** The words an export needs, in the widget's language. */
export interface ExportLabels {
  title: string;
  date(iso: string): string;
  feelings: string;
  highlight: string;
  win: string;
  challenge: string;
  need: string;
  with: string;
}

/** The labels in the reader's words (the history's heading as the title). */
export function exportLabels(words: CheckInWords): ExportLabels {
  return {
    title: words.t('historyHeading'),
    date: (iso) => longDate(iso, words.locale),
    feelings: words.t('fieldFeelings'),
    highlight: words.t('fieldHighlight'),
    win: words.t('fieldWin'),
    challenge: words.t('fieldChallenge'),
    need: words.t('fieldNeed'),
    with: words.t('fieldWith'),
  };
}

const rows = (entry: CheckInData, labels: ExportLabels): [string, string][] =>
  (
    [
      [labels.with, entry.with.join(', ')],
      [labels.feelings, entry.feelings.join(', ')],
      [entry.rhythm === 'weekly' ? labels.win : labels.highlight, entry.highlight],
      [labels.challenge, entry.challenge],
      [labels.need, entry.need],
    ] as [string, string][]
  ).filter(([, text]) => text.trim());

/** One check-in as plain text, for `send-to` and `share`: each answer under its label (`''` when nothing is written). */
export function checkInToText(entry: CheckInData, labels: ExportLabels): string {
  const answers = rows(entry, labels).filter(([label]) => label !== labels.with);
  if (!answers.length) return '';
  return `${[labels.title, ...answers.map(([label, text]) => `${label}: ${text.trim()}`)].join('\n')}\n`;
}

/** The history as Markdown: a heading per check-in (newest first), every piece of text escaped (the core's document, as the journal's). */
export function historyToMarkdown(entries: readonly CheckInData[], labels: ExportLabels): string {
  return markdownDocument(
    labels.title,
    entries.map((entry) => ({ heading: labels.date(entry.date), rows: rows(entry, labels) })),
  );
}

export const CSV_COLUMNS = ['date', 'rhythm', 'with', 'feelings', 'highlight', 'challenge', 'need'] as const;

/** The history as CSV: a header row, then one row per check-in (newest first); lists joined with "; ". */
export function historyToCsv(entries: readonly CheckInData[]): string {
  return csvDocument(
    CSV_COLUMNS,
    entries.map((entry) => [entry.date, entry.rhythm, entry.with.join('; '), entry.feelings.join('; '), entry.highlight, entry.challenge, entry.need]),
  );
}
