// Preact with bare tags: 'tend-widgets/jsx' types them and their events in Preact's own JSX namespace.
import { useState } from 'preact/hooks';
import 'tend-widgets';
import 'tend-widgets/jsx';

/** The host app's own storage. */
const saved: unknown[] = [];
const save = (...values: unknown[]) => saved.push(values);

export function Session() {
  const [sentence, setSentence] = useState('');
  return (
    <tend-flow heading="Before we talk" theme="dark" ontend-complete={(event) => save(event.detail.exercise, event.detail.completedAt)}>
      <tend-stop-timer durations="5 30 20 10" autostart chime ontend-step={(event) => save(event.detail.step)} />
      <tend-i-statement
        emotion="anxious"
        no-hints
        persist="draft"
        class="exercise"
        data-step="2"
        aria-label="Say it calmly"
        ontend-complete={(event) => setSentence(event.detail.data.text.toUpperCase())}
      />
      <tend-reflection-card deck="repair" shuffle ontend-change={(event) => save(event.detail.data)} />
      <p>{sentence}</p>
      <tend-i-statement ontend-complete={(event) => setSentence(event.detail.data.completedAt)} />
    </tend-flow>
  );
}
