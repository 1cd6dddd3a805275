/** Drives `<tend-active-listening>` by pointer, as the element's tests do: buttons by name, fields by id. */
import { executeServerCommand } from '@web/test-runner-commands';
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

/**
 * Taps `target` with a finger (a touchscreen tap at its centre: touch events, then the browser's click), as a
 * pair passing a phone does. False where the runner cannot touch (only Chromium can, through puppeteer).
 */
export async function tap(el: Widget, target: HTMLElement): Promise<boolean> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  const tapped = (await executeServerCommand('tend-tap', { x: box.left + box.width / 2, y: box.top + box.height / 2 })) === true;
  await settle(el);
  return tapped;
}
