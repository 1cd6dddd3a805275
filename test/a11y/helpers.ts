import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Example } from '../../stories/examples/example.js';
import { examplesByExercise } from '../../stories/examples/index.js';
import { widgets as registry } from '../../src/registry.js';

export type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Every widget with its examples list (the same lists drive the stories). */
export const widgets: { tag: string; examples: readonly Example<Widget>[] }[] = registry.map((w) => ({
  tag: w.tag,
  examples: examplesByExercise[w.exercise] as readonly Example<Widget>[],
}));

export const isChromium = /Chrom/.test(navigator.userAgent) && !/Firefox/.test(navigator.userAgent);

/** Renders an example (inside a stage div) and runs its setup; returns the element. */
export async function render(tag: string, example: Example<Widget>, theme?: string): Promise<Widget> {
  fixtureCleanup(); // one example on the page at a time
  window.scrollTo(0, 0); // as a page loads (an example before may have scrolled it, e.g. to bring a support note into view)
  const stage = await fixture(html`<div class="stage">${example.template}</div>`);
  const el = stage.querySelector<Widget>(tag);
  if (!el) throw new Error(`${example.name}: no <${tag}> in the template`);
  if (theme) el.setAttribute('theme', theme);
  await el.updateComplete;
  await example.setup?.(el);
  await el.updateComplete;
  return el;
}

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown; html: string; failureSummary?: string }[] }[];
}
type Axe = { run: (context: Element, options: object) => Promise<AxeResult> };

/** The WCAG 2.0, 2.1 and 2.2 level A and AA rules. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The WCAG rules and axe's best practices: what chai-a11y-axe's `to.be.accessible()` runs by default. */
export const allTags = [...wcagTags, 'best-practice'];

/**
 * axe-core over the element (shadow DOM included) with only the rules of `tags` (WCAG A/AA by default). chai-a11y-axe's
 * `to.be.accessible(options)` passes only `ignoredRules` on to axe (a `runOnly` given to it is
 * silently dropped), so axe is run here directly.
 */
export async function axeViolations(el: Element, tags: readonly string[] = wcagTags): Promise<string[]> {
  const global = window as unknown as { axe?: Axe };
  if (!global.axe) await import('axe-core/axe.min.js' as string);
  const results = await global.axe!.run(el, { runOnly: { type: 'tag', values: [...tags] }, resultTypes: ['violations'] });
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${String(n.target)} — ${n.failureSummary ?? ''}`).join('\n')}`,
  );
}

/** Emulates `forced-colors: active` (Chromium, through test/a11y/commands.mjs); false where it cannot. */
export async function forcedColors(active: boolean): Promise<boolean> {
  try {
    return (await executeServerCommand('tend-forced-colors', { active })) === true;
  } catch {
    return false;
  }
}

/** Writes test/.screenshots/<name>.png of the element's box; the file's path, or null where it cannot. */
export async function screenshot(name: string, el: Element): Promise<string | null> {
  el.scrollIntoView({ block: 'start' });
  const box = el.getBoundingClientRect();
  const clip = { x: box.x + window.scrollX, y: box.y + window.scrollY, width: Math.ceil(box.width), height: Math.ceil(box.height) };
  try {
    return ((await executeServerCommand('tend-screenshot', { name, clip })) as string | false) || null;
  } catch {
    return null;
  }
}

/** Every control of the widget a person can operate (shadow DOM). */
export function controls(el: Element): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input, select, textarea, [role=option]')].filter(
    (c) => c.getClientRects().length > 0,
  );
}

/** The accessibility tree under `selector` (Chromium, through test/a11y/commands.mjs); null where it cannot. */
export async function accessibilityTree(selector: string): Promise<unknown> {
  try {
    const tree = await executeServerCommand('tend-a11y-snapshot', { selector });
    return tree === false ? null : tree;
  } catch {
    return null;
  }
}
