import { html, type TemplateResult } from 'lit';
import '../../src/locales/es.js';

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

type Updatable = HTMLElement & { updateComplete?: Promise<unknown> };

const settle = async (el: Updatable) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
};

function find<T extends Element>(el: HTMLElement, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${el.localName}: nothing matches ${selector}`);
  return found;
}

/** Clicks a control of the widget (by CSS selector in its shadow root), as a pointer would. */
export async function press(el: Updatable, selector: string): Promise<void> {
  const control = find<HTMLElement>(el, selector);
  control.focus();
  control.click();
  await settle(el);
}

/** Types `text` at the end of a field, as a keyboard would: focus, value, an `input` event. */
export async function type(el: Updatable, selector: string, text: string): Promise<void> {
  const field = find<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  field.focus();
  field.value += text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text, inputType: 'insertText' }));
  await settle(el);
}

/** Presses a key in a control (e.g. ArrowDown in the feelings field, Enter in an "add" field). */
export async function key(el: Updatable, selector: string, name: string, init: KeyboardEventInit = {}): Promise<void> {
  const control = find<HTMLElement>(el, selector);
  control.focus();
  control.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true, ...init }));
  await settle(el);
}

/** Chooses an option of a select. */
export async function choose(el: Updatable, selector: string, value: string): Promise<void> {
  const select = find<HTMLSelectElement>(el, selector);
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(el);
}

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
