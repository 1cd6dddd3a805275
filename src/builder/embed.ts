/**
 * The code a therapist or blogger pastes: HTML (script tag, stylesheet, element), and the same
 * element for React and Vue. Pure functions over an already validated configuration.
 */

export interface EmbedConfig {
  tag: string;
  exercise: string;
  /** Valid attributes only, in order; `true` for a boolean attribute that is on. */
  attributes: [name: string, value: string | true][];
  /** The property of each attribute (React props). */
  properties: Record<string, string>;
  strings: Record<string, string>;
  styles: Record<string, string>;
  prompts: string[];
  /** The custom template's JSON value, already validated by the element's own parser. */
  template: object | null;
  /** The therapist's support line (`slot="support"`), shown in the support note; '' for none. */
  support: string;
  /** A flow's steps, in order (empty for an exercise). */
  steps: EmbedStep[];
}

/** A flow's step: the paragraphs before it, then the exercise element. */
export interface EmbedStep {
  paragraphs: string[];
  element: EmbedConfig;
}

export const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON that is safe inside `<script>`: no `</script>`, `<!--` or line separators can end or break it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A JavaScript string literal that is safe inside a `<script>` block too. */
const jsString = (text: string): string =>
  JSON.stringify(text).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const indent = (text: string, by: string) => text.replace(/^/gm, by);

function styleText(styles: Record<string, string>): string {
  return Object.entries(styles)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}

/** The element alone, with its attributes and children. */
export function elementHtml(config: EmbedConfig): string {
  const attributes = config.attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  if (Object.keys(config.styles).length) attributes.push(` style="${escapeAttribute(styleText(config.styles))}"`);
  const children: string[] = [];
  for (const step of config.steps) {
    for (const paragraph of step.paragraphs) children.push(`<p>${escapeText(paragraph)}</p>`);
    children.push(elementHtml(step.element));
  }
  if (config.prompts.length) {
    children.push(`<ol>\n${config.prompts.map((prompt) => `  <li>${escapeText(prompt)}</li>`).join('\n')}\n</ol>`);
  }
  if (config.support) children.push(`<p slot="support">${escapeText(config.support)}</p>`);
  if (config.template) children.push(`<script type="application/json">\n${scriptJson(config.template)}\n</script>`);
  if (Object.keys(config.strings).length) {
    children.push(`<script type="application/json" data-tend-strings>\n${scriptJson(config.strings)}\n</script>`);
  }
  const open = `<${config.tag}${attributes.join('')}>`;
  return children.length ? `${open}\n${indent(children.join('\n'), '  ')}\n</${config.tag}>` : `${open}</${config.tag}>`;
}

/**
 * The script a page needs for this configuration, under the package's `dist/`: the exercise's own
 * file (`cdn/<exercise>.js`, the exercise and the shared core, nothing else), or for a flow, whose
 * steps are other exercises, the autoloader (`cdn/autoloader.js`), which loads each element it finds.
 */
export const scriptPath = (config: EmbedConfig): string => (config.steps.length || config.exercise === 'flow' ? 'cdn/autoloader.js' : `cdn/${config.exercise}.js`);

/** The whole embed code: the stylesheet, the script (and a locale beside it), the element. */
export function embedHtml(config: EmbedConfig, cdn: string): string {
  const base = cdn.endsWith('/') ? cdn : `${cdn}/`;
  const lang = config.attributes.find(([name]) => name === 'lang')?.[1];
  const lines = [
    `<link rel="stylesheet" href="${escapeAttribute(`${base}tend.css`)}">`,
    `<script type="module" src="${escapeAttribute(`${base}${scriptPath(config)}`)}"></script>`,
  ];
  const language = typeof lang === 'string' ? lang.trim().toLowerCase().split('-')[0] : '';
  if (language && language !== 'en' && /^[a-z]{2,3}$/.test(language)) {
    lines.push(`<script type="module" src="${escapeAttribute(`${base}locales/${language}.js`)}"></script>`);
  }
  return `${lines.join('\n')}\n${elementHtml(config)}\n`;
}

const pascal = (tag: string) => tag.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
const jsxValue = (text: string) => (/^[^"\\{}<>&\n]*$/.test(text) ? `"${text}"` : `{${jsString(text)}}`);

/** One element as JSX, with its steps as children; `names` collects the components it uses. */
function jsxElement(config: EmbedConfig, names: Set<string>, outermost: boolean): string {
  const name = pascal(config.tag);
  names.add(name);
  const props = config.attributes.map(([attribute, value]) => {
    const prop = config.properties[attribute] ?? attribute;
    return value === true ? prop : `${prop}=${jsxValue(value)}`;
  });
  if (Object.keys(config.strings).length) props.push(`strings={${JSON.stringify(config.strings)}}`);
  if (Object.keys(config.styles).length) props.push(`style={${JSON.stringify(config.styles)}}`);
  if (outermost) props.push('onTendComplete={(event) => console.info(event.detail)}');
  const children: string[] = [];
  for (const step of config.steps) {
    for (const paragraph of step.paragraphs) children.push(`<p>{${jsString(paragraph)}}</p>`);
    children.push(jsxElement(step.element, names, false));
  }
  if (config.prompts.length) children.push(`<ol>\n${config.prompts.map((p) => `  <li>{${jsString(p)}}</li>`).join('\n')}\n</ol>`);
  if (config.support) children.push(`<p slot="support">{${jsString(config.support)}}</p>`);
  if (config.template) children.push(`<script type="application/json">{${jsString(JSON.stringify(config.template))}}</script>`);
  const open = props.length ? `<${name}\n${indent(props.join('\n'), '  ')}\n` : `<${name} `;
  return children.length ? `${open}>\n${indent(children.join('\n'), '  ')}\n</${name}>` : `${open}/>`;
}

/** The same element as a React component from `tend-widgets/react`. */
export function reactCode(config: EmbedConfig): string {
  const names = new Set<string>();
  const element = jsxElement(config, names, true);
  return `import { ${[...names].join(', ')} } from 'tend-widgets/react';\n\nexport function Exercise() {\n  return (\n${indent(element, '    ')}\n  );\n}\n`;
}

/** One element in a Vue template, with its steps as children; `setup` collects imports and constants. */
function vueElement(config: EmbedConfig, setup: string[]): string {
  const module = `import 'tend-widgets/${config.exercise}';`;
  if (!setup.includes(module)) setup.push(module);
  const attributes = config.attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
  if (Object.keys(config.strings).length) {
    setup.push(`const strings = ${scriptJson(config.strings)};`);
    attributes.push(':strings="strings"');
  }
  if (Object.keys(config.styles).length) attributes.push(`style="${escapeAttribute(styleText(config.styles))}"`);
  const children: string[] = [];
  for (const step of config.steps) {
    for (const paragraph of step.paragraphs) children.push(`<p>${escapeText(paragraph)}</p>`);
    children.push(vueElement(step.element, setup));
  }
  if (config.prompts.length) children.push(`<ol>\n${config.prompts.map((p) => `  <li>${escapeText(p)}</li>`).join('\n')}\n</ol>`);
  if (config.support) children.push(`<p slot="support">${escapeText(config.support)}</p>`);
  if (config.template) {
    setup.push(`const template = ${jsString(JSON.stringify(config.template))};`);
    children.push(`<component :is="'script'" type="application/json" v-text="template" />`);
  }
  const open = `<${config.tag}${attributes.length ? `\n${indent(attributes.join('\n'), '  ')}\n` : ''}>`;
  return `${open}${children.length ? `\n${indent(children.join('\n'), '  ')}\n` : ''}</${config.tag}>`;
}

/** The same element in a Vue single-file component (Vue must treat `tend-*` tags as custom elements). */
export function vueCode(config: EmbedConfig): string {
  const setup: string[] = [];
  const element = vueElement(config, setup);
  return (
    `<!-- vite.config: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('tend-') } } }) -->\n` +
    `<script setup>\n${setup.join('\n')}\n</script>\n\n<template>\n${indent(element, '  ')}\n</template>\n`
  );
}
