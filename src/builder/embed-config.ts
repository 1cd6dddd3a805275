/** What reaches the embed code and the preview: only what the elements accept, from the builder's state. */
import { parseCustomTemplate } from '../agreement/custom-template.js';
import type { CatalogElement } from './catalog-types.js';
import type { EmbedConfig } from './embed.js';
import { fieldsOf, type Target } from './fields.js';
import { plainText } from './markup.js';
import { fieldProblem, templateProblem as problemOfTemplate, type Problem } from './problems.js';
import type { BuilderState, CustomTemplate } from './state.js';

const lines = (text: string) => text.split('\n').map((line) => plainText(line).trim()).filter(Boolean);

export const cssColour = (value: string): boolean => !/[;{}]/.test(value) && typeof CSS !== 'undefined' && CSS.supports('color', value);

/** A template as the agreement's own parser must accept it, without the editor's empty leftovers and pasted tags. */
export function templateJson(template: CustomTemplate): object {
  const text = (value: string) => plainText(value).trim();
  return {
    ...(text(template.title) ? { title: text(template.title) } : {}),
    sections: template.sections.map((section) => {
      const items = section.items.map(text).filter(Boolean);
      return {
        title: text(section.title),
        ...(text(section.prompt) ? { prompt: text(section.prompt) } : {}),
        ...(items.length ? { items } : {}),
      };
    }),
  };
}

/** Why the agreement would reject this template, in the therapist's words, or null. */
export function templateProblem(template: CustomTemplate): Problem | null {
  return problemOfTemplate(template, () => {
    const parsed = parseCustomTemplate(JSON.stringify(templateJson(template)));
    return parsed.ok ? null : parsed.problem;
  });
}

export const usesCustomTemplate = (state: BuilderState): boolean => state.attributes['template']?.trim().toLowerCase() === 'custom';

/**
 * Custom prompts are `<li>`/`<p>` children in the element's default slot (the reflection card's); the
 * agreement's default slot holds a JSON template and a flow's its steps, which take no prompts.
 */
export const takesPrompts = (element: CatalogElement): boolean =>
  element.exercise !== 'flow' && element.slots.some((slot) => slot.name === '' && /<li>/.test(slot.description));

/** The attributes the element accepts, in the fields' order; text without pasted tags. */
export function validAttributes(target: Target): EmbedConfig['attributes'] {
  const valid: EmbedConfig['attributes'] = [];
  for (const field of fieldsOf(target)) {
    const name = field.attribute.name;
    const value = target.attributes[name];
    if (value === undefined || fieldProblem(field, target)) continue;
    if (field.kind === 'boolean') valid.push([name, true]);
    else {
      const text = field.kind === 'text' ? plainText(value) : value;
      if (text.trim() !== '') valid.push([name, text]);
    }
  }
  return valid;
}

/** One element with its valid attributes and the support line (a flow's step). */
function elementConfig(target: Target, support: string): EmbedConfig {
  return {
    tag: target.element.tag,
    exercise: target.element.exercise,
    attributes: validAttributes(target),
    properties: Object.fromEntries(target.element.attributes.map((attribute) => [attribute.name, attribute.property])),
    strings: {},
    styles: {},
    prompts: [],
    template: null,
    support,
    steps: [],
  };
}

/** The chosen exercise (`main`) with its strings, colours, prompts, custom template, support line and, for a flow, its steps (`steps`, one target a step). */
export function embedConfigOf(state: BuilderState, main: Target, steps: readonly Target[], isColour = cssColour): EmbedConfig {
  const custom = usesCustomTemplate(state);
  const template = custom && state.template && !templateProblem(state.template) ? templateJson(state.template) : null;
  const support = plainText(state.support).replace(/\s+/g, ' ').trim();
  const isFlow = main.element.exercise === 'flow';
  return {
    ...elementConfig(main, isFlow ? '' : support),
    attributes: validAttributes(main).filter(([name]) => !(name === 'template' && custom && !template)),
    strings: Object.fromEntries(Object.entries(state.strings).map(([key, value]) => [key, plainText(value)])),
    styles: Object.fromEntries(Object.entries(state.styles).filter(([, value]) => isColour(value))),
    prompts: takesPrompts(main.element) ? state.prompts.map((prompt) => plainText(prompt).trim()).filter(Boolean) : [],
    template,
    steps: isFlow
      ? // Each step shows its own support note, so each carries the support line.
        state.steps.map((step, i) => ({ paragraphs: lines(step.instruction), element: elementConfig(steps[i]!, support) }))
      : [],
  };
}
