import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/stop-timer.js';
import { stopTimerExamples } from './examples/stop-timer.js';
import { examplesStory } from './examples/example.js';

interface Args {
  heading?: string;
  durations?: string;
  breath?: string;
  autostart: boolean;
  chime: boolean;
  notes: boolean;
  persist?: string;
  lang?: string;
  theme?: string;
  name?: string;
  strings?: Record<string, string>;
}

const meta = {
  title: 'Widgets/STOP timer',
  component: 'tend-stop-timer',
  tags: ['autodocs'],
  args: { autostart: false, chime: false, notes: false },
  argTypes: {
    heading: { control: 'text', description: 'The visible title.' },
    durations: { control: 'text', description: 'Seconds of the four steps, e.g. "5 30 20 10".' },
    breath: { control: 'text', description: 'Paced breathing: "4-6", "4-7-8" or "4-4-4-4".' },
    autostart: { control: 'boolean', description: 'Starts as soon as it is on the page.' },
    chime: { control: 'boolean', description: 'A soft tone at each step change (after the person pressed a control).' },
    notes: { control: 'boolean', description: 'Note fields in Observe and Proceed; waits for Done.' },
    persist: { control: 'text', description: 'Key under which the notes are kept in localStorage.' },
    lang: { control: 'text', description: 'Locale of the UI text.' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'], description: 'Colour theme.' },
    name: { control: 'text', description: 'Form field name: the form submits JSON of the data.' },
    strings: { control: 'object', description: 'Replacement wording by key (e.g. "step.breathe.title").' },
  },
  render: (args) =>
    html`<tend-stop-timer
      heading=${ifDefined(args.heading)}
      durations=${ifDefined(args.durations)}
      breath=${ifDefined(args.breath)}
      ?autostart=${args.autostart}
      ?chime=${args.chime}
      ?notes=${args.notes}
      persist=${ifDefined(args.persist)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      name=${ifDefined(args.name)}
      .strings=${args.strings ?? {}}
    ></tend-stop-timer>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The default: 5 · 30 · 20 · 10 seconds, breathing in for 4 and out for 6. */
export const Default: Story = {};

/** Box breathing: in 4, hold 4, out 4, hold 4, with a longer breathing step. */
export const BoxBreathing: Story = {
  args: { breath: '4-4-4-4', durations: '5 48 20 10' },
};

/** Note fields in Observe and Proceed; the exercise waits for Done so the person can finish writing. */
export const Notes: Story = {
  args: { notes: true, chime: true },
};

/**
 * A DBT therapist's wording: Linehan's STOP skill says "Take a step back" where the source text says
 * "Take a breath". Every step text is a string the embedder can replace.
 */
export const DbtWording: Story = {
  args: {
    heading: 'STOP skill',
    strings: {
      'step.breathe.title': 'Take a step back',
      'step.breathe.instruction': 'Take a step back from the situation. Take a break. Let go. Take a deep breath.',
      'step.observe.instruction': 'Observe what is happening inside and outside you.',
      'step.proceed.title': 'Proceed mindfully',
      'step.proceed.instruction': 'Act with awareness, thinking about your goals.',
    },
  },
};

/** With reduced motion the breathing shape stays still; the phase text and a progress bar carry the rhythm. */
export const ReducedMotion: Story = {
  args: { durations: '2 40 20 10' },
  render: (args) => html`<div data-tend-motion="reduce">${meta.render(args)}</div>`,
};

/** Every example of stories/examples/stop-timer.ts — the list the accessibility tests (test/a11y/) run — each in its state. */
export const Examples: Story = examplesStory('tend-stop-timer', stopTimerExamples);
