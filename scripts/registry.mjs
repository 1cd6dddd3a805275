#!/usr/bin/env node
// `npm run registry` writes what derives from src/registry.ts (the one list of widgets): the entry
// and registering (src/define/) module of each widget, src/index.ts, src/react.ts, stories/examples/index.ts and the widget paths of
// package.json. `node scripts/registry.mjs --check` (a step of `npm test`) fails when any is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

/** The registry, read from its TypeScript source (it has no imports). */
export async function loadRegistry() {
  const { code } = transformSync(readFileSync('src/registry.ts', 'utf8'), { loader: 'ts', format: 'esm' });
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).widgets;
}

const camel = (id) => id.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const header = '// Generated from src/registry.ts by `npm run registry`. Do not edit.\n';

/** Registers one element: the only kind of module with a side effect ("sideEffects" lists them). */
function defineModule(w) {
  return `${header}import { ${w.className} } from '../${w.exercise}/${w.exercise}.js';

${w.className}.define('${w.tag}');

declare global {
  interface HTMLElementTagNameMap {
    '${w.tag}': ${w.className};
  }
}
`;
}

function entryModule(w) {
  return `${header}// \`import 'tend-widgets/${w.exercise}'\` defines <${w.tag}> and exports its class.
import './define/${w.exercise}.js';

export { ${w.className} } from './${w.exercise}/${w.exercise}.js';
// Its events' types, for TypeScript and for tools that read custom-elements.json (\`CustomEvent<TendChangeDetail>\`).
export type { TendChangeDetail, TendCompleteDetail, TendStepDetail, TendChangeEvent, TendCompleteEvent, TendStepEvent, TendEventMap } from './core/events.js';
`;
}

function indexModule(widgets) {
  return `${header}// \`import 'tend-widgets'\` defines every exercise element and exports their classes and the core's types.
${widgets.map((w) => `import './define/${w.exercise}.js';`).join('\n')}

${widgets.map((w) => `export { ${w.className} } from './${w.exercise}/${w.exercise}.js';`).join('\n')}
export * from './core/index.js';
// The builder's type, for tools that import every element's type from here; \`import 'tend-widgets/builder'\` defines it.
export type { TendBuilder } from './builder/builder.js';
`;
}

function reactModule(widgets) {
  const defines = widgets.map((w) => `import './define/${w.exercise}.js';`).join('\n');
  const imports = widgets.map((w) => `import { ${w.className} as ${w.className}Element } from './${w.exercise}/${w.exercise}.js';`).join('\n');
  const components = widgets
    .map((w) => {
      const extra = (w.reactEvents ?? []).map((e) => `, onTendStep: '${e}' as EventName<TendStepEvent>`).join('');
      const events = extra ? `{ ...(events as Events<'${w.exercise}'>)${extra} }` : `events as Events<'${w.exercise}'>`;
      return `/** \`<${w.tag}>\` as a React component: props for its properties, \`onTendChange\`, \`onTendComplete\`${extra ? ', `onTendStep`' : ''}. */
export const ${w.className} = createComponent({ tagName: '${w.tag}', elementClass: ${w.className}Element, react: React, events: ${events} });`;
    })
    .join('\n\n');
  return `${header}import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
${defines}
import type { TendEventMap, TendStepEvent } from './core/events.js';
import type { ExerciseId } from './core/types.js';
${imports}

/** Each component's events, typed as its element sends them (\`detail.data\` is that exercise's). */
type Events<E extends ExerciseId> = { onTendChange: EventName<TendEventMap<E>['tend-change']>; onTendComplete: EventName<TendEventMap<E>['tend-complete']> };
const events = { onTendChange: 'tend-change', onTendComplete: 'tend-complete' };

${components}
`;
}

function examplesModule(widgets) {
  return `${header}import type { ExerciseId } from '../../src/registry.js';
import type { Example } from './example.js';
${widgets.map((w) => `import { ${camel(w.exercise)}Examples } from './${w.exercise}.js';`).join('\n')}

/** Every widget's examples, by exercise id (the stories, the axe loop and the layout tests read them). */
export const examplesByExercise: Record<ExerciseId, readonly Example<never>[]> = {
${widgets.map((w) => `  '${w.exercise}': ${camel(w.exercise)}Examples,`).join('\n')}
};
`;
}

/** package.json with every widget's export and side-effect path, in registry order after ".". */
function packageJson(widgets, pkg) {
  const exports = { '.': pkg.exports['.'] };
  for (const w of widgets) exports[`./${w.exercise}`] = { types: `./dist/types/${w.exercise}.d.ts`, default: `./dist/${w.exercise}.js` };
  const widgetPaths = new Set(widgets.map((w) => `./${w.exercise}`));
  for (const [key, value] of Object.entries(pkg.exports)) if (!(key in exports) && !widgetPaths.has(key)) exports[key] = value;
  // Each widget's entry imports its registering module, so it has a side effect as well.
  const sideEffects = [...pkg.sideEffects];
  for (const w of widgets) for (const path of [`./dist/${w.exercise}.js`, `./src/${w.exercise}.ts`]) if (!sideEffects.includes(path)) sideEffects.push(path);
  return `${JSON.stringify({ ...pkg, exports, sideEffects }, null, 2)}\n`;
}

async function outputs() {
  const widgets = await loadRegistry();
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  return [
    ...widgets.map((w) => [`src/${w.exercise}.ts`, entryModule(w)]),
    ...widgets.map((w) => [`src/define/${w.exercise}.ts`, defineModule(w)]),
    ['src/index.ts', indexModule(widgets)],
    ['src/react.ts', reactModule(widgets)],
    ['stories/examples/index.ts', examplesModule(widgets)],
    ['package.json', packageJson(widgets, pkg)],
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [file, content] of await outputs()) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      /* missing: stale */
    }
    if (current === content) continue;
    stale.push(file);
    if (!check) writeFileSync(file, content);
  }
  if (check && stale.length) {
    console.error(`registry: ${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} stale: run \`npm run registry\``);
    process.exit(1);
  }
  console.log(check ? 'registry: everything derived from src/registry.ts is current' : `registry: wrote ${stale.join(', ') || 'nothing (current)'}`);
}
