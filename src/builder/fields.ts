/** The attribute fields the builder shows for an exercise (or a flow's step), read from the catalogue and the element's own rules. */
import type { AttributeRule } from '../core/attributes.js';
import { lookup, type Catalog } from '../core/localize.js';
import type { CatalogAttribute, CatalogElement } from './catalog-types.js';

/** What the builder needs of an exercise class: its own rules and strings (`TendElement`'s statics). */
export interface ExerciseClass {
  attributeRules: Readonly<Record<string, AttributeRule<unknown>>>;
  strings: Catalog;
  checkAttribute(name: string, value: string): string | null;
}

export type Kind = 'boolean' | 'choice' | 'language' | 'durations' | 'list' | 'date' | 'text';
/** Where a field is shown: the way out (near the top), the exercise's settings, language and look, keeping and sending, forms. */
export type Group = 'safety' | 'settings' | 'look' | 'keeping' | 'forms';

export interface Field {
  attribute: CatalogAttribute;
  kind: Kind;
  group: Group;
  rule: AttributeRule<unknown> | undefined;
}

/** What a set of attribute fields edits: the chosen exercise itself, or one step of a flow. */
export interface Target {
  element: CatalogElement;
  cls: ExerciseClass | undefined;
  attributes: Record<string, string>;
  set(name: string, value: string | undefined): void;
  /** Prefix of the fields' ids. */
  id: string;
  /** A flow's step: it has no children of its own (no custom template, no prompts), and the flow sets what every step shares. */
  nested: boolean;
  /** For a step: the flow's own attributes (where what the step needs, such as `persist`, is set). */
  outer?: Readonly<Record<string, string>>;
}

const GROUPS: Record<string, Group> = {
  'exit-url': 'safety',
  lang: 'look',
  theme: 'look',
  persist: 'keeping',
  history: 'keeping',
  'send-to': 'keeping',
  share: 'keeping',
  name: 'forms',
  required: 'forms',
};
/** Set on the flow, which passes them to every step (or that belong to the flow as a whole). */
export const FLOW_ONLY = new Set(['lang', 'theme', 'persist', 'exit-url', 'name', 'required']);

export const exerciseClass = (tag: string) => customElements.get(tag) as unknown as ExerciseClass | undefined;

/** A string of the exercise in `lang` (its locale's, else its English one), if its class is defined. */
export function exerciseString(element: CatalogElement, lang: string, key: string): string | undefined {
  const text = lookup(lang, element.exercise, key) ?? exerciseClass(element.tag)?.strings[key];
  return typeof text === 'string' ? text : undefined;
}

/** The exercise's own title in `lang`, if its class is defined. */
export const exerciseHeading = (element: CatalogElement, lang: string): string | undefined => exerciseString(element, lang, 'heading');

export const plain = (description: string) => description.replace(/`/g, '');
export const humanize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');
export const splitList = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
export const isColourProperty = (description: string) => /colou?r|background|border/i.test(description);

export function fieldKind(attribute: CatalogAttribute, rule: AttributeRule<unknown> | undefined): Kind {
  if (attribute.boolean) return 'boolean';
  if (attribute.name === 'lang') return 'language';
  if (attribute.values?.length) return 'choice';
  if (Array.isArray(rule?.fallback) && rule.fallback.length && rule.fallback.every((n) => typeof n === 'number') && /seconds/i.test(attribute.description)) return 'durations';
  if (/comma-separated/i.test(attribute.description)) return 'list';
  if (/YYYY-MM-DD/.test(attribute.description)) return 'date';
  return 'text';
}

/** The attribute another one needs (the manifest says "Only with `persist`"), or undefined. */
export const requiredBy = (attribute: CatalogAttribute): string | undefined => /\bonly with `([\w-]+)`/i.exec(attribute.description)?.[1];

/** The target's fields, the title first (it is what a therapist changes most); a step leaves out what the flow sets. */
export function fieldsOf(target: Target): Field[] {
  const rules = target.cls?.attributeRules ?? {};
  const attributes = [...target.element.attributes]
    .filter((attribute) => !target.nested || !FLOW_ONLY.has(attribute.name))
    .sort((a, b) => Number(b.name === 'heading') - Number(a.name === 'heading'));
  return attributes.map((attribute) => {
    const rule = rules[attribute.name];
    return { attribute, rule, kind: fieldKind(attribute, rule), group: GROUPS[attribute.name] ?? 'settings' };
  });
}

/**
 * Sets `name` on `attributes` with what depends on it: an attribute that needs another (`history`
 * needs `persist`) brings it, with a key of its own (`own`), and clearing the one needed clears what
 * needs it. `needed` is where the needed attribute lives (a step's flow), by default the same attributes.
 */
export function setTogether(
  element: CatalogElement,
  attributes: Record<string, string>,
  name: string,
  value: string | undefined,
  needed: Record<string, string> = attributes,
  own = element.exercise,
): void {
  if (value === undefined) delete attributes[name];
  else attributes[name] = value;
  for (const attribute of element.attributes) {
    const needs = requiredBy(attribute);
    if (!needs) continue;
    if (attribute.name === name && value !== undefined && !needed[needs]?.trim()) needed[needs] = own;
    if (needs === name && needed === attributes && !value?.trim()) delete attributes[attribute.name];
  }
}
