/** Drives `<tend-active-listening>` by pointer, as the element's tests do: buttons by name, fields by id. */
import { button, fill, press, root, settle, type } from '../helpers/harness.js';

export type Widget = HTMLElement & { updateComplete: Promise<unknown>; value: unknown; reset(): void; clock?: unknown };

export const pointer = {
  /** Presses the button whose name begins with `name`. */
  press: (el: Widget, name: string) => press(el, button(el, name)),
  /** Types `words` at the end of the field `id`. */
  type: (el: Widget, id: string, words: string) => type(el, `#${id}`, words),
  /** Empties the field `id` (select all, delete). */
  clear: (el: Widget, id: string) => fill(el, `#${id}`, ''),
};

/** The field `id` now, or null. */
export const fieldOf = (el: Widget, id: string) => root(el).querySelector<HTMLTextAreaElement>(`#${id}`);

export { settle };
