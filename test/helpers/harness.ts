/**
 * The one harness the tests and the stories drive the widgets with: queries into a widget's shadow
 * root, finding controls as a person does (a button by its name, a field by its label), acting on
 * them as a pointer or a keyboard would, waiting for the widget to settle, and recording its events.
 *
 * Plain DOM only (no test-runner import), so Storybook's `play` functions and the examples of
 * stories/examples/ use it as the tests do. Keyboard input through the browser (`sendKeys`) lives
 * in ./keyboard.ts, which only the test runner can serve.
 */

/** A widget as the harness sees it: an element that renders in a shadow root, after `updateComplete`. */
export type Updatable = HTMLElement & { updateComplete?: Promise<unknown> };
export type TextField = HTMLInputElement | HTMLTextAreaElement;

/** A node's text as a person reads it: white space collapsed, trimmed ('' for no node). */
export const text = (node: Node | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The widget's shadow root (an error names the element when it has none). */
export function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** The first match of `selector` in the widget's shadow root; an error when nothing matches. */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`<${el.localName}>: nothing matches ${selector}`);
  return found;
}

/** Every match of `selector` in the widget's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...root(el).querySelectorAll<T>(selector)];

/** The text of the first match of `selector` ('' when nothing matches). */
export const textOf = (el: Element, selector: string): string => text(root(el).querySelector(selector));

/** The focused element inside the widget's shadow root. */
export const active = (el: Element): Element | null => root(el).activeElement;

/** The focused element of the page, through every shadow root. */
export function deepActive(): Element | null {
  let current = document.activeElement;
  while (current?.shadowRoot?.activeElement) current = current.shadowRoot.activeElement;
  return current;
}

/** A control's accessible name as the tests read it: its aria-label, else its text. */
export const nameOf = (control: Element): string => control.getAttribute('aria-label')?.replace(/\s+/g, ' ').trim() ?? text(control);

/** The widget's buttons (within `within`, a CSS selector, when given). */
export const buttons = (el: Element, within = ''): HTMLButtonElement[] => $$<HTMLButtonElement>(el, within ? `${within} button` : 'button');

/**
 * The button a person would press: the one whose name is `name` exactly, else the first whose name
 * starts with it (a string), or the first whose name matches (a RegExp); undefined when there is none.
 */
export function findButton(el: Element, name: string | RegExp, within = ''): HTMLButtonElement | undefined {
  const all = buttons(el, within);
  if (typeof name !== 'string') return all.find((b) => name.test(nameOf(b)));
  return all.find((b) => nameOf(b) === name) ?? all.find((b) => nameOf(b).startsWith(name));
}

/** The button named `name` (see `findButton`); an error lists the buttons there are when there is none. */
export function button(el: Element, name: string | RegExp, within = ''): HTMLButtonElement {
  const found = findButton(el, name, within);
  if (!found) throw new Error(`<${el.localName}> has no button "${name}": ${buttons(el, within).map(nameOf).join(' | ')}`);
  return found;
}

/** A text field of the widget, by CSS selector (an error when there is none). */
export const field = (el: Element, selector: string): TextField => $<TextField>(el, selector);

/** The field a label names, as a person finds it: the label's text starts with `label` (a label inside `within`, when given). */
export function fieldByLabel<T extends HTMLElement = HTMLInputElement>(el: Element, label: string, within?: ParentNode): T {
  const labels = within ? [...within.querySelectorAll('label')] : $$<HTMLLabelElement>(el, 'label');
  const found = labels.find((l) => text(l).startsWith(label));
  const control = found && (root(el).getElementById(found.htmlFor) as T | null);
  if (!control) throw new Error(`<${el.localName}> has no field labelled "${label}"`);
  return control;
}

/** The visible status line (`part="status"`): what the widget last said. */
export const status = (el: Element): string => textOf(el, 'p[part~=status]');

/** What the widget's polite live region last announced. */
export const announced = (el: Element): string => textOf(el, '[aria-live=polite]');

/** The error message wired to a field (`<id>-error`), '' when there is none. */
export const errorOf = (el: Element, fieldId: string): string => textOf(el, `#${fieldId}-error`);

/** Waits for the widget's update, a task (timers of 0 ms, focus moves), and the update that follows. */
export async function settle(el: Updatable): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

const control = <T extends HTMLElement>(el: Element, target: string | T): T => (typeof target === 'string' ? $<T>(el, target) : target);

/** Focuses and clicks a control (a CSS selector in the shadow root, or the control), as a pointer would; then settles. */
export async function press(el: Updatable, target: string | HTMLElement): Promise<void> {
  const found = control(el, target);
  found.focus();
  found.click();
  await settle(el);
}

/** Clicks the button named `name` (see `button`), then settles. */
export async function pressButton(el: Updatable, name: string | RegExp): Promise<void> {
  button(el, name).click();
  await settle(el);
}

/** Types `text` at the end of a field, as a keyboard would: focus, value, an `input` event; then settles. */
export async function type(el: Updatable, target: string | TextField, value: string): Promise<void> {
  const field = control<TextField>(el, target);
  field.focus();
  field.value += value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value, inputType: 'insertText' }));
  await settle(el);
}

/** Replaces a field's words as a paste does: focus, value, an `input` event (no waiting: the caller settles). */
export function fill(el: Element, target: string | TextField, value: string): void {
  const field = control<TextField>(el, target);
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
}

/** Presses a key in a control (e.g. ArrowDown in the feelings field, Enter in an "add" field); then settles. */
export async function key(el: Updatable, target: string | HTMLElement, name: string, init: KeyboardEventInit = {}): Promise<void> {
  const found = control(el, target);
  found.focus();
  found.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true, ...init }));
  await settle(el);
}

/** Chooses an option of a select; then settles. */
export async function choose(el: Updatable, target: string | HTMLSelectElement, value: string): Promise<void> {
  const select = control<HTMLSelectElement>(el, target);
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(el);
}

/** The events of one type heard on `target` (the document, as a host page listens, by default), and their details, until `stop()`. */
export function recordEvents<T = unknown>(type: string, target: EventTarget = document) {
  const events: CustomEvent<T>[] = [];
  const details: T[] = [];
  const listen = (event: Event) => {
    events.push(event as CustomEvent<T>);
    details.push((event as CustomEvent<T>).detail);
  };
  target.addEventListener(type, listen);
  return { events, details, stop: () => target.removeEventListener(type, listen) };
}
