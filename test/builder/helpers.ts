import { expect, fixture, html } from '@open-wc/testing';
import '../../src/builder.js';
import type { TendBuilder } from '../../src/builder/builder.js';
import { $$, fieldByLabel, nameOf, root, text } from '../helpers/harness.js';

/** What the builder tests share: finding controls as a person does, typing, copying, pasting into a blank page. */
export type Widget = HTMLElement & { updateComplete: Promise<boolean>; value: unknown };

export const CDN = '/test/builder/cdn/';
export { root };
export const settle = async (b: TendBuilder) => {
  for (let i = 0; i < 3; i++) {
    await b.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
};

/** The control a label names, as a person finds it: by the label's text. */
export const byLabel = fieldByLabel;

/** The control matching `selector` whose name (aria-label, else text) is exactly `name`. */
export function byName<T extends HTMLElement = HTMLButtonElement>(b: TendBuilder, selector: string, name: string): T {
  const found = $$<T>(b, selector).find((el) => nameOf(el) === name);
  if (!found) throw new Error(`no ${selector} named "${name}"`);
  return found;
}

export async function type(b: TendBuilder, control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  control.focus();
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(b);
}

export async function choose(b: TendBuilder, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(b);
}

export async function tick(b: TendBuilder, label: string): Promise<void> {
  byLabel(b, label).click();
  await settle(b);
}

/** Adds list entries through the list's "New entry" field and Enter. */
export async function addEntries(b: TendBuilder, listLabel: string, ...entries: string[]): Promise<void> {
  for (const entry of entries) {
    const input = byName<HTMLInputElement>(b, 'input', `New entry for ${listLabel}`);
    input.value = entry;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(b);
  }
}

export async function reword(b: TendBuilder, english: string, mine: string): Promise<void> {
  const details = [...root(b).querySelectorAll('details')].find((d) => d.querySelector('summary')!.textContent!.trim() === 'Wording')!;
  details.open = true;
  const label = [...root(b).querySelectorAll('details label')].find((l) => l.textContent!.trim() === english)!;
  await type(b, root(b).getElementById((label as HTMLLabelElement).htmlFor) as HTMLInputElement, mine);
}

export const code = (b: TendBuilder) => byLabel<HTMLTextAreaElement>(b, 'Embed code').value;

/** Presses "Copy embed code" with a clipboard that records what it is given. */
export async function copyEmbedCode(b: TendBuilder): Promise<string> {
  let copied = '';
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => ((copied = t), Promise.resolve()) } });
  try {
    byName(b, 'button', 'Copy embed code').click();
    await settle(b);
    await new Promise((resolve) => setTimeout(resolve, 10));
  } finally {
    delete (navigator as { clipboard?: unknown }).clipboard;
  }
  expect(root(b).querySelector('.output [role=status]')!.textContent).to.contain('on your clipboard');
  return copied;
}

/** Pastes the code into a blank page of its own (a new document that loads the scripts of the code) and returns the element there. */
export async function pasteIntoBlankPage(pasted: string, tag: string): Promise<Widget> {
  const frame = document.createElement('iframe');
  frame.className = 'blank-page';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>${pasted}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined(tag);
  const element = frame.contentDocument!.querySelector(tag) as Widget;
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
  return element;
}

export const texts = (el: Element, selector: string) => $$(el, selector).map(text);

export async function newBuilder(): Promise<TendBuilder> {
  const b = await fixture<TendBuilder>(html`<tend-builder cdn=${CDN}></tend-builder>`);
  await settle(b);
  return b;
}

