import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/i-statement.js';
import { iStatementExamples } from './examples/i-statement.js';
import { examplesStory } from './examples/example.js';
import { pressButton } from '../test/helpers/harness.js';
import type { TendIStatement } from '../src/entries/i-statement.js';

interface Args {
  heading?: string;
  emotion?: string;
  situation?: string;
  reason?: string;
  need?: string;
  emotions?: string;
  noHints: boolean;
  persist?: string;
  lang?: string;
  theme?: string;
  name?: string;
}

const meta = {
  title: 'Widgets/I-statement',
  component: 'tend-i-statement',
  tags: ['autodocs'],
  args: { noHints: false },
  argTypes: {
    heading: { control: 'text', description: 'The visible title.' },
    emotion: { control: 'text', description: 'Prefills the "I feel" field.' },
    situation: { control: 'text', description: 'Prefills the "when" field.' },
    reason: { control: 'text', description: 'Prefills the optional "because" field.' },
    need: { control: 'text', description: 'Prefills the "I need" field.' },
    emotions: { control: 'text', description: 'Comma-separated feeling words replacing the built-in vocabulary.' },
    noHints: { control: 'boolean', name: 'no-hints', description: 'Turns the coaching hints off.' },
    persist: { control: 'text', description: 'Key under which the draft is kept in localStorage.' },
    lang: { control: 'text', description: 'Locale of the UI text.' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'], description: 'Colour theme.' },
    name: { control: 'text', description: 'Form field name: the form submits the sentence.' },
  },
  render: (args) =>
    html`<tend-i-statement
      heading=${ifDefined(args.heading)}
      emotion=${ifDefined(args.emotion)}
      situation=${ifDefined(args.situation)}
      reason=${ifDefined(args.reason)}
      need=${ifDefined(args.need)}
      emotions=${ifDefined(args.emotions)}
      ?no-hints=${args.noHints}
      persist=${ifDefined(args.persist)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      name=${ifDefined(args.name)}
    ></tend-i-statement>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Empty, as a reader first meets it. */
export const Default: Story = {};

/** Filled with the example from the source text. */
export const Filled: Story = {
  args: {
    emotion: 'anxious',
    situation: "you don't text back for hours",
    reason: "I start worrying something's wrong",
    need: 'us to agree on communication expectations',
  },
};

/** A first draft that sounds like blame: the coaching hints suggest what to try instead. */
export const WithHints: Story = {
  args: { emotion: 'like you ignore me', situation: 'you never reply', need: 'you to be more considerate' },
};

/** The same draft with `no-hints`. */
export const HintsOff: Story = { args: { ...WithHints.args, noHints: true } };

/** A short vocabulary of the page's own. */
export const OwnVocabulary: Story = { args: { emotions: 'calm, tender, hurt, hopeful, worn out' } };

/** Done pressed with nothing written: each missing field says what to write. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<TendIStatement>('tend-i-statement')!;
    await el.updateComplete;
    await pressButton(el, 'Done');
  },
};

/** Finished: Done pressed on a complete sentence. */
export const Completed: Story = {
  args: { ...Filled.args },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<TendIStatement>('tend-i-statement')!;
    await el.updateComplete;
    await pressButton(el, 'Done');
  },
};

/** The dark theme. */
export const Dark: Story = { args: { ...Filled.args, theme: 'dark' } };

/** Every example of stories/examples/i-statement.ts — the list the accessibility tests (test/a11y/) run — each in its state. */
export const Examples: Story = examplesStory('tend-i-statement', iStatementExamples);
