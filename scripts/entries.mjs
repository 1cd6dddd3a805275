/** The package's entry points, shared by the build and the size budget. */
export const entries = {
  index: 'src/index.ts',
  'i-statement': 'src/i-statement.ts',
  'stop-timer': 'src/stop-timer.ts',
  agreement: 'src/agreement.ts',
  'reflection-card': 'src/reflection-card.ts',
  flow: 'src/flow.ts',
  'check-in': 'src/check-in.ts',
  xapi: 'src/xapi.ts',
  react: 'src/react.ts',
  'locales/es': 'src/locales/es.ts',
  // The builder for bundlers' server builds (lit left as an import); dist/builder.js is its self-contained file.
  'builder.node': 'src/builder.ts',
};
/** The entries that define one widget each (budgeted one by one). */
export const widgetEntries = ['i-statement', 'stop-timer', 'agreement', 'reflection-card', 'check-in', 'flow'];

/** Self-contained, minified modules for a script tag: no imports left. */
export const standaloneEntries = { 'tend.min.js': 'src/index.ts', 'builder.js': 'src/builder.ts' };
