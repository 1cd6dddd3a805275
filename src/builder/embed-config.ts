/** What reaches the embed code and the preview: only what the elements accept, from the builder's state. */
import { parseCustomTemplate } from '../agreement/custom-template.js';
import type { CatalogElement } from './catalog-types.js';
import type { EmbedConfig } from './embed.js';
import { elementProblem, fieldsOf, wantsCustomTemplateInStep, type Target } from './fields.js';
import type { BuilderState, CustomTemplate } from './state.js';

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

export const cssColour = (value: string): boolean => !/[;{}]/.test(value) && typeof CSS !== 'undefined' && CSS.supports('color', value);

/** A template as the agreement's own parser must accept it, without the editor's empty leftovers. */
export function templateJson(template: CustomTemplate): object {
  return {
    ...(template.title.trim() ? { title: template.title.trim() } : {}),
    sections: template.sections.map((section) => {
      const items = section.items.map((item) => item.trim()).filter(Boolean);
      return {
        title: section.title.trim(),
        ...(section.prompt.trim() ? { prompt: section.prompt.trim() } : {}),
        ...(items.length ? { items } : {}),
      };
    }),
  };
}

/** Why the agreement would reject this template, or null. */
export function templateProblem(template: CustomTemplate): string | null {
  const parsed = parseCustomTemplate(JSON.stringify(templateJson(template)));
  return parsed.ok ? null : parsed.problem;
}

export const usesCustomTemplate = (state: BuilderState): boolean => state.attributes['template']?.trim().toLowerCase() === 'custom';

/** Custom prompts are children in an element's default slot (a flow's children are its steps). */
export const takesPrompts = (element: CatalogElement): boolean => element.exercise !== 'flow' && element.slots.some((slot) => slot.name === '');

/** The attributes the element accepts, in the fields' order. */
export function validAttributes(target: Target): EmbedConfig['attributes'] {
  const valid: EmbedConfig['attributes'] = [];
  for (const field of fieldsOf(target)) {
    const name = field.attribute.name;
    const value = target.attributes[name];
    if (value === undefined || wantsCustomTemplateInStep(field, target) || elementProblem(field, target)) continue;
    if (field.kind === 'boolean') valid.push([name, true]);
    else if (value.trim() !== '') valid.push([name, value]);
  }
  return valid;
}

/** One element with its valid attributes and nothing else (a flow's step). */
function elementConfig(target: Target): EmbedConfig {
  return {
    tag: target.element.tag,
    exercise: target.element.exercise,
    attributes: validAttributes(target),
    properties: Object.fromEntries(target.element.attributes.map((attribute) => [attribute.name, attribute.property])),
    strings: {},
    styles: {},
    prompts: [],
    template: null,
    steps: [],
  };
}

/** The chosen exercise (`main`) with its strings, colours, prompts, custom template and, for a flow, its steps (`steps`, one target a step). */
export function embedConfigOf(state: BuilderState, main: Target, steps: readonly Target[], isColour = cssColour): EmbedConfig {
  const custom = usesCustomTemplate(state);
  const template = custom && state.template && !templateProblem(state.template) ? templateJson(state.template) : null;
  return {
    ...elementConfig(main),
    attributes: validAttributes(main).filter(([name]) => !(name === 'template' && custom && !template)),
    strings: { ...state.strings },
    styles: Object.fromEntries(Object.entries(state.styles).filter(([, value]) => isColour(value))),
    prompts: takesPrompts(main.element) ? state.prompts.map((prompt) => prompt.trim()).filter(Boolean) : [],
    template,
    steps: main.element.exercise === 'flow' ? state.steps.map((step, i) => ({ paragraphs: lines(step.instruction), element: elementConfig(steps[i]!) })) : [],
  };
}
