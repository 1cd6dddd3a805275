import { exerciseSummary, labelled } from '../core/summary.js';
import type { IStatementData } from './schema.js';

/** The I-statement away from its element: the sentence, or the parts written so far under their labels. */
export const summary = exerciseSummary({
  name: 'I-statement',
  labels: { emotion: 'I feel', situation: 'When', reason: 'Because', need: 'I need' },
  entries: (data: IStatementData, words) =>
    data.text.trim()
      ? [{ text: data.text.trim() }]
      : labelled(words, [
          ['emotion', data.emotion],
          ['situation', data.situation],
          ['reason', data.reason],
          ['need', data.need],
        ]),
  response: (data) => data.text,
});
