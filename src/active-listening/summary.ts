/**
 * The rounds as a summary shows them (a flow's step) and as an xAPI response: per round, who spoke and what
 * they said, then what was heard, asked and validated. The tries are in the data, never in the summary: they
 * are counted, not scored. Pure; for the registry's one summary per exercise (issue #29).
 */
import { exerciseSummary } from '../core/summary.js';
import type { ActiveListeningData } from './schema.js';

export interface SummaryEntry {
  label?: string;
  text: string;
}

/** The labels in the reader's words: "{name} said" and the three answers of the listener. */
export interface ListeningLabels {
  said(speaker: string): string;
  reflection: string;
  question: string;
  validation: string;
}

export function listeningEntries(data: ActiveListeningData, labels: ListeningLabels): SummaryEntry[] {
  return data.rounds.flatMap((round) =>
    (
      [
        [labels.said(round.speaker), round.said],
        [labels.reflection, round.reflection],
        [labels.question, round.question],
        [labels.validation, round.validation],
      ] as [string, string][]
    )
      .filter(([, text]) => text.trim())
      .map(([label, text]) => ({ label, text: text.trim() })),
  );
}

/** The xAPI response: each round's lines in English labels, rounds apart. */
export function listeningResponse(data: ActiveListeningData): string {
  const labels: ListeningLabels = { said: (speaker) => `${speaker} said`, reflection: 'Heard', question: 'Question', validation: 'Makes sense' };
  return data.rounds
    .map((round) =>
      listeningEntries({ ...data, rounds: [round] }, labels)
        .map(({ label, text }) => `${label}: ${text}`)
        .join('\n'),
    )
    .join('\n\n');
}

/** Active listening for the registry (a flow's step, xAPI): the rounds in the reader's words, the English response. */
export const summary = exerciseSummary({
  name: 'Listening to each other',
  labels: { said: '{speaker} said', reflection: 'Heard', question: 'Question', validation: 'Makes sense' },
  entries: (data: ActiveListeningData, words) =>
    listeningEntries(data, {
      said: (speaker) => words.label('said', { speaker }),
      reflection: words.label('reflection'),
      question: words.label('question'),
      validation: words.label('validation'),
    }),
  response: listeningResponse,
});
