import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/builder.js';

interface Args {
  cdn?: string;
  lang?: string;
}

const meta = {
  title: 'Tools/Builder',
  component: 'tend-builder',
  tags: ['autodocs'],
  args: {},
  argTypes: {
    cdn: { control: 'text', description: 'Folder the embed code loads tend.min.js, tend.css and locales/ from (default: this version on jsDelivr).' },
    lang: { control: 'select', options: [undefined, 'en', 'es'], description: "The builder's own language." },
  },
  render: (args) => html`<tend-builder cdn=${ifDefined(args.cdn)} lang=${ifDefined(args.lang)}></tend-builder>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** As a therapist first opens it. */
export const Default: Story = {};

/** Embed code that loads the widgets from your own site (e.g. a WordPress plugin folder). */
export const OwnServer: Story = { args: { cdn: 'https://www.example-practice.org/tend-widgets/' } };

/** The builder in Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };
