// What the server-render checks share: the built elements (dist/) loaded in Node on Lit's DOM shim,
// the examples of stories/examples/ (bundled so that they import dist/, not src/), and each element's
// attribute sets read from its own class (every attribute, every value of a choice, every boolean on,
// one hostile text, one value it rejects).
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { loadRegistry } from '../../scripts/registry.mjs';
import { entries } from '../../scripts/entries.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = join(ROOT, 'node_modules/.cache/tend-ssr');

/** Every console call while `run` runs (the widgets never log; a server render must not warn). */
export async function captureConsole(run) {
  const calls = [];
  const saved = {};
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    saved[level] = console[level];
    console[level] = (...args) => calls.push({ level, text: args.map(String).join(' ') });
  }
  try {
    const result = await run();
    return { result, calls };
  } finally {
    Object.assign(console, saved);
  }
}

/** Loads `@lit-labs/ssr` and the built package (every element, the Spanish locale), in that order. */
export async function loadServer() {
  const ssr = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html: staticHtml, unsafeStatic } = await import('lit/static-html.js');
  await import(pathToFileURL(join(ROOT, 'dist/index.js')).href);
  await import(pathToFileURL(join(ROOT, 'dist/locales/es.js')).href);
  const widgets = await loadRegistry();
  return {
    widgets,
    /** A template (or HTML markup) rendered as a server does: declarative shadow DOM, hydration markers. */
    render: (template) => collectResult(ssr.render(typeof template === 'string' ? staticHtml`${unsafeStatic(template)}` : template)),
  };
}

/**
 * The examples of stories/examples/ as a module that imports the built files: an entry's source
 * (`src/entries/<name>.ts`) becomes the file the build names (`dist/<name>.js`), any other
 * `src/<path>.js` becomes `dist/<path>.js` (the modules mirror src/), and Lit stays one shared import.
 */
const entryBySource = new Map(Object.entries(entries).map(([name, source]) => [relative('src', source), name]));

export async function loadExamples() {
  mkdirSync(CACHE, { recursive: true });
  const outfile = join(CACHE, 'examples.mjs');
  await build({
    entryPoints: [join(ROOT, 'stories/examples/index.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'zod', 'zod/*'],
    plugins: [
      {
        name: 'dist-for-src',
        setup(builder) {
          builder.onResolve({ filter: /\/src\// }, ({ path, resolveDir }) => {
            const file = resolve(resolveDir, path);
            const inSource = relative(join(ROOT, 'src'), file);
            if (inSource.startsWith('..')) return undefined;
            const entry = entryBySource.get(inSource.replace(/\.js$/, '.ts'));
            if (entry) return { path: pathToFileURL(join(ROOT, 'dist', `${entry}.js`)).href, external: true };
            return { path: pathToFileURL(join(ROOT, 'dist', inSource.replace(/\.ts$/, '.js'))).href, external: true };
          });
        },
      },
    ],
  });
  return (await import(`${pathToFileURL(outfile).href}?${Date.now()}`)).examplesByExercise;
}

const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Markup for `tag` with `attributes` (`true`: a boolean attribute), as a page would write it. */
export function markup(tag, attributes = {}) {
  const written = Object.entries(attributes).map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(String(value))}"`));
  return `<${tag}${written.join('')}></${tag}>`;
}

/** Text a page might put in an attribute, which must come out as text. */
export const HOSTILE = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
/** Values one of which an attribute with a rule rejects. */
const REJECTED = ['bogus value', '', ',,,', '-1', '0', '9999', 'a-b-c-d-e', '2023-02-30', '{', '[1]', 'javascript:alert(1)'];

/** What an element needs beside an attribute value for it to mean something (a flow's steps, history's key…). */
const WITH = {
  'tend-flow': { steps: JSON.stringify([{ exercise: 'i-statement', intro: 'First, one sentence.' }, { exercise: 'reflection-card' }]) },
  'history': { persist: 'server-render' },
  'template=custom': { 'custom-template': JSON.stringify({ sections: [{ title: 'Evenings' }] }) },
};

/** What `tag` needs to show its exercise (a flow: its steps). */
export const baseAttributes = (tag) => ({ ...WITH[tag] });

/**
 * The attribute sets of an element, from its own class: each attribute with each value of a choice
 * (`theme`: `light`, `dark`, `auto`…), each boolean on, free text as a page might write it (hostile:
 * rendered as text, and at most one warning when the element checks it), and — where the attribute
 * has a rule — one value the rule rejects (`warns: 1`).
 */
export function attributeSets(cls, tag) {
  const sets = attributeSetsOf(cls);
  for (const set of sets) {
    const [[name, value]] = Object.entries(set.attributes);
    set.attributes = { ...WITH[tag], ...WITH[name], ...WITH[`${name}=${value}`], ...set.attributes };
  }
  return sets;
}

function attributeSetsOf(cls) {
  const booleans = new Set(
    [...cls.elementProperties].filter(([, options]) => options.type === Boolean).map(([name, options]) => (typeof options.attribute === 'string' ? options.attribute : name.toLowerCase())),
  );
  const sets = [];
  for (const name of cls.observedAttributes) {
    if (name === 'defer-hydration') continue;
    const rule = cls.attributeRules?.[name];
    if (booleans.has(name)) sets.push({ attributes: { [name]: true }, warns: 0 });
    else if (rule?.values) for (const value of rule.values) sets.push({ attributes: { [name]: value }, warns: 0 });
    else if (!rule) sets.push({ attributes: { [name]: HOSTILE }, warns: 0, hostile: true });
    if (rule) {
      const bad = REJECTED.find((value) => cls.checkAttribute(name, value) !== null);
      if (bad !== undefined) sets.push({ attributes: { [name]: bad }, warns: 1 });
    }
  }
  return sets;
}
