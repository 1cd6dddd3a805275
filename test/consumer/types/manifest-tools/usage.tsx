// React 19 with the JSX types @wc-toolkit/jsx-types generates from the installed custom-elements.json.
import type { CustomElements } from './generated/jsx-types';

/** The host app's own storage. */
const saved: unknown[] = [];
const save = (...values: unknown[]) => saved.push(values);

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

export const exercise = (
  <tend-flow heading="Before we talk" ontend-complete={(event) => save(event.detail.exercise, event.target.value)}>
    <tend-stop-timer durations="5 30 20 10" autostart ontend-step={(event) => save(event.detail.step, event.detail.index)} />
    <tend-i-statement emotion="anxious" no-hints ontend-change={(event) => save(event.detail.version)} />
    <tend-builder cdn="https://example.org/tend/" />
    <tend-i-statement ontend-complete={(event) => event.detail.completedAt.toFixed()} />
  </tend-flow>
);
