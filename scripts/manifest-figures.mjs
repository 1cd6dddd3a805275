#!/usr/bin/env node
// What tools read in custom-elements.json, counted and checked: every event of an element typed
// (`CustomEvent<…>`), one `custom-element-definition` per tag and none for a class that is not an
// element, every module path and `module` reference a file the package has, and no type parameter of
// a base class left in an element's members. `npm test` runs it after the build; the consumer suite on
// the installed package. Usage: node scripts/manifest-figures.mjs [package folder, default .] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every `module` reference under `value`. */
function references(value, found = []) {
  if (Array.isArray(value)) for (const item of value) references(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string') found.push(inner);
      else references(inner, found);
    }
  }
  return found;
}

/** A type parameter left over: a lone capital (`E`, `ExerciseDataMap[E]`) or a lookup into a map by one. */
const LEAKED = /(^|[^\w'"])[A-Z]([^\w'"]|$)/;

export function manifestFigures(dir = '.') {
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })));
  const elements = declarations.filter(({ declaration }) => declaration.customElement && declaration.tagName).map(({ declaration }) => declaration);
  const events = elements.flatMap((element) => (element.events ?? []).map((event) => ({ element, event })));
  const typed = events.filter(({ event }) => /^CustomEvent<.+>$/.test(event.type?.text ?? ''));
  const attributes = elements.flatMap((element) => (element.attributes ?? []).map((attribute) => ({ element, attribute })));
  const literal = `('[^']*'|"[^"]*")`;
  const unions = attributes.filter(({ attribute }) => new RegExp(`^\\s*${literal}(\\s*\\|\\s*${literal})+(\\s*\\|\\s*undefined)?\\s*$`).test(attribute.type?.text ?? ''));
  const definitions = manifest.modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => ({ module, entry })));
  const classAt = (name, path) => manifest.modules.find((module) => module.path === path)?.declarations?.find((declaration) => declaration.name === name);
  const invented = definitions.filter(({ entry }) => classAt(entry.declaration.name, entry.declaration.module)?.customElement !== true || !entry.name.includes('-'));
  const undefinedTags = elements.filter((element) => !definitions.some(({ entry }) => entry.name === element.tagName));
  const paths = manifest.modules.map((module) => module.path);
  const missingPaths = paths.filter((path) => !existsSync(join(dir, path)));
  const missingReferences = [...new Set(references(manifest.modules))].filter((path) => !existsSync(join(dir, path)));
  const leaked = elements.flatMap((element) =>
    [...(element.members ?? []), ...(element.attributes ?? [])].filter((item) => item.privacy !== 'protected' && item.privacy !== 'private' && LEAKED.test(item.type?.text ?? '')).map((item) => `${element.tagName} ${item.name}: ${item.type.text}`),
  );
  return {
    figures: {
      elements: elements.length,
      'events typed': `${typed.length}/${events.length}`,
      'attributes with a union of values': `${unions.length}/${attributes.length}`,
      'tags with a definition': `${elements.length - undefinedTags.length}/${elements.length}`,
      'definitions of no element': invented.length,
      'module paths that exist': `${paths.length - missingPaths.length}/${paths.length}`,
      'module references that exist': missingReferences.length ? `${missingReferences.length} missing` : 'all',
      'leaked type parameters': leaked.length,
    },
    problems: [
      ...events.filter((item) => !typed.includes(item)).map(({ element, event }) => `<${element.tagName}> ${event.name}: no CustomEvent<…> type`),
      ...undefinedTags.map((element) => `<${element.tagName}>: no custom-element-definition`),
      ...invented.map(({ module, entry }) => `${module.path}: definition of "${entry.name}" by ${entry.declaration.name}, not an element`),
      ...missingPaths.map((path) => `module ${path} is not in the package`),
      ...missingReferences.map((path) => `reference to ${path}, not in the package`),
      ...leaked.map((text) => `leaked type parameter: ${text}`),
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '.';
  const { figures, problems } = manifestFigures(dir);
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
  else for (const [name, value] of Object.entries(figures)) console.log(`  ${name}: ${value}`);
  for (const problem of problems) console.error(`  ✖ ${problem}`);
  console.log(`manifest: ${problems.length ? `${problems.length} problems` : 'every event typed, every tag defined, every path in the package'}`);
  process.exit(problems.length ? 1 : 0);
}
