import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/check-in.js';
import { checkInExamples } from './examples/check-in.js';
import { examplesStory } from './examples/example.js';

interface Args {
  heading?: string;
  rhythm?: string;
  with?: string;
  emotions?: string;
  history?: boolean;
  persist?: string;
  lang?: string;
  theme?: string;
  name?: string;
}

const meta = {
  title: 'Widgets/Check-in',
  component: 'tend-check-in',
  tags: ['autodocs'],
  argTypes: {
    heading: { control: 'text', description: 'The visible title (default: "Daily check-in" or "Weekly self check-in").' },
    rhythm: {
      control: 'select',
      options: [undefined, 'daily', 'weekly'],
      description: 'daily (default): feelings, a highlight, a challenge, a need, shared with a partner. weekly: a self check-in naming feelings and needs, with a small win.',
    },
    with: { control: 'text', description: 'Comma-separated names of the people the daily check-in is shared with.' },
    emotions: { control: 'text', description: 'Comma-separated feeling words that replace the built-in vocabulary.' },
    history: { control: 'boolean', description: 'With persist: keeps each day\'s check-in on this device and shows them over time.' },
    persist: { control: 'text', description: 'Key under which the draft (and, with history, the check-ins) are kept in localStorage.' },
    lang: { control: 'text', description: 'Locale of the UI text.' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'], description: 'Colour theme.' },
    name: { control: 'text', description: 'Form field name: the form submits JSON of the data once Done would accept it.' },
  },
  render: (args) =>
    html`<tend-check-in
      heading=${ifDefined(args.heading)}
      rhythm=${ifDefined(args.rhythm)}
      with=${ifDefined(args.with)}
      emotions=${ifDefined(args.emotions)}
      ?history=${args.history}
      persist=${ifDefined(args.persist)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      name=${ifDefined(args.name)}
    ></tend-check-in>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The daily check-in with a partner: "share highlights from the day and a challenge". */
export const Daily: Story = { args: { rhythm: 'daily', with: 'Alex' } };

/** The weekly self check-in: "name feelings and needs", with a small win of the week. */
export const Weekly: Story = { args: { rhythm: 'weekly' } };

/** With history: each day's check-in kept on this device and shown over time (press Done to keep today's). */
export const History: Story = { args: { history: true, persist: 'storybook-check-in', with: 'Alex' } };

/** Every example of stories/examples/check-in.ts — the list the accessibility tests (test/a11y/) run — each in its state. */
export const Examples: Story = examplesStory('tend-check-in', checkInExamples);
