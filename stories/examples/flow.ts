import { html } from 'lit';
import '../../src/entries/flow.js';
import '../../src/entries/i-statement.js';
import '../../src/entries/stop-timer.js';
import '../../src/entries/reflection-card.js';
import type { TendFlow } from '../../src/flow/flow.js';
import { press, type Example } from './example.js';

const skip = '[part~=nav] button:nth-child(2)';

/** The example of the issue: a STOP, an I-statement and the repair questions, with a therapist's note. */
const session = html`<tend-flow heading="Before we talk">
  <p>When it heats up, start here. Take your time with each step.</p>
  <tend-stop-timer durations="5 30 20 10"></tend-stop-timer>
  <tend-i-statement></tend-i-statement>
  <tend-reflection-card deck="repair"></tend-reflection-card>
</tend-flow>`;

/** The same session given as the `steps` attribute, which a server render shows (it does not see children). */
const givenSteps = JSON.stringify([
  { exercise: 'stop-timer', durations: '5 30 20 10', intro: 'When it heats up, start here. Take your time with each step.' },
  { exercise: 'i-statement' },
  { exercise: 'reflection-card', deck: 'repair' },
]);

/** `<tend-flow>` from its first step to the summary, in both languages and directions. */
export const flowExamples: Example<TendFlow>[] = [
  { name: 'First step, with the instructions', template: session },
  { name: 'Step two', template: session, setup: (el) => press(el, skip) },
  { name: 'Steps as an attribute (a server render shows them)', template: html`<tend-flow heading="Before we talk" steps=${givenSteps}></tend-flow>` },
  {
    name: 'Steps as an attribute, step two',
    template: html`<tend-flow heading="Before we talk" steps=${givenSteps}></tend-flow>`,
    setup: (el) => press(el, skip),
  },
  {
    name: 'Summary',
    template: html`<tend-flow heading="Tonight">
      <tend-i-statement emotion="tired" situation="plans change late" need="a day's notice"></tend-i-statement>
      <tend-reflection-card prompt="What would help next time?"></tend-reflection-card>
    </tend-flow>`,
    setup: async (el) => {
      await press(el, skip);
      await press(el, skip);
    },
  },
  { name: 'Dark theme, shared with the steps', template: html`<tend-flow theme="dark"><tend-i-statement></tend-i-statement><tend-reflection-card></tend-reflection-card></tend-flow>` },
  { name: 'Spanish', template: html`<tend-flow lang="es"><tend-i-statement></tend-i-statement><tend-reflection-card></tend-reflection-card></tend-flow>` },
  {
    name: 'Right to left, step two',
    template: html`<div dir="rtl"><tend-flow><tend-i-statement></tend-i-statement><tend-reflection-card></tend-reflection-card></tend-flow></div>`,
    setup: (el) => press(el, skip),
  },
];
