// Type-checked in npm test against the built package: the JSX types generated from the manifest
// and the React wrappers must accept what the contract allows and reject what it does not.
import 'tend-widgets/jsx';
import { TendActiveListening, TendCheckIn, TendFlow, TendIStatement, TendStopTimer } from 'tend-widgets/react';
import type { TendCompleteEvent } from 'tend-widgets';

export const plain = (
  <tend-i-statement emotion="anxious" no-hints persist="draft" theme="dark" ontend-complete={(event: TendCompleteEvent) => event.detail.completedAt} />
);
export const timer = <tend-stop-timer durations="5 30 20 10" breath="4-6" autostart notes chime />;
export const wrapped = (
  <TendIStatement emotion="anxious" onTendComplete={(event) => event.detail.exercise} onTendChange={(event) => event.detail.data} />
);
export const steps = <TendStopTimer onTendStep={(event) => event.detail.step} />;
export const session = (
  <TendFlow heading="Before we talk" persist="before-we-talk" onTendComplete={(event) => event.detail.completedAt}>
    <tend-stop-timer durations="5 30 20 10" />
    <TendIStatement />
  </TendFlow>
);
export const plainFlow = <tend-flow theme="dark" lang="es"><tend-reflection-card deck="repair" /></tend-flow>;
export const checkIn = <tend-check-in rhythm="weekly" with="Alex" history persist="mine" />;
export const wrappedCheckIn = <TendCheckIn history persist="mine" onTendComplete={(event) => event.detail.completedAt} />;
export const listening = <tend-active-listening with="Sam, Alex" rounds="3" no-peeking persist="pair" />;
export const wrappedListening = (
  <TendActiveListening with="Sam, Alex" onTendComplete={(event) => event.detail.data.rounds.map((round) => `${round.speaker}: ${round.tries}`)} />
);

document.addEventListener('tend-complete', (event) => {
  if (event.detail.exercise === 'i-statement') event.detail.data.text.toUpperCase();
  if (event.detail.exercise === 'flow') event.detail.data.steps.map((step) => step.completedAt ?? 'skipped');
});

// @ts-expect-error autostart is a boolean attribute
export const wrong = <tend-stop-timer autostart="yes" />;

// @ts-expect-error rounds is one of the menu's values, 1 to 6
export const tooManyRounds = <tend-active-listening rounds="7" />;
