import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/active-listening.js';
import { activeListeningExamples } from './examples/active-listening.js';
import { examplesStory } from './examples/example.js';

interface Args {
  heading?: string;
  with?: string;
  rounds?: string;
  noPeeking?: boolean;
  persist?: string;
  lang?: string;
  theme?: string;
  name?: string;
  exitUrl?: string;
}

const meta = {
  title: 'Widgets/Active listening',
  component: 'tend-active-listening',
  tags: ['autodocs'],
  argTypes: {
    heading: { control: 'text', description: 'The visible title (default: "Listening to each other").' },
    with: { control: 'text', description: 'The two people taking turns, comma-separated; the first speaks first (default: "Person A", "Person B").' },
    rounds: { control: 'select', options: [undefined, '1', '2', '3', '4', '5', '6'], description: 'Rounds suggested before Done (default 2).' },
    noPeeking: { control: 'boolean', description: 'Starts with "no peeking": the speaker\'s words are hidden while the listener reflects.' },
    persist: { control: 'text', description: 'Key under which the draft (the round in progress, a break) is kept in localStorage.' },
    lang: { control: 'text', description: 'Locale of the UI text.' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'], description: 'Colour theme.' },
    name: { control: 'text', description: 'Form field name: the form submits JSON of the data once one round counts.' },
    exitUrl: { control: 'text', description: 'An http(s) address for "Leave this page".' },
  },
  render: (args) =>
    html`<tend-active-listening
      heading=${ifDefined(args.heading)}
      with=${ifDefined(args.with)}
      rounds=${ifDefined(args.rounds)}
      ?no-peeking=${args.noPeeking}
      persist=${ifDefined(args.persist)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      name=${ifDefined(args.name)}
      exit-url=${ifDefined(args.exitUrl)}
    ></tend-active-listening>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Two people, one device: Sam speaks first, Alex reflects back, asks and validates; then they swap. */
export const TwoPeople: Story = { args: { with: 'Sam, Alex', rounds: '2' } };

/** "No peeking": Sam's words are hidden while Alex reflects them back, until Sam says "That's it". */
export const NoPeeking: Story = { args: { with: 'Sam, Alex', noPeeking: true } };

/** In Spanish. */
export const Spanish: Story = { args: { with: 'Ana, Luis', lang: 'es' } };

/** Every example of stories/examples/active-listening.ts — the list the accessibility tests (test/a11y/) run — each in its state. */
export const Examples: Story = examplesStory('tend-active-listening', activeListeningExamples);
