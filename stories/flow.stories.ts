import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/flow.js';
import '../src/entries/i-statement.js';
import '../src/entries/stop-timer.js';
import '../src/entries/agreement.js';
import '../src/entries/reflection-card.js';
import { flowExamples } from './examples/flow.js';
import { examplesStory } from './examples/example.js';

interface Args {
  heading?: string;
  persist?: string;
  lang?: string;
  theme?: string;
  name?: string;
}

const meta = {
  title: 'Widgets/Flow',
  component: 'tend-flow',
  tags: ['autodocs'],
  argTypes: {
    heading: { control: 'text', description: 'The visible title of the session (default "Guided session").' },
    persist: { control: 'text', description: 'Key under which the step on show, and each step’s draft (`<key>/<index>`), are kept in localStorage.' },
    lang: { control: 'text', description: 'Locale of the UI text, for the flow and every step without its own.' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'], description: 'Colour theme, for the flow and every step without its own.' },
    name: { control: 'text', description: 'Form field name: the form submits JSON of the data.' },
  },
  render: (args) =>
    html`<tend-flow heading=${ifDefined(args.heading)} persist=${ifDefined(args.persist)} lang=${ifDefined(args.lang)} theme=${ifDefined(args.theme)} name=${ifDefined(args.name)}>
      <p>When it heats up, start here. Take your time with each step.</p>
      <tend-stop-timer durations="5 30 20 10"></tend-stop-timer>
      <tend-i-statement></tend-i-statement>
      <tend-reflection-card deck="repair"></tend-reflection-card>
    </tend-flow>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The example: a STOP, then an I-statement, then the repair questions, with the therapist's note on the first step. */
export const BeforeWeTalk: Story = { args: { heading: 'Before we talk', persist: 'before-we-talk' } };

/** In the dark theme: every step without its own theme takes the flow's. */
export const Dark: Story = { args: { heading: 'Before we talk', theme: 'dark' } };

/** The flow's strings reword every step: here Done becomes "Next" in each step (the flow's own Done keeps its word with `flow.done`). */
export const RewordedStrings: Story = {
  render: (args) =>
    html`<tend-flow heading=${ifDefined(args.heading)} theme=${ifDefined(args.theme)}>
      <script type="application/json" data-tend-strings>
        { "done": "Next", "flow.done": "Finish the session" }
      </script>
      <tend-i-statement></tend-i-statement>
      <p>Then tell me about this week.</p>
      <tend-reflection-card deck="check-in"></tend-reflection-card>
      <tend-agreement></tend-agreement>
    </tend-flow>`,
};

/** Every example of stories/examples/flow.ts — the list the accessibility tests (test/a11y/) run — each in its state. */
export const Examples: Story = examplesStory('tend-flow', flowExamples);
