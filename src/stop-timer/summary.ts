import { exerciseSummary, labelled } from '../core/summary.js';
import type { StopTimerData } from './schema.js';

/** The STOP skill away from its element: the time in the steps (none when never started) and the notes. */
export const summary = exerciseSummary({
  name: 'The STOP skill',
  labels: { timeSpent: 'Time in the steps', observe: 'What I noticed', proceed: 'How I will go on' },
  entries: (data: StopTimerData, words) => {
    const seconds = data.elapsedMs > 0 ? Math.round(data.elapsedMs / 1000) : 0;
    const time = new Intl.NumberFormat(words.locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(seconds);
    return [
      ...(seconds ? [{ label: words.label('timeSpent'), text: time }] : []),
      ...labelled(words, [
        ['observe', data.notes.observe],
        ['proceed', data.notes.proceed],
      ]),
    ];
  },
  response: (data) => [data.notes.observe, data.notes.proceed].filter(Boolean).join('\n\n'),
  durationMs: (data) => data.elapsedMs,
});
