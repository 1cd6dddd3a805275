/**
 * A journal entry as a summary shows it (a flow's step) and as an xAPI response: each answer under its label,
 * the strength as the reader says it. Pure; for the registry's one summary per exercise (issue #29).
 */
import { longDate } from '../core/dates.js';
import { exerciseSummary } from '../core/summary.js';
import { entryRows, type JournalLabels } from './export.js';
import type { JealousyEntry } from './schema.js';

export interface SummaryEntry {
  label?: string;
  text: string;
}

/** Each answer written, under its label (the names left out: the page knows them). */
export function journalEntries(entry: JealousyEntry, labels: JournalLabels): SummaryEntry[] {
  return entryRows(entry, labels)
    .filter(([label]) => label !== labels.with)
    .map(([label, text]) => ({ label, text: text.trim() }));
}

/** The xAPI response: each answer on its line, in English labels ("Strength: 7 of 10"). */
export function journalResponse(entry: JealousyEntry): string {
  return journalEntries(entry, {
    title: 'Jealousy journal',
    date: (iso) => iso,
    strengthValue: (strength) => `${strength} of 10`,
    with: 'With',
    situation: 'What happened',
    feelings: 'Feelings',
    strength: 'Strength',
    need: 'Need or boundary',
    say: 'What I would like to say',
    agreement: 'Agreement to revisit',
    glad: 'Glad for them',
  })
    .map(({ label, text }) => `${label}: ${text}`)
    .join('\n');
}

/** The journal for the registry (a flow's step, xAPI): an entry's answers in the reader's words, its English response. */
export const summary = exerciseSummary({
  name: 'Jealousy journal',
  labels: {
    situation: 'What happened',
    feelings: 'Feelings',
    strength: 'Strength',
    strengthValue: '{strength} of 10',
    need: 'Need or boundary',
    say: 'What I would like to say',
    agreement: 'Agreement to revisit',
    glad: 'Glad for them',
  },
  entries: (entry: JealousyEntry, words) =>
    journalEntries(entry, {
      title: words.label('situation'),
      date: (iso) => longDate(iso, words.locale),
      strengthValue: (strength) => words.label('strengthValue', { strength }),
      with: '',
      situation: words.label('situation'),
      feelings: words.label('feelings'),
      strength: words.label('strength'),
      need: words.label('need'),
      say: words.label('say'),
      agreement: words.label('agreement'),
      glad: words.label('glad'),
    }),
  response: journalResponse,
});
