import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/repair.js';
import { repairExamples } from './examples/repair.js';
import { examplesStory } from './examples/example.js';

interface Args {
  heading?: string;
  with?: string;
  'follow-up'?: string;
  'no-hints'?: boolean;
  persist?: string;
  lang?: string;
  theme?: string;
  name?: string;
  'send-to'?: string;
  share?: boolean;
  'exit-url'?: string;
}

const meta = {
  title: 'Widgets/Repair',
  component: 'tend-repair',
  tags: ['autodocs'],
  argTypes: {
    heading: { control: 'text', description: 'The visible title (default: "Repair after a conflict").' },
    with: { control: 'text', description: 'Comma-separated names of the other people, named in the labels and the words.' },
    'follow-up': { control: { type: 'number', min: 1, max: 90, step: 1 }, description: 'Whole days from today to the follow-up date offered, 1–90 (default 7).' },
    'no-hints': { control: 'boolean', description: 'Turns the coaching hints off.' },
    persist: { control: 'text', description: 'Key under which the draft is kept in localStorage.' },
    lang: { control: 'select', options: [undefined, 'en', 'es'], description: 'Locale of the UI text.' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'], description: 'Colour theme.' },
    name: { control: 'text', description: 'Form field name: the form submits JSON of the data once Done would accept it.' },
    'send-to': { control: 'text', description: 'An e-mail address: "Email my words to …" opens the person\'s own mail app.' },
    share: { control: 'boolean', description: 'A "Share" button with the browser\'s share sheet, where it has one.' },
    'exit-url': { control: 'text', description: 'An http(s) address for "Leave this page".' },
  },
  render: (args) =>
    html`<tend-repair
      heading=${ifDefined(args.heading)}
      with=${ifDefined(args.with)}
      follow-up=${ifDefined(args['follow-up'])}
      ?no-hints=${args['no-hints']}
      persist=${ifDefined(args.persist)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      name=${ifDefined(args.name)}
      send-to=${ifDefined(args['send-to'])}
      ?share=${args.share}
      exit-url=${ifDefined(args['exit-url'])}
    ></tend-repair>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A repair with one person: their name in the labels and in what the person could say. */
export const WithSomeone: Story = { args: { with: 'Sam' } };

/** A follow-up two weeks on, the words kept on this device. */
export const TwoWeeksKept: Story = { args: { 'follow-up': '14', persist: 'storybook-repair' } };

/** Spanish. */
export const Spanish: Story = { args: { lang: 'es', with: 'Ana' } };

/** Every example of stories/examples/repair.ts — the list the accessibility tests (test/a11y/) run — each in its state. */
export const Examples: Story = examplesStory('tend-repair', repairExamples);
