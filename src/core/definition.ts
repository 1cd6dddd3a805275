import { oneOf, type AttributeRule } from './attributes.js';
import { langRule, stringsRule } from './localize-controller.js';
import { exitUrlRule } from './safety/exit-controller.js';
import { sendToRule } from './send-controller.js';

export const themeRule = oneOf(['light', 'dark', 'auto'], 'auto');

/** The attributes every widget validates, by name; a widget adds its own to these. */
export const coreAttributeRules: Readonly<Record<string, AttributeRule<unknown>>> = {
  theme: themeRule,
  lang: langRule,
  'send-to': sendToRule,
  'exit-url': exitUrlRule,
  strings: stringsRule,
};

/**
 * Defines `element` under `tag` unless that name is taken already, so loading twice never throws.
 * Where there is no custom-element registry (a server render without Lit's DOM shim) it does nothing:
 * the tag renders as plain HTML there and upgrades in the browser.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (registry && !registry.get(tag)) registry.define(tag, element);
}

/** Gives `element` focus though it is not a tab stop (a heading), until focus leaves it. */
export function focusOnce(element: HTMLElement | null | undefined): void {
  if (!element) return;
  element.tabIndex = -1;
  element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  element.focus();
}
