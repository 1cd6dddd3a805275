#!/usr/bin/env node
// From custom-elements.json: typed JSX intrinsic elements (React, Preact, Solid style) in
// dist/types/jsx.d.ts, and VS Code HTML custom data in dist/vscode.html-custom-data.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

const typeOf = (attribute) => {
  const text = attribute.type?.text ?? 'string';
  if (/boolean/.test(text)) return 'boolean';
  if (/^number/.test(text)) return 'number | string';
  return 'string';
};
const docOf = (text) => (text ? `  /** ${text.replace(/\*\//g, '* /').replace(/\s+/g, ' ')} */\n` : '');

let jsx = `// Generated from custom-elements.json by scripts/generate-editor-types.mjs. Do not edit.
import type { TendChangeEvent, TendCompleteEvent, TendStepEvent } from './core/events.js';
${elements.map((el) => `import type { ${el.name} } from './${el.tagName.replace(/^tend-/, '')}.js';`).join('\n')}

type TendEvents = {
  'ontend-change'?: (event: TendChangeEvent) => void;
  'ontend-complete'?: (event: TendCompleteEvent) => void;
  'ontend-step'?: (event: TendStepEvent) => void;
};
type Common = { children?: unknown; id?: string; class?: string; className?: string; style?: unknown; key?: string | number; ref?: unknown; slot?: string; hidden?: boolean };
`;
for (const el of elements) {
  const attributes = (el.attributes ?? []).map((a) => `${docOf(a.description)}  '${a.name}'?: ${typeOf(a)};`).join('\n');
  jsx += `\n/** Attributes of <${el.tagName}>. */\nexport interface ${el.name}Attributes extends Common, TendEvents {\n${attributes}\n  value?: ${el.name}['value'];\n  strings?: Record<string, unknown>;\n}\n`;
}
const intrinsic = elements.map((el) => `      '${el.tagName}': ${el.name}Attributes;`).join('\n');
jsx += `
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${intrinsic}
    }
  }
}
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${intrinsic}
    }
  }
}
`;
mkdirSync('dist/types', { recursive: true });
writeFileSync('dist/types/jsx.d.ts', jsx);
// The runtime side of `import 'tend-widgets/jsx'`: nothing, the import is for the types.
writeFileSync('dist/jsx.js', 'export {};\n');

const customData = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: el.summary ?? el.description ?? '',
    attributes: (el.attributes ?? []).map((a) => {
      const values = (a.type?.text ?? '').match(/'[^']+'/g)?.map((v) => ({ name: v.slice(1, -1) }));
      return { name: a.name, description: a.description ?? '', ...(values?.length ? { values } : {}) };
    }),
  })),
};
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(customData, null, 2)}\n`);
console.log(`editor types: ${elements.length} elements → dist/types/jsx.d.ts, dist/vscode.html-custom-data.json`);
