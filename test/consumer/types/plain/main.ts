// Plain TypeScript with one subpath: the import that defines <tend-i-statement> types its tag and its events.
import 'tend-widgets/i-statement';
import type { TendCompleteDetail } from 'tend-widgets/i-statement';

/** The host app's own storage. */
const saved: unknown[] = [];
const save = (...values: unknown[]) => saved.push(values);

const exercise = document.querySelector('tend-i-statement');
exercise?.addEventListener('tend-complete', (event) => {
  const sentence: string = event.detail.data.text;
  const finished: string = event.detail.completedAt;
  save(sentence.toUpperCase(), finished);
});
exercise?.addEventListener('tend-change', (event) => save(event.detail.data.emotion));

const created = document.createElement('tend-i-statement');
created.emotion = 'anxious';
created.value = { emotion: 'hurt', situation: 'plans change last minute', reason: '', need: 'a call first', text: '' };

document.addEventListener('tend-complete', (event) => {
  if (event.detail.exercise === 'i-statement') save(event.detail.data.need);
});

export function keep(detail: TendCompleteDetail<'i-statement'>): string {
  return detail.data.situation;
}

exercise?.addEventListener('tend-complete', (event) => {
  const minutes: number = event.detail.completedAt; // must fail: completedAt is an ISO 8601 string
  save(minutes);
});
