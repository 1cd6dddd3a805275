import { exerciseSummary, labelled } from '../core/summary.js';
import type { CheckInData } from './schema.js';

/** The check-in away from its element: the feelings, highlight, challenge and need written. */
export const summary = exerciseSummary({
  name: 'Check-in',
  labels: { feelings: 'Feelings', highlight: 'Highlight', challenge: 'Challenge', need: 'I need' },
  entries: (data: CheckInData, words) =>
    labelled(words, [
      ['feelings', data.feelings.map((feeling) => feeling.trim()).filter(Boolean).join(', ')],
      ['highlight', data.highlight],
      ['challenge', data.challenge],
      ['need', data.need],
    ]),
  response: ({ rhythm, feelings, highlight, challenge, need }) =>
    (
      [
        ['Feelings', feelings.join(', ')],
        [rhythm === 'weekly' ? 'Small win' : 'Highlight', highlight],
        ['Challenge', challenge],
        ['Need', need],
      ] as const
    )
      .filter(([, text]) => text.trim())
      .map(([label, text]) => `${label}: ${text}`)
      .join('\n'),
});
