import { loadRegistry } from './registry.mjs';

const registry = await loadRegistry();

/** The package's entry points, shared by the build and the size budget: one per widget of src/registry.ts. */
export const entries = {
  index: 'src/index.ts',
  ...Object.fromEntries(registry.map((w) => [w.exercise, `src/${w.exercise}.ts`])),
  xapi: 'src/xapi.ts',
  react: 'src/react.ts',
  'locales/es': 'src/locales/es.ts',
  // The builder for bundlers' server builds (lit left as an import); dist/builder.js is its self-contained file.
  'builder.node': 'src/builder.ts',
};
/** The entries that define one widget each (budgeted one by one). */
export const widgetEntries = registry.map((w) => w.exercise);

/** Self-contained, minified modules for a script tag: no imports left. */
export const standaloneEntries = { 'tend.min.js': 'src/index.ts', 'builder.js': 'src/builder.ts' };
