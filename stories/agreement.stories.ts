import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/agreement.js';
import { agreementExamples } from './examples/agreement.js';
import { examplesStory } from './examples/example.js';
import type { AgreementData } from '../src/entries/data.js';

interface Args {
  heading?: string;
  template?: string;
  with?: string;
  review?: string;
  reviewed?: string;
  persist?: string;
  lang?: string;
  theme?: string;
  name?: string;
}

const meta = {
  title: 'Widgets/Agreement',
  component: 'tend-agreement',
  tags: ['autodocs'],
  argTypes: {
    heading: { control: 'text', description: 'The visible title.' },
    template: {
      control: 'select',
      options: [undefined, 'three-point', 'full', 'blank'],
      description: 'Built-in template: three-point (default), full or blank. A child `<script type="application/json">` gives a custom one.',
    },
    with: { control: 'text', description: 'Comma-separated names of the other people.' },
    review: { control: 'select', options: [undefined, 'weekly', 'monthly', 'quarterly'], description: 'Review rhythm (default monthly).' },
    reviewed: { control: 'text', description: 'Date of the last review, YYYY-MM-DD.' },
    persist: { control: 'text', description: 'Key under which the draft is kept in localStorage.' },
    lang: { control: 'text', description: 'Locale of the UI text and dates.' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'], description: 'Colour theme.' },
    name: { control: 'text', description: 'Form field name: the form submits JSON of the data.' },
  },
  render: (args) =>
    html`<tend-agreement
      heading=${ifDefined(args.heading)}
      template=${ifDefined(args.template)}
      with=${ifDefined(args.with)}
      review=${ifDefined(args.review)}
      reviewed=${ifDefined(args.reviewed)}
      persist=${ifDefined(args.persist)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      name=${ifDefined(args.name)}
    ></tend-agreement>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The default: the source's "three point agreements list" — time together, boundaries, communication style. */
export const ThreePoint: Story = { args: { with: 'Alex' } };

/** Everything the source suggests including: adds privacy, safety, living arrangements & travel and new relationships. */
export const Full: Story = { args: { template: 'full', with: 'Alex, Sam', review: 'quarterly' } };

/** One open section to write in. */
export const Blank: Story = { args: { template: 'blank' } };

/** A custom template given as JSON in a child `<script type="application/json">`. */
export const CustomTemplate: Story = {
  args: { with: 'Kim', review: 'weekly' },
  render: (args) =>
    html`<tend-agreement with=${ifDefined(args.with)} review=${ifDefined(args.review)} theme=${ifDefined(args.theme)}>
      <script type="application/json">
        {
          "title": "Our weekday rhythm",
          "sections": [
            { "id": "evenings", "title": "Evenings", "prompt": "Which evenings are ours, and which are for friends or rest?", "examples": ["Tuesday is our evening"] },
            { "id": "check-ins", "title": "Check ins", "prompt": "How and when do we touch base?", "examples": ["A 15 minute call before bed"], "items": ["A mid week touch base"] }
          ]
        }
      </script>
    </tend-agreement>`,
};

const filledAgreement: AgreementData = {
  title: 'Alex & me',
  with: ['Alex'],
  sections: [
    { id: 'time', title: 'Time together', items: ['Tuesday and Saturday evenings are ours', 'A 15 minute daily check in to share a highlight and a challenge'] },
    { id: 'boundaries', title: 'Boundaries', items: ['We keep separate homes', 'Sunday mornings are my own time'] },
    { id: 'communication', title: 'Communication style', items: ['Weekly check ins and a monthly reflection', 'Jealousy is data: we name the feeling and the need'] },
  ],
  review: { cadence: 'monthly', lastReviewed: '2025-01-31', nextReview: '2025-02-28' },
};

/** A filled agreement, reviewed on January 31st: the next review falls on the last day of February. */
export const Filled: Story = {
  args: { with: 'Alex', reviewed: '2025-01-31' },
  render: (args) =>
    html`<tend-agreement
      heading=${ifDefined(args.heading)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      .value=${filledAgreement}
    ></tend-agreement>`,
};

/** The filled agreement in the dark theme. */
export const FilledDark: Story = { ...Filled, args: { ...Filled.args, theme: 'dark' } };

/** Every example of stories/examples/agreement.ts — the list the accessibility tests (test/a11y/) run — each in its state. */
export const Examples: Story = examplesStory('tend-agreement', agreementExamples);
