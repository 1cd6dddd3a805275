/** The live preview: the real element built from the embed configuration, and the colours it really shows. */
import type { CatalogEntry } from './catalog-types.js';
import { contrastRatio, over, parseColor, type Rgba } from './contrast.js';
import type { EmbedConfig } from './embed.js';
import { isColourProperty } from './fields.js';

export interface ContrastCheck {
  /** The builder's string key naming the pair (`pair.text`…). */
  pair: string;
  ratio: number;
}

export interface PreviewColours {
  /** Every colour the preview shows (set or default), by custom property, as `#rrggbb`. */
  effective: Record<string, string>;
  checks: ContrastCheck[];
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
const hex = (c: Rgba) => `#${[c.r, c.g, c.b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;

/** The real element, built with DOM calls only (no HTML parsing); nothing is kept from the preview (no `persist`). */
export function buildPreview(config: EmbedConfig): HTMLElement {
  const element = document.createElement(config.tag);
  for (const [name, value] of config.attributes) if (name !== 'persist') element.setAttribute(name, value === true ? '' : value);
  for (const [name, value] of Object.entries(config.styles)) element.style.setProperty(name, value);
  if (Object.keys(config.strings).length) (element as HTMLElement & { strings: object }).strings = config.strings;
  if (config.prompts.length) {
    const list = document.createElement('ol');
    for (const prompt of config.prompts) list.append(Object.assign(document.createElement('li'), { textContent: prompt }));
    element.append(list);
  }
  if (config.support) element.append(Object.assign(document.createElement('p'), { slot: 'support', textContent: config.support }));
  for (const step of config.steps) {
    for (const paragraph of step.paragraphs) element.append(Object.assign(document.createElement('p'), { textContent: paragraph }));
    element.append(buildPreview(step.element));
  }
  if (config.template) {
    const script = document.createElement('script');
    script.type = 'application/json';
    try {
      script.textContent = JSON.stringify(config.template);
      element.append(script);
    } catch {
      // Trusted Types refuse script text: the preview shows the default template, the code still has it.
    }
  }
  return element;
}

/** Reads the preview element's real colours (inside `slot`, over the slot's parent's background) and checks the pairs people read. */
export function previewColours(element: HTMLElement, slot: HTMLElement, cssProperties: readonly CatalogEntry[]): PreviewColours {
  const style = getComputedStyle(element);
  const probe = document.createElement('span');
  slot.append(probe);
  const resolve = (value: string, fallback: Rgba): Rgba => {
    if (!value.trim()) return fallback;
    probe.style.color = '';
    probe.style.color = value.trim();
    const parsed = parseColor(getComputedStyle(probe).color);
    return parsed ? over(parsed, fallback) : fallback;
  };
  const page = parseColor(getComputedStyle(slot.parentElement!).backgroundColor) ?? WHITE;
  const pageColour = page.a === 0 ? WHITE : page;
  // The element's effective token: its private `--_*` value (the default, or a `--tend-*` set on it or above it).
  const token = (name: string): string => style.getPropertyValue(name.replace(/^--tend-/, '--_')) || style.getPropertyValue(name);
  const surface = resolve(token('--tend-surface'), pageColour);
  const text = resolve(token('--tend-text') || style.color, surface);
  const accent = resolve(token('--tend-accent'), surface);
  const onAccent = resolve(token('--tend-on-accent'), accent);
  const fieldSurface = resolve(token('--tend-field-surface'), surface);
  const fieldText = resolve(token('--tend-field-text'), fieldSurface);
  const danger = resolve(token('--tend-danger'), surface);
  const effective: Record<string, string> = {};
  for (const property of cssProperties) {
    if (isColourProperty(property.description)) effective[property.name] = hex(resolve(token(property.name), surface));
  }
  probe.remove();
  Object.assign(effective, {
    '--tend-surface': hex(surface),
    '--tend-text': hex(text),
    '--tend-on-accent': hex(onAccent),
    '--tend-field-text': hex(fieldText),
  });
  const checks: ContrastCheck[] = [
    { pair: 'pair.text', ratio: contrastRatio(text, surface) },
    { pair: 'pair.accent', ratio: contrastRatio(accent, surface) },
    { pair: 'pair.onAccent', ratio: contrastRatio(onAccent, accent) },
    { pair: 'pair.field', ratio: contrastRatio(fieldText, fieldSurface) },
    { pair: 'pair.danger', ratio: contrastRatio(danger, surface) },
  ];
  return { effective, checks };
}
