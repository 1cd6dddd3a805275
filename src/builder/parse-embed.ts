import type { BuilderState } from './state.js';
import { emptyState, emptyStep, readTemplate, type StepState } from './state.js';

interface TrustedTypesWindow {
  trustedTypes?: { createPolicy(name: string, rules: { createHTML(input: string): string }): { createHTML(input: string): string } };
}

let policy: { createHTML(input: string): string } | undefined;

/**
 * Parses pasted code into an inert document: DOMParser never runs scripts or loads anything, and
 * only attributes and text are read from it. Under Trusted Types it goes through the
 * `tend-builder` policy, which may only be used for this.
 */
function inertDocument(code: string): Document {
  const tt = (window as TrustedTypesWindow).trustedTypes;
  if (tt && !policy) policy = tt.createPolicy('tend-builder', { createHTML: (input) => input });
  return new DOMParser().parseFromString((policy ? policy.createHTML(code) : code) as string, 'text/html');
}

function parseJson(text: string | null | undefined): unknown {
  try {
    return JSON.parse(text ?? '');
  } catch {
    return undefined;
  }
}

const textOf = (node: Node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A flow's exercise children as steps; the text of what stands before each (its paragraphs) is its instruction. */
function readSteps(flow: Element, stepTags: readonly string[]): StepState[] {
  const steps: StepState[] = [];
  let before: string[] = [];
  for (const child of flow.children) {
    if (child.matches('script, template, style, [slot]')) continue;
    if (!stepTags.includes(child.localName)) {
      if (textOf(child)) before.push(textOf(child));
      continue;
    }
    const step = emptyStep(child.localName);
    for (const { name, value } of [...child.attributes]) if (name !== 'style') step.attributes[name] = value;
    step.instruction = before.join('\n');
    before = [];
    steps.push(step);
  }
  return steps;
}

/** The configuration of the first exercise element in `code`, or null when there is none. */
export function parseEmbed(code: string, tags: readonly string[], stepTags: readonly string[] = []): BuilderState | null {
  const doc = inertDocument(code);
  const element = doc.querySelector(tags.join(','));
  if (!element) return null;
  const state = emptyState(element.localName);
  for (const { name, value } of [...element.attributes]) {
    if (name !== 'style') state.attributes[name] = value;
  }
  const style = (element as HTMLElement).style;
  for (let i = 0; i < style.length; i++) {
    const name = style.item(i);
    if (name.startsWith('--tend-')) state.styles[name] = style.getPropertyValue(name).trim();
  }
  const strings = parseJson(element.querySelector(':scope > script[type="application/json"][data-tend-strings]')?.textContent);
  if (strings && typeof strings === 'object' && !Array.isArray(strings)) {
    for (const [key, value] of Object.entries(strings)) if (typeof value === 'string') state.strings[key] = value;
  }
  const support = element.querySelector(`:scope > [slot="support"], :scope > :is(${stepTags.join(',') || 'none'}) > [slot="support"]`);
  state.support = support ? textOf(support) : '';
  if (element.localName === 'tend-flow') {
    state.steps = readSteps(element, stepTags);
    const exit = element.querySelector(':scope > [exit-url]')?.getAttribute('exit-url');
    if (exit && state.attributes['exit-url'] === undefined) state.attributes['exit-url'] = exit;
    for (const step of state.steps) delete step.attributes['exit-url'];
    return state;
  }
  const template = element.querySelector(':scope > script[type="application/json"]:not([data-tend-strings])');
  if (template) state.template = readTemplate(parseJson(template.textContent));
  state.prompts = [...element.querySelectorAll(':scope > li:not([slot]), :scope > p:not([slot]), :scope > ol:not([slot]) > li, :scope > ul:not([slot]) > li')]
    .map((node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean);
  return state;
}
