import { sendKeys } from '@web/test-runner-commands';
import { $, deepActive, type TextField, type Updatable } from './harness.js';

/**
 * Real keyboard input through the browser (web-test-runner's `sendKeys`): what the harness's
 * `type` and `key` imitate with events, for the tests where the browser's own handling counts.
 */

/** Presses a key, or a chord written `Shift+Tab` / `Alt+ArrowUp` (the modifier held down around the key). */
export async function hit(chord: string): Promise<void> {
  const parts = chord.split('+');
  const name = parts.pop()!;
  if (!name) return sendKeys({ press: chord }); // the "+" key itself
  for (const modifier of parts) await sendKeys({ down: modifier });
  await sendKeys({ press: name });
  for (const modifier of parts.reverse()) await sendKeys({ up: modifier });
}

/** Focuses a field (a CSS selector in the shadow root, or the field) and types into it key by key, then waits for the widget's update. */
export async function typeKeys(el: Updatable, field: string | TextField, text: string): Promise<void> {
  (typeof field === 'string' ? $<TextField>(el, field) : field).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Presses Tab (or another key, e.g. `Shift+Tab`) until `match` holds for the focused element, through shadow roots. */
export async function tabTo(match: (focused: Element) => boolean, chord = 'Tab', limit = 40): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await hit(chord);
    const focused = deepActive();
    if (focused && match(focused)) return focused;
  }
  throw new Error(`${chord} never reached the control (last: ${deepActive()?.outerHTML.slice(0, 60)})`);
}
