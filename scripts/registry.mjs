#!/usr/bin/env node
// `npm run registry` writes what derives from src/registry.ts (the one list of elements) and src/locales/ (one
// folder per language) into src/entries/, which holds nothing written by hand: the entry and registering module of
// each element, the index, the React wrappers, the autoloader's table, the data types, the summaries, the English
// catalogues, each locale's module and the builder's languages; outside it, stories/examples/index.ts and the paths of
// package.json. Every generated file says so in its first line. `node scripts/registry.mjs --check` (a step of
// `npm test`) fails when any is stale, or when a locale's folder lacks a part.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The registry, read from its TypeScript source (it has no imports). */
export async function loadRegistry() {
  const { code } = transformSync(readFileSync(join(ROOT, 'src/registry.ts'), 'utf8'), { loader: 'ts', format: 'esm' });
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).widgets;
}

/** The languages with a folder in src/locales/ (`es` for src/locales/es/). */
export function localeCodes() {
  return readdirSync(join(ROOT, 'src/locales'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

const ENTRIES = 'src/entries';
const camel = (id) => id.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const pascal = (id) => camel(id).replace(/^\w/, (c) => c.toUpperCase());
const header = (from = 'src/registry.ts') => `// Generated from ${from} by \`npm run registry\`. Do not edit.\n`;
const steps = (widgets) => widgets.filter((w) => !w.holdsSteps);
/** An object key as Prettier writes it: quoted only when it must be. */
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** Registers one element: the only kind of module with a side effect ("sideEffects" lists them). */
function defineModule(w) {
  return `${header()}import { ${w.className} } from '../../${w.exercise}/${w.exercise}.js';

${w.className}.define('${w.tag}');

declare global {
  interface HTMLElementTagNameMap {
    '${w.tag}': ${w.className};
  }
}
`;
}

function entryModule(w) {
  return `${header()}// \`import 'tend-widgets/${w.exercise}'\` defines <${w.tag}> and exports its class.
import './define/${w.exercise}.js';

export { ${w.className} } from '../${w.exercise}/${w.exercise}.js';
// Its events' types, for TypeScript and for tools that read custom-elements.json (\`CustomEvent<TendChangeDetail>\`).
export type { TendChangeDetail, TendCompleteDetail, TendStepDetail, TendChangeEvent, TendCompleteEvent, TendStepEvent, TendEventMap } from '../core/events.js';
// The data types travel with every entry (its element's value and events are typed by them).
export type { ExerciseDataMap } from './data.js';
`;
}

function indexModule(widgets) {
  return `${header()}// \`import 'tend-widgets'\` defines every exercise element and exports their classes and the core's types.
${widgets.map((w) => `import './define/${w.exercise}.js';`).join('\n')}

${widgets.map((w) => `export { ${w.className} } from '../${w.exercise}/${w.exercise}.js';`).join('\n')}
export * from '../core/index.js';
export type * from './data.js';
// The builder's type, for tools that import every element's type from here; \`import 'tend-widgets/builder'\` defines it.
export type { TendBuilder } from '../builder/builder.js';
`;
}

/** `tend-step` → `onTendStep`: the React prop of an event. */
const reactProp = (event) => `on${pascal(event)}`;
/** `tend-step` → `TendStepEvent`: the core's class of an event. */
const eventClass = (event) => `${pascal(event)}Event`;

function reactModule(widgets) {
  const extraEvents = [...new Set(widgets.flatMap((w) => w.reactEvents ?? []))];
  const defines = widgets.map((w) => `import './define/${w.exercise}.js';`).join('\n');
  const imports = widgets.map((w) => `import { ${w.className} as ${w.className}Element } from '../${w.exercise}/${w.exercise}.js';`).join('\n');
  const components = widgets
    .map((w) => {
      const extra = (w.reactEvents ?? []).map((e) => `, ${reactProp(e)}: '${e}' as EventName<${eventClass(e)}>`).join('');
      const events = extra ? `{ ...(events as Events<'${w.exercise}'>)${extra} }` : `events as Events<'${w.exercise}'>`;
      const props = ['onTendChange', 'onTendComplete', ...(w.reactEvents ?? []).map(reactProp)].map((p) => `\`${p}\``);
      return `/** \`<${w.tag}>\` as a React component: props for its properties, ${props.slice(0, -1).join(', ')} and ${props.at(-1)}. */
export const ${w.className} = createComponent({ tagName: '${w.tag}', elementClass: ${w.className}Element, react: React, events: ${events} });`;
    })
    .join('\n\n');
  const eventTypes = ['TendEventMap', ...extraEvents.map(eventClass)].join(', ');
  return `${header()}import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
${defines}
import type { ${eventTypes} } from '../core/events.js';
import type { ExerciseId } from '../core/types.js';
${imports}
export type { ExerciseDataMap } from './data.js';

/** Each component's events, typed as its element sends them (\`detail.data\` is that exercise's). */
type Events<E extends ExerciseId> = { onTendChange: EventName<TendEventMap<E>['tend-change']>; onTendComplete: EventName<TendEventMap<E>['tend-complete']> };
const events = { onTendChange: 'tend-change', onTendComplete: 'tend-complete' };

${components}
`;
}

/** The autoloader's table: each tag and how to load its entry (a chunk of its own in dist/cdn/). */
function loadersModule(widgets) {
  return `${header()}/** Each element's tag and the import that defines it. */
export const loaders: Readonly<Record<string, () => Promise<unknown>>> = {
${widgets.map((w) => `  '${w.tag}': () => import('./${w.exercise}.js'),`).join('\n')}
};
`;
}

/**
 * The name of an exercise's data type in its schema.ts: the type declared as its schema's output
 * (`export type XData = z.output<typeof xSchema>`), or the type a custom schema checks (`z.custom<XData>`).
 */
function dataTypeName(w) {
  const schema = `${camel(w.exercise)}Schema`;
  const source = readFileSync(`src/${w.exercise}/schema.ts`, 'utf8');
  const name =
    new RegExp(`^export type (\\w+) = z\\.output<typeof ${schema}>`, 'm').exec(source)?.[1] ??
    new RegExp(`^export const ${schema} = z\\.custom<(\\w+)>`, 'm').exec(source)?.[1];
  if (!name) throw new Error(`registry: src/${w.exercise}/schema.ts names no data type (export type … = z.output<typeof ${schema}>)`);
  return name;
}

/** Each exercise's data type (its schema's output, as its schema.ts names it), put into the core's map; and its other types. */
function dataModule(widgets) {
  const typeExports = widgets.flatMap((w) => {
    const names = [...readFileSync(`src/${w.exercise}/schema.ts`, 'utf8').matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]);
    return names.length ? [`export type { ${names.join(', ')} } from '../${w.exercise}/schema.js';`] : [];
  });
  return `${header()}${widgets.map((w) => `import type { ${dataTypeName(w)} } from '../${w.exercise}/schema.js';`).join('\n')}

export type { ExerciseDataMap, ExerciseId, StepExerciseId, ReviewCadence, StopStep } from '../core/types.js';
${typeExports.join('\n')}

declare module '../core/types.js' {
  /** Each exercise's data, by id: the output of its schema. */
  interface ExerciseDataMap {
${widgets.map((w) => `    ${key(w.exercise)}: ${dataTypeName(w)};`).join('\n')}
  }
}
`;
}

/** Each step exercise's summary (\`summary\` in its summary.ts) and the tags a flow takes as steps. */
function summariesModule(widgets) {
  return `${header()}import type { ExerciseSummary } from '../core/summary.js';
import type { ExerciseDataMap, StepExerciseId } from '../core/types.js';
${steps(widgets)
  .map((w) => `import { summary as ${camel(w.exercise)} } from '../${w.exercise}/summary.js';`)
  .join('\n')}

/** What each exercise says about its data away from its element (a flow's summary, xAPI). */
export const summaries: { readonly [E in StepExerciseId]: ExerciseSummary<ExerciseDataMap[E]> } = {
${steps(widgets)
  .map((w) => `  ${key(w.exercise)}: ${camel(w.exercise)},`)
  .join('\n')}
};

/** The tags of the exercises a flow takes as steps. */
export const stepTags: ReadonlySet<string> = new Set([${steps(widgets)
    .map((w) => `'${w.tag}'`)
    .join(', ')}]);
`;
}

/** The English catalogues by namespace (each element's strings and its summary's words), for the strings table and the locales' tests. */
function stringsModule(widgets) {
  return `${header()}import { coreStrings } from '../core/strings.js';
import { summaryCatalog } from '../core/summary.js';
${widgets.map((w) => `import { ${camel(w.exercise)}Strings } from '../${w.exercise}/strings.js';`).join('\n')}
import { summaries } from './summaries.js';

/** Every English string by namespace (\`core\` and each element's id), with the source file of its element's own. */
export const englishCatalogues: Readonly<Record<string, { element: string; file: string; strings: Readonly<Record<string, unknown>> }>> = {
  core: { element: 'every element', file: 'src/core/strings.ts', strings: coreStrings },
${widgets
  .map(
    (w) =>
      `  ${key(w.exercise)}: { element: '<${w.tag}>', file: 'src/${w.exercise}/strings.ts', strings: ${
        w.holdsSteps ? `${camel(w.exercise)}Strings` : `{ ...${camel(w.exercise)}Strings, ...summaryCatalog(summaries['${w.exercise}']) }`
      } },`,
  )
  .join('\n')}
};
`;
}

/** A part of a locale's folder that brings more than strings (a grammar): it exports \`bundle\`. */
const hasBundle = (file) => /^export const bundle\b/m.test(readFileSync(file, 'utf8'));

/** Registers every part of src/locales/<lang>/ (core, each element): \`import 'tend-widgets/locales/<lang>'\`. */
function localeModule(lang, widgets) {
  const parts = [['core', 'core'], ...widgets.map((w) => [w.exercise, camel(w.exercise)])];
  const bundles = parts.filter(([file]) => hasBundle(`src/locales/${lang}/${file}.ts`)).map(([, name]) => `...${name}.bundle`);
  return `${header(`src/registry.ts and src/locales/${lang}/`)}// \`import 'tend-widgets/locales/${lang}'\`, or dist/locales/${lang}.js as a second script tag: registers the language, and the
// elements already on the page whose language it is speak it (see src/locales/${lang}/).
import { registerLocale } from '../../core/localize.js';
${parts.map(([file, name]) => `import * as ${name} from '../../locales/${lang}/${file}.js';`).join('\n')}

/** The whole bundle, by namespace (\`core\` and each element's id). */
export const ${camel(lang)} = {
${parts.map(([file, name]) => `  ${key(file)}: ${name}.strings,`).join('\n')}
};

registerLocale('${lang}', { ...${camel(lang)}${bundles.map((b) => `, ${b}`).join('')} });
`;
}

/** Every locale module, and the builder's own words in each language (src/locales/<lang>/builder.ts). */
function builderLocalesModule(langs) {
  const withBuilder = langs.filter((lang) => existsSync(`src/locales/${lang}/builder.ts`));
  return `${header('src/locales/')}// The builder offers every language: each locale, and the builder's own words in it.
import { registerLocale } from '../core/localize.js';
${langs.map((lang) => `import './locales/${lang}.js';`).join('\n')}
${withBuilder.map((lang) => `import { strings as ${camel(lang)} } from '../locales/${lang}/builder.js';`).join('\n')}

${withBuilder.map((lang) => `registerLocale('${lang}', { builder: ${camel(lang)} });`).join('\n')}
`;
}

/** Every locale module's bundle by language, for the tests of every language. */
function localesModule(langs) {
  return `${header('src/locales/')}${langs.map((lang) => `import { ${camel(lang)} } from './locales/${lang}.js';`).join('\n')}

/** Each language's catalogues by namespace. */
export const locales: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>> = {
${langs.map((lang) => `  ${key(lang)}: ${camel(lang)},`).join('\n')}
};
`;
}

function examplesModule(widgets) {
  return `${header()}import type { ExerciseId } from '../../src/registry.js';
import type { Example } from './example.js';
${widgets.map((w) => `import { ${camel(w.exercise)}Examples } from './${w.exercise}.js';`).join('\n')}

/** Every widget's examples, by exercise id (the stories, the axe loop and the layout tests read them). */
export const examplesByExercise: Record<ExerciseId, readonly Example<never>[]> = {
${widgets.map((w) => `  ${key(w.exercise)}: ${camel(w.exercise)}Examples,`).join('\n')}
};
`;
}

const entryPath = (name) => ({ types: `./dist/types/entries/${name}.d.ts`, default: `./dist/${name}.js` });

/** package.json with each element's and each language's export, and the registering files in "sideEffects". */
function packageJson(widgets, langs, pkg) {
  const computed = { '.': entryPath('index') };
  for (const w of widgets) computed[`./${w.exercise}`] = entryPath(w.exercise);
  computed['./react'] = entryPath('react');
  for (const lang of langs) {
    computed[`./locales/${lang}`] = entryPath(`locales/${lang}`);
    computed[`./locales/${lang}.js`] = entryPath(`locales/${lang}`);
  }
  // The bundle for a script tag is typed as the index it is built from.
  if (pkg.exports['./tend.min.js']) computed['./tend.min.js'] = { ...pkg.exports['./tend.min.js'], types: computed['.'].types };
  // In the order package.json has them; an element or a language it lacks goes after the one before it.
  /** A generated path of an element or a language that is gone. */
  const stale = (key) => !(key in computed) && (key.startsWith('./locales/') || (/^\.\/[a-z-]+$/.test(key) && existsSync(`src/entries/${key.slice(2)}.ts`)));
  const ordered = Object.keys(pkg.exports).filter((key) => !stale(key));
  Object.keys(computed).forEach((key, i, all) => {
    if (ordered.includes(key)) return;
    const before = all.slice(0, i).findLast((previous) => ordered.includes(previous));
    ordered.splice(before ? ordered.indexOf(before) + 1 : ordered.length, 0, key);
  });
  const exports = Object.fromEntries(ordered.map((key) => [key, computed[key] ?? pkg.exports[key]]));
  const hand = pkg.sideEffects.filter((path) => !/^\.\/(dist|src)\/(entries\/|define\/|locales\/|index\.|react\.)/.test(path) && !widgets.some((w) => path === `./dist/${w.exercise}.js`));
  const sideEffects = [
    './dist/entries/define/*.js',
    './dist/entries/builder-locales.js',
    './dist/index.js',
    ...widgets.map((w) => `./dist/${w.exercise}.js`),
    './dist/react.js',
    './dist/locales/*.js',
    './src/entries/**/*.ts',
    ...hand,
  ];
  // TypeScript's older resolution (moduleResolution node10, "node") reads no "exports": each subpath's types again.
  const typesVersions = {
    '*': Object.fromEntries(
      Object.entries(exports)
        .filter(([key, target]) => key !== '.' && typeof target === 'object' && target.types)
        .map(([key, target]) => [key.slice(2), [target.types]]),
    ),
  };
  return `${JSON.stringify({ ...pkg, main: './dist/index.js', module: './dist/index.js', types: computed['.'].types, typesVersions, exports, sideEffects }, null, 2)}\n`;
}

export async function outputs() {
  const widgets = await loadRegistry();
  const langs = localeCodes();
  const missing = langs.flatMap((lang) => ['core', ...widgets.map((w) => w.exercise)].filter((part) => !existsSync(`src/locales/${lang}/${part}.ts`)).map((part) => `src/locales/${lang}/${part}.ts`));
  if (missing.length) throw new Error(`registry: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (every language has a part for the core and for each element)`);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  return [
    ...widgets.map((w) => [`${ENTRIES}/${w.exercise}.ts`, entryModule(w)]),
    ...widgets.map((w) => [`${ENTRIES}/define/${w.exercise}.ts`, defineModule(w)]),
    [`${ENTRIES}/index.ts`, indexModule(widgets)],
    [`${ENTRIES}/react.ts`, reactModule(widgets)],
    [`${ENTRIES}/loaders.ts`, loadersModule(widgets)],
    [`${ENTRIES}/data.ts`, dataModule(widgets)],
    [`${ENTRIES}/summaries.ts`, summariesModule(widgets)],
    [`${ENTRIES}/strings.ts`, stringsModule(widgets)],
    ...langs.map((lang) => [`${ENTRIES}/locales/${lang}.ts`, localeModule(lang, widgets)]),
    [`${ENTRIES}/locales.ts`, localesModule(langs)],
    [`${ENTRIES}/builder-locales.ts`, builderLocalesModule(langs)],
    ['stories/examples/index.ts', examplesModule(widgets)],
    ['package.json', packageJson(widgets, langs, pkg)],
  ];
}

/** Files in src/entries/ that nothing generates any more (an element or a language removed). */
function leftovers(files) {
  if (!existsSync(ENTRIES)) return [];
  const written = new Set(files);
  return readdirSync(ENTRIES, { recursive: true })
    .map((file) => join(ENTRIES, String(file)))
    .filter((file) => file.endsWith('.ts') && !written.has(file));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  let files;
  try {
    files = await outputs();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const stale = [];
  for (const [file, content] of files) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      /* missing: stale */
    }
    if (current === content) continue;
    stale.push(file);
    if (!check) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
  for (const file of leftovers(files.map(([file]) => file))) {
    stale.push(file);
    if (!check) rmSync(file);
  }
  if (check && stale.length) {
    console.error(`registry: ${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} stale: run \`npm run registry\``);
    process.exit(1);
  }
  console.log(check ? 'registry: everything derived from src/registry.ts and src/locales/ is current' : `registry: wrote ${stale.join(', ') || 'nothing (current)'}`);
}
