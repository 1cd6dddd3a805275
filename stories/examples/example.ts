import { html, type TemplateResult } from 'lit';
import '../../src/entries/locales/es.js';

/**
 * One example of a widget, GOV.UK Frontend's way: the same list drives the stories ("Examples")
 * and the tests (test/a11y/: axe in light, dark and forced colours; keyboard; target size; reflow;
 * RTL). `template` renders the element (maybe inside a wrapper giving `lang`, `dir` or
 * `data-tend-motion`); `setup` brings it to a mid-state the way a person would, by pressing its
 * buttons and typing into its fields, so it runs in Storybook's `play` as well as in the tests.
 */
export interface Example<E extends HTMLElement = HTMLElement> {
  name: string;
  template: TemplateResult;
  setup?: (el: E) => Promise<void>;
}

// The examples act on the widgets through the harness the tests use (one place for press, type, key, choose).
export { choose, key, press, type } from '../../test/helpers/harness.js';

/**
 * A story showing every example of a list, each brought to its state by its `setup` in `play`:
 * `export const Examples: Story = examplesStory('tend-foo', fooExamples);`.
 */
export function examplesStory<E extends HTMLElement>(tag: string, examples: readonly Example<E>[]) {
  return {
    render: () =>
      html`${examples.map(
        (example, index) => html`<section data-example=${index} style="margin-block-end: 2rem">
          <h3 style="font: 600 0.9rem system-ui; margin: 0">${example.name}</h3>
          ${example.template}
        </section>`,
      )}`,
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      for (const [index, example] of examples.entries()) {
        const el = canvasElement.querySelector<E>(`[data-example="${index}"] ${tag}`);
        if (el && example.setup) await example.setup(el);
      }
    },
  };
}
