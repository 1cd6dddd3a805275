import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/reflection-card.js';
import { reflectionCardExamples } from './examples/reflection-card.js';
import { examplesStory } from './examples/example.js';
import { pressButton } from '../test/helpers/harness.js';
import type { TendReflectionCard } from '../src/entries/reflection-card.js';
import type { ReflectionCardData } from '../src/entries/data.js';

interface Args {
  heading?: string;
  deck?: string;
  prompt?: string;
  shuffle?: boolean;
  wordCount?: boolean;
  persist?: string;
  lang?: string;
  theme?: string;
  name?: string;
}

const meta = {
  title: 'Widgets/Reflection card',
  component: 'tend-reflection-card',
  tags: ['autodocs'],
  argTypes: {
    heading: { control: 'text', description: 'The visible title (default: the deck\'s title).' },
    deck: {
      control: 'select',
      options: [undefined, 'self-awareness', 'check-in', 'jealousy', 'repair', 'progress'],
      description: 'Built-in deck: self-awareness (default), check-in, jealousy, repair or progress.',
    },
    prompt: { control: 'text', description: 'One custom prompt (replaces the deck). `<li>`/`<p>` children give several.' },
    shuffle: { control: 'boolean', description: 'Shuffles the cards, in one order for the session.' },
    wordCount: { control: 'boolean', description: 'Shows a word count under the answer (attribute `word-count`).' },
    persist: { control: 'text', description: 'Key under which the answers are kept in localStorage.' },
    lang: { control: 'text', description: 'Locale of the UI text.' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'], description: 'Colour theme.' },
    name: { control: 'text', description: 'Form field name: the form submits JSON of the data.' },
  },
  render: (args) =>
    html`<tend-reflection-card
      heading=${ifDefined(args.heading)}
      deck=${ifDefined(args.deck)}
      prompt=${ifDefined(args.prompt)}
      ?shuffle=${args.shuffle}
      ?word-count=${args.wordCount}
      persist=${ifDefined(args.persist)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      name=${ifDefined(args.name)}
    ></tend-reflection-card>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The default deck: the five reflection questions of "Step 1: Develop Self-Awareness". */
export const SelfAwareness: Story = { args: { deck: 'self-awareness' } };

/** A weekly self check-in (feelings and needs) and a daily one (a highlight and a challenge, how each person is feeling). */
export const CheckIn: Story = { args: { deck: 'check-in' } };

/** Jealousy journaling: "treat jealousy as data". */
export const Jealousy: Story = { args: { deck: 'jealousy' } };

/** The six steps of the repair process after a conflict. */
export const Repair: Story = { args: { deck: 'repair' } };

/** The signs of progress toward safe attachment, with a word count. */
export const Progress: Story = { args: { deck: 'progress', wordCount: true } };

/** A shuffled deck in the dark theme. */
export const ShuffledDark: Story = { args: { deck: 'repair', shuffle: true, theme: 'dark' } };

/** One custom prompt from the `prompt` attribute. */
export const OnePrompt: Story = { args: { prompt: 'What helped you feel close to someone today?' } };

/** Custom prompts as light-DOM children: each `<li>` is one card. */
export const CustomPrompts: Story = {
  args: { heading: "This week's reflection" },
  render: (args) =>
    html`<tend-reflection-card heading=${ifDefined(args.heading)} ?shuffle=${args.shuffle} theme=${ifDefined(args.theme)}>
      <ol>
        <li>What helped you feel close to someone this week?</li>
        <li>When did you notice yourself pulling away or reaching out?</li>
        <li>What would you like to bring to our next session?</li>
      </ol>
    </tend-reflection-card>`,
};

const answered: ReflectionCardData = {
  deck: 'self-awareness',
  answers: [
    { prompt: 'How do I typically react when my partner seems distant?', answer: 'I go quiet and wait, then worry.' },
    { prompt: 'What makes me feel most secure in relationships?', answer: 'Kept promises, and knowing when we will talk next.' },
    { prompt: 'What patterns do I repeat across different relationships?', answer: '' },
    { prompt: 'When do I shut down or become reactive?', answer: 'When plans change at the last minute.' },
    { prompt: 'What did I learn about love from my family?', answer: '' },
  ],
};

/** Finished: Done pressed with some cards skipped; all prompts and answers are shown (as in print). */
export const Completed: Story = {
  render: (args) =>
    html`<tend-reflection-card theme=${ifDefined(args.theme)} lang=${ifDefined(args.lang)} .value=${answered}></tend-reflection-card>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<TendReflectionCard>('tend-reflection-card')!;
    await el.updateComplete;
    await pressButton(el, 'Done');
  },
};

/** Every example of stories/examples/reflection-card.ts — the list the accessibility tests (test/a11y/) run — each in its state. */
export const Examples: Story = examplesStory('tend-reflection-card', reflectionCardExamples);
