import { exerciseSummary } from '../core/summary.js';
import type { ReflectionCardData } from './schema.js';

/** The reflection cards away from their element: each answered prompt with its answer. */
export const summary = exerciseSummary({
  name: 'Reflection cards',
  labels: {},
  entries: (data: ReflectionCardData) =>
    data.answers.filter((answer) => answer.answer.trim()).map((answer) => ({ label: answer.prompt.trim(), text: answer.answer.trim() })),
  response: (data) => data.answers.map(({ prompt, answer }) => `${prompt}\n${answer}`).join('\n\n'),
});
