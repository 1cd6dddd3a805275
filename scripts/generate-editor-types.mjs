#!/usr/bin/env node
// From custom-elements.json, each element's attributes, properties and events for the frameworks'
// type checkers: dist/types/elements.d.ts (the shared table), dist/types/jsx.d.ts (React, Preact and
// the global JSX namespace: `import 'tend-widgets/jsx'`), dist/types/vue.d.ts (Vue's GlobalComponents,
// for vue-tsc: `import 'tend-widgets/vue'`), dist/types/svelte.d.ts (svelte/elements, for
// svelte-check: `import 'tend-widgets/svelte'`), each with an empty module beside it so that the import
// also runs; and VS Code HTML custom data in dist/vscode.html-custom-data.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadRegistry } from './registry.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const widgets = await loadRegistry();
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName).map((declaration) => ({ ...declaration, modulePath: module.path })),
);
elements.sort((a, b) => a.tagName.localeCompare(b.tagName));

const header = '// Generated from custom-elements.json by scripts/generate-editor-types.mjs. Do not edit.\n';
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim()} */\n` : '');
const quoted = (name) => `'${name}'`;

/** An attribute's type as markup gives it: `boolean`, a union of its values where the manifest has one, else text. */
function attributeType(attribute) {
  const text = (attribute.type?.text ?? 'string').replace(/\s*\|\s*undefined\b/g, '').trim();
  if (text === 'boolean') return 'boolean';
  if (text === 'number') return 'number | string';
  if (/^('[^']*'|"[^"]*")(\s*\|\s*('[^']*'|"[^"]*"))*$/.test(text)) return text;
  return 'string';
}

/** Public, settable, instance properties that no attribute stands for (`value`, `strings`…). */
function propertiesOnly(element) {
  const fields = new Set((element.attributes ?? []).map((attribute) => attribute.fieldName));
  return (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public' && !fields.has(member.name),
  );
}

const importPath = (modulePath) => `./${modulePath.replace(/^dist\//, '')}`;

/** dist/types/elements.d.ts: the table every framework's declarations read. */
function elementsTable() {
  const imports = elements.map((el) => `import type { ${el.name} } from '${importPath(el.modulePath)}';`).join('\n');
  const entries = elements.map((el) => {
    const exercise = widgets.find((widget) => widget.tag === el.tagName)?.exercise;
    const attributes = (el.attributes ?? []).map((a) => `${doc(a.description, '      ')}      ${quoted(a.name)}?: ${attributeType(a)};`).join('\n');
    const fields = (el.attributes ?? []).filter((a) => a.fieldName).map((a) => `${doc(a.description, '      ')}      ${a.fieldName}?: ${attributeType(a)};`).join('\n');
    const properties = propertiesOnly(el).map((member) => `${doc(member.description, '      ')}      ${member.name}?: ${el.name}['${member.name}'];`).join('\n');
    const events = exercise
      ? `TendEventMap<'${exercise}'>`
      : `{ ${(el.events ?? []).map((event) => `${quoted(event.name)}: CustomEvent<unknown>`).join('; ')} }`;
    return `${doc(el.summary ?? el.description, '  ')}  '${el.tagName}': {
    element: ${el.name};
    /** Its attributes, by the name markup gives them. */
    attributes: {
${attributes}
    };
    /** The same, by property name (camelCase), for frameworks that set properties. */
    fields: {
${fields}
    };
    /** Properties that no attribute stands for. */
    properties: {
${properties}
    };
    events: ${events};
  };`;
  });
  return `${header}// Each element's attributes, properties and events: what jsx.d.ts, vue.d.ts and svelte.d.ts declare.
import type { TendEventMap } from './core/events.js';
${imports}

export interface TendElements {
${entries.join('\n')}
}

export type TendTag = keyof TendElements;
/** \`on<event>\` handlers, as JSX and Svelte 5 write them (\`ontend-complete\`). */
export type TendEventHandlers<T extends TendTag, Prefix extends string = 'on'> = {
  [N in keyof TendElements[T]['events'] & string as \`\${Prefix}\${N}\`]?: (event: TendElements[T]['events'][N]) => void;
};
`;
}

/** dist/types/jsx.d.ts: self-contained (no React or Preact names), so it compiles whichever of them is installed. */
function jsxTypes() {
  const names = elements.map((el) => `export type ${el.name}Attributes = TendJsxProps<'${el.tagName}'>;`).join('\n');
  const intrinsic = elements.map((el) => `      '${el.tagName}': TendJsxProps<'${el.tagName}'>;`).join('\n');
  const augment = (opening) => `${opening}
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${intrinsic}
    }
  }
}`;
  return `${header}// \`import 'tend-widgets/jsx'\` types every <tend-*> tag in JSX: React 19 and Preact (their own JSX
// namespaces) and the global JSX namespace. Attribute names as in HTML, events as \`ontend-complete\`.
import type { TendElements, TendEventHandlers } from './elements.js';

/** What JSX accepts on any of the elements besides its own attributes. */
export interface TendJsxCommon {
  children?: unknown;
  id?: string;
  class?: string;
  className?: string;
  style?: string | object;
  slot?: string;
  hidden?: boolean;
  title?: string;
  tabIndex?: number;
  dir?: string;
  part?: string;
  key?: string | number | bigint | null;
  ref?: unknown;
}
/** The props of one tag: its attributes, its properties without an attribute (\`value\`), its events. */
export type TendJsxProps<T extends keyof TendElements> = TendJsxCommon & TendElements[T]['attributes'] & TendElements[T]['properties'] & TendEventHandlers<T>;
${names}

${augment('declare global {')}
${augment("declare module 'react' {")}
${augment("declare module 'preact' {")}
`;
}

/** dist/types/vue.d.ts: Vue's GlobalComponents, as Vue's guide types custom elements for vue-tsc. */
function vueTypes() {
  const components = elements.map((el) => `    '${el.tagName}': TendVueElement<'${el.tagName}'>;`).join('\n');
  return `${header}// \`import 'tend-widgets/vue'\` types every <tend-*> tag in Vue templates checked by vue-tsc (strict
// templates too): props by property name (\`:no-hints\` is \`noHints\`), events as \`@tend-complete\`.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { TendElements } from './elements.js';

type Emits<T extends keyof TendElements> = EmitFn<{ [N in keyof TendElements[T]['events']]: (event: TendElements[T]['events'][N]) => void }>;

/** A custom element as a Vue component type: the element, with the props and events templates may use. */
export type TendVueElement<T extends keyof TendElements> = new () => TendElements[T]['element'] & {
  /** @deprecated For template type checking only: an element has no \`$props\`. */
  $props: HTMLAttributes & Partial<TendElements[T]['fields'] & TendElements[T]['properties']> & PublicProps;
  /** @deprecated For template type checking only: an element has no \`$emit\`. */
  $emit: Emits<T>;
};

declare module 'vue' {
  interface GlobalComponents {
${components}
  }
}
`;
}

/** dist/types/svelte.d.ts: svelte/elements' SvelteHTMLElements, as Svelte's docs extend it, for svelte-check. */
function svelteTypes() {
  const tags = elements.map((el) => `    '${el.tagName}': TendSvelteProps<'${el.tagName}'>;`).join('\n');
  return `${header}// \`import 'tend-widgets/svelte'\` types every <tend-*> tag in Svelte 5 components checked by
// svelte-check: attributes as in HTML, events as \`ontend-complete\` (and the older \`on:tend-complete\`).
import type { HTMLAttributes } from 'svelte/elements';
import type { TendElements, TendEventHandlers } from './elements.js';

/** The attributes of one tag in Svelte markup. */
export type TendSvelteProps<T extends keyof TendElements> = HTMLAttributes<TendElements[T]['element']> &
  TendElements[T]['attributes'] &
  TendElements[T]['properties'] &
  TendEventHandlers<T> &
  TendEventHandlers<T, 'on:'>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${tags}
  }
}
`;
}

mkdirSync('dist/types', { recursive: true });
const written = { elements: elementsTable(), jsx: jsxTypes(), vue: vueTypes(), svelte: svelteTypes() };
for (const [name, text] of Object.entries(written)) writeFileSync(`dist/types/${name}.d.ts`, text);
// The runtime side of `import 'tend-widgets/jsx'` (and /vue, /svelte): nothing, the import is for the types.
for (const name of ['jsx', 'vue', 'svelte']) writeFileSync(`dist/${name}.js`, 'export {};\n');

const customData = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: el.summary ?? el.description ?? '',
    attributes: (el.attributes ?? []).map((a) => {
      const values = (a.type?.text ?? '').match(/'[^']+'|"[^"]+"/g)?.map((v) => ({ name: v.slice(1, -1) }));
      return { name: a.name, description: a.description ?? '', ...(values?.length ? { values } : {}) };
    }),
  })),
};
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(customData, null, 2)}\n`);
console.log(`editor types: ${elements.length} elements → dist/types/{elements,jsx,vue,svelte}.d.ts, dist/vscode.html-custom-data.json`);
