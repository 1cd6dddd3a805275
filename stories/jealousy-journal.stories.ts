import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/jealousy-journal.js';
import { jealousyJournalExamples } from './examples/jealousy-journal.js';
import { examplesStory } from './examples/example.js';

interface Args {
  heading?: string;
  with?: string;
  emotions?: string;
  history?: boolean;
  persist?: string;
  lang?: string;
  theme?: string;
  name?: string;
  'exit-url'?: string;
}

const meta = {
  title: 'Widgets/Jealousy journal',
  component: 'tend-jealousy-journal',
  tags: ['autodocs'],
  argTypes: {
    heading: { control: 'text', description: 'The visible title (default: "Jealousy journal").' },
    with: { control: 'text', description: 'Comma-separated names of the people it is about ("Anything I can feel glad about for Sam?").' },
    emotions: { control: 'text', description: "Comma-separated feeling words that replace the built-in vocabulary (jealousy's neighbours included)." },
    history: { control: 'boolean', description: 'With persist: keeps each entry on this device (several a day) and shows them over time, the strength included.' },
    persist: { control: 'text', description: 'Key under which the draft (and, with history, the entries) are kept in localStorage.' },
    lang: { control: 'text', description: 'Locale of the UI text.' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'], description: 'Colour theme.' },
    name: { control: 'text', description: 'Form field name: the form submits JSON of the entry once Done would accept it.' },
    'exit-url': { control: 'text', description: 'An http(s) address for "Leave this page".' },
  },
  render: (args) =>
    html`<tend-jealousy-journal
      heading=${ifDefined(args.heading)}
      with=${ifDefined(args.with)}
      emotions=${ifDefined(args.emotions)}
      ?history=${args.history}
      persist=${ifDefined(args.persist)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      name=${ifDefined(args.name)}
      exit-url=${ifDefined(args['exit-url'])}
    ></tend-jealousy-journal>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** One entry, about one person: "treat jealousy as data, not as a threat". */
export const Entry: Story = { args: { with: 'Sam' } };

/** With history: each entry kept on this device and shown over time (press Done to keep one). */
export const History: Story = { args: { history: true, persist: 'storybook-jealousy-journal', with: 'Sam' } };

/** In Spanish. */
export const Spanish: Story = { args: { lang: 'es', with: 'Sam' } };

/** Every example of stories/examples/jealousy-journal.ts — the list the accessibility tests (test/a11y/) run — each in its state. */
export const Examples: Story = examplesStory('tend-jealousy-journal', jealousyJournalExamples);
