// What tools make of the installed package's custom-elements.json: @wc-toolkit/jsx-types' JSX types
// (type-checked by tsconfig.json with usage.tsx) and custom-element-vs-code-integration's VS Code
// custom data (checked here: every element, attribute and event of the manifest is in it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const require = createRequire(import.meta.url);
const manifestPath = require.resolve('tend-widgets/custom-elements.json');
const manifest = () => JSON.parse(readFileSync(manifestPath, 'utf8'));

// Every element's type and its events' detail types from the package's root, as the tool does for a barrel file.
generateJsxTypes(manifest(), { outdir: 'generated', fileName: 'jsx-types.d.ts', globalTypePath: 'tend-widgets', stronglyTypedEvents: true, hideLogs: true });
generateVsCodeCustomElementData(manifest(), { outdir: 'generated', htmlFileName: 'html-custom-data.json', cssFileName: 'css-custom-data.json', hideLogs: true });

const html = JSON.parse(readFileSync('generated/html-custom-data.json', 'utf8'));
const problems = [];
const elements = manifest().modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
for (const element of elements) {
  const tag = html.tags?.find((candidate) => candidate.name === element.tagName);
  if (!tag) {
    problems.push(`<${element.tagName}> missing`);
    continue;
  }
  for (const attribute of element.attributes ?? []) {
    const found = tag.attributes?.find((candidate) => candidate.name === attribute.name);
    if (!found) problems.push(`<${element.tagName}> ${attribute.name} missing`);
    else if (typeof found.description !== 'string' || !found.description) problems.push(`<${element.tagName}> ${attribute.name}: no description`);
    else if (found.values && !found.values.every((value) => typeof value.name === 'string')) problems.push(`<${element.tagName}> ${attribute.name}: a value without a name`);
  }
  const description = JSON.stringify(tag.description ?? '');
  for (const event of element.events ?? []) if (!description.includes(event.name)) problems.push(`<${element.tagName}> event ${event.name} not described`);
}
const attributes = html.tags?.reduce((sum, tag) => sum + (tag.attributes?.length ?? 0), 0) ?? 0;
const valued = html.tags?.reduce((sum, tag) => sum + (tag.attributes?.filter((attribute) => attribute.values?.length).length ?? 0), 0) ?? 0;
console.log(`vscode custom data: ${html.tags?.length ?? 0} tags, ${attributes} attributes (${valued} with values)${problems.length ? `; ${problems.join('; ')}` : ''}`);
process.exit(problems.length ? 1 : 0);
