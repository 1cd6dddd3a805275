// The plugin's knowledge of the exercises, read from custom-elements.json (never a hand-kept list):
// each exercise's tag, its attributes (booleans, known values) and which children it takes.

/** Not single exercises: the builder configures them, the flow holds exercise children. */
const NOT_EXERCISES = new Set(['tend-builder', 'tend-flow']);
/** Given by the block's own fields (heading) or meaningless in a post, which has no form around it. */
const NOT_SETTINGS = new Set(['heading', 'name', 'required']);

const label = (id) => {
  const text = id.replace(/-/g, ' ');
  return (/^[a-z] /.test(text) ? id.replace(/^([a-z])-/, '$1-') : text).replace(/^./, (c) => c.toUpperCase());
};
const firstSentence = (text = '') => text.replace(/\s+/g, ' ').split(/(?<=[.:])\s/)[0].replace(/:$/, '.');

/** The values an attribute accepts when the manifest names them: a union of literals or a description listing them. */
function knownValues(attribute) {
  const type = attribute.type?.text ?? '';
  const literals = type.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  if (literals.length > 1 && literals.every((part) => /^(['"]).*\1$/.test(part))) {
    const fallback = /^(['"])(.*)\1$/.exec(attribute.default ?? '')?.[2] ?? null;
    return { values: literals.map((part) => part.slice(1, -1)), fallback };
  }
  // A description that opens with the list of values: "`light`, `dark` or `auto` (…)", "Review rhythm: `weekly`, …".
  const description = (attribute.description ?? '').replace(/\s+/g, ' ').trim();
  const item = '`[a-z0-9][a-z0-9-]*`(?: \\([^)]*\\))?';
  const list = new RegExp(`^(?:[^\`:]*: )?(${item}(?:(?:, |,? or )${item})+)`).exec(description);
  if (!list) return null;
  const values = [...list[1].replace(/\([^)]*\)/g, '').matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]);
  const fallback = /`([a-z0-9-]+)` \(default/.exec(list[1])?.[1] ?? null;
  return { values, fallback };
}

export function exercisesFromManifest(manifest) {
  const exercises = {};
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('tend-'))
    .filter((declaration) => !NOT_EXERCISES.has(declaration.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  for (const element of elements) {
    const id = element.tagName.replace(/^tend-/, '');
    const attributes = {};
    for (const attribute of element.attributes ?? []) {
      if (NOT_SETTINGS.has(attribute.name)) continue;
      const known = knownValues(attribute);
      attributes[attribute.name] = {
        type: /^boolean$/.test(attribute.type?.text ?? '') ? 'boolean' : 'string',
        description: (attribute.description ?? '').replace(/\s+/g, ' ').trim(),
        values: known?.values ?? [],
        default: known?.fallback ?? null,
      };
    }
    const slots = (element.slots ?? []).map((slot) => slot.description ?? '').join(' ');
    exercises[id] = {
      tag: element.tagName,
      label: label(id),
      description: firstSentence(element.description),
      attributes,
      prompts: /<li>/.test(slots),
      template: /custom template/i.test(slots),
    };
  }
  return exercises;
}

const phpString = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
function phpValue(value, indent) {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return phpString(value);
  const inner = `${indent}\t`;
  const entries = Array.isArray(value)
    ? value.map((item) => `${inner}${phpValue(item, inner)},`)
    : Object.entries(value).map(([key, item]) => `${inner}${phpString(key)} => ${phpValue(item, inner)},`);
  return entries.length ? `array(\n${entries.join('\n')}\n${indent})` : 'array()';
}

export function toPhp(exercises) {
  return `<?php
/**
 * The exercises and their attributes, generated from custom-elements.json by wordpress/exercises.mjs
 * at build time. Do not edit.
 *
 * @package TendWidgets
 */

defined( 'ABSPATH' ) || exit;

return ${phpValue(exercises, '')};
`;
}
