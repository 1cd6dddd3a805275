import { loadRegistry, localeCodes } from './registry.mjs';

const registry = await loadRegistry();

/** Each language of src/locales/ (`es` for src/locales/es/). */
export const locales = localeCodes();

/** The package's entry points, shared by the build and the size budget: one per widget of src/registry.ts and one per language. */
export const entries = {
  index: 'src/entries/index.ts',
  ...Object.fromEntries(registry.map((w) => [w.exercise, `src/entries/${w.exercise}.ts`])),
  xapi: 'src/xapi.ts',
  react: 'src/entries/react.ts',
  ...Object.fromEntries(locales.map((lang) => [`locales/${lang}`, `src/entries/locales/${lang}.ts`])),
  // The builder for bundlers' server builds (lit left as an import); dist/builder.js is its self-contained file.
  'builder.node': 'src/builder.ts',
};
/** The entries that define one widget each (budgeted one by one). */
export const widgetEntries = registry.map((w) => w.exercise);

/** Self-contained, minified modules for a script tag: no imports left (each language's too, for a second script tag). */
export const standaloneEntries = {
  'tend.min.js': 'src/entries/index.ts',
  'builder.js': 'src/builder.ts',
  ...Object.fromEntries(locales.map((lang) => [`locales/${lang}.js`, `src/entries/locales/${lang}.ts`])),
};
