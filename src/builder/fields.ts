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

export type Kind = 'boolean' | 'choice' | 'language' | 'numbers' | 'list' | 'date' | 'text';
export type Group = 'settings' | 'look' | 'keeping' | 'forms';

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
  /** A flow's step: it has no children of its own (no custom template, no prompts). */
  nested: boolean;
}

const GROUPS: Record<string, Group> = { lang: 'look', theme: 'look', persist: 'keeping', 'send-to': 'keeping', share: 'keeping', name: 'forms', required: 'forms' };
/** Set on the flow, which passes them to every step (or that belong to the flow as a whole). */
const FLOW_ONLY = new Set(['lang', 'theme', 'persist', 'exit-url', 'name', 'required']);

export const exerciseClass = (tag: string) => customElements.get(tag) as unknown as ExerciseClass | undefined;
/** The exercise's own title in `lang` (its locale's, else its English one), if its class is defined. */
export function exerciseHeading(element: CatalogElement, lang: string): string | undefined {
  const heading = lookup(lang, element.exercise, 'heading') ?? exerciseClass(element.tag)?.strings['heading'];
  return typeof heading === 'string' ? heading : undefined;
}

export const plain = (description: string) => description.replace(/`/g, '');
export const humanize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');
export const splitList = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
export const isColourProperty = (description: string) => /colou?r|background|border/i.test(description);

export function fieldKind(attribute: CatalogAttribute, rule: AttributeRule<unknown> | undefined): Kind {
  if (attribute.boolean) return 'boolean';
  if (attribute.name === 'lang') return 'language';
  if (rule?.values) return 'choice';
  if (Array.isArray(rule?.fallback) && rule.fallback.every((n) => typeof n === 'number')) return 'numbers';
  if (/comma-separated/i.test(attribute.description)) return 'list';
  if (/YYYY-MM-DD/.test(attribute.description)) return 'date';
  return 'text';
}

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

/** A flow's step has no children of its own, so it cannot take `template="custom"`. */
export function wantsCustomTemplateInStep(field: Field, target: Target): boolean {
  const value = target.attributes[field.attribute.name];
  return target.nested && field.attribute.name === 'template' && value?.trim().toLowerCase() === 'custom';
}

/** Why the element would reject this attribute's value (its own `checkAttribute`), or null. */
export function elementProblem(field: Field, target: Target): string | null {
  const value = target.attributes[field.attribute.name];
  if (value === undefined || field.kind === 'boolean') return null;
  return target.cls?.checkAttribute(field.attribute.name, value) ?? null;
}
