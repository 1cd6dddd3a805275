import { interpolate, lookup } from '../core/localize.js';
import type { SummaryEntry, SummaryWords } from '../core/summary.js';
import { summaries } from '../entries/summaries.js';

/** A step as the summary shows it. */
export interface StepSummary {
  title: string;
  status: string;
  entries: SummaryEntry[];
}

/** Every non-empty string in a value, for an exercise the flow does not know. */
function strings(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (depth > 4 || !value || typeof value !== 'object') return [];
  return Object.values(value).flatMap((inner) => strings(inner, depth + 1));
}

/**
 * A short, readable result of one step: its exercise's summary of the person's words (`src/<exercise>/summary.ts`).
 * Defensive about the data's shape, because a step that is not upgraded holds whatever a page set on it: data its
 * summary cannot read, and an exercise the flow does not know, are listed as their words.
 */
export function stepEntries(exercise: string, data: unknown, words: SummaryWords): SummaryEntry[] {
  const summary = (summaries as Record<string, { entries(data: unknown, words: SummaryWords): SummaryEntry[] } | undefined>)[exercise];
  if (summary && data && typeof data === 'object') {
    try {
      return summary.entries(data, words);
    } catch {
      // not the exercise's shape: its words below
    }
  }
  return strings(data).map((line) => ({ text: line }));
}

/**
 * The words of an exercise's summary (`summary.<key>`, `summary.name` its name) in `locale`: the page's wording on
 * the flow (`<exercise>.summary.<key>` in `strings`) first, then the locale's, then the summary's English.
 */
export function summaryWords(exercise: string, strings: Readonly<Record<string, unknown>>, locale: string): SummaryWords {
  const summary = (summaries as Record<string, { name: string; labels: Readonly<Record<string, string>> } | undefined>)[exercise];
  return {
    locale,
    label(key, values) {
      const found = strings[`${exercise}.summary.${key}`] ?? lookup(locale, exercise, `summary.${key}`);
      const english = key === 'name' ? (summary?.name ?? exercise) : (summary?.labels[key] ?? key);
      return interpolate(typeof found === 'string' ? found : english, values);
    },
  };
}

/** The whole session as plain text: the title, then each numbered step with its status and results. */
export function sessionText(title: string, steps: readonly StepSummary[], nothing: string): string {
  const blocks = steps.map(({ title: stepTitle, status, entries }, i) => {
    const lines = entries.length ? entries.map((e) => (e.label ? `${e.label}: ${e.text}` : e.text)) : [nothing];
    return [`${i + 1}. ${stepTitle} (${status})`, ...lines].join('\n');
  });
  return `${[title, ...blocks].join('\n\n')}\n`;
}
