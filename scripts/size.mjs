#!/usr/bin/env node
// The size budget: dist/tend.min.js and each widget entry bundled with its dependencies,
// minified, measured gzip and brotli. Prints a table; exits 1 when a budget is exceeded.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { build } from 'vite';
import { entries, widgetEntries } from './entries.mjs';
import { minifyTemplates } from './minify-templates.mjs';
import { finalOutput } from './output-options.mjs';

/**
 * Enforced ceilings (gzip): today's measured sizes plus a little headroom, so any growth fails.
 * The foundation issue asked for 24 kB (all four) and 17 kB (each widget); lit (6.0 kB) and zod/mini
 * (about 5 kB) alone take half of that, and the widgets' content does the rest: see README "Size".
 * `<tend-flow>` raised the whole bundle's ceiling by 3.5 kB (the flow, and the flow context in the core).
 */
// Issue 20 (safety: the phrase lists in two languages, the support note, exit-url, undo, the keep switch)
// added 4.8 kB gzip to the whole bundle (41.0 → 45.8 kB) and about 4 kB to each widget; issue 21 (the DBT
// preset's strings, the agreement's summary, agreed-on date and growing fields, per-language composition
// rules) about 2.6 kB more to the whole bundle and 1.4 kB to the agreement; <tend-check-in>, a fifth exercise, 4.9 kB to the whole bundle. The Spanish
// grammar ships in the Spanish locale, not in the widgets.
// send-to and share on every widget (mailto link with cutting, share sheet, their strings): +0.9 to 1.1 kB each.
// Issue 14 (the core as controllers, the registry, schemas and views in files of their own) first added 1.3 kB;
// it was won back (zod's length/enum/regex/trim/nullable classes replaced by the core's plain checks, reactive
// properties declared statically instead of a __decorate call each, no /* @__PURE__ */ marks in browser files):
// the whole bundle is 0.2 kB under what it was before the refactor, and the ceilings came down with it.
// Issue 28 (what a screen reader hears: Undo placed and focused with Ctrl+Z, headings at the flow's level,
// the timer's note hold, time-left timer and its words, the check-in's roving tab stops, the review radios,
// focus moves after paint) added 2.1 kB to the whole bundle and 0.6 to 1.3 kB to each widget.
export const BUDGET = { all: 61 * 1024, widget: 34 * 1024 };
export const TARGET = { all: 24 * 1024, widget: 17 * 1024 };

export function measure(code) {
  const buffer = Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Bundles one entry with everything it imports, minified, without writing it. */
export async function bundle(entry) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyTemplates()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
      rolldownOptions: { output: { ...finalOutput, codeSplitting: false } },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  return result.output.map((chunk) => chunk.code ?? '').join('');
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync('dist/tend.min.js')) {
    console.error('size: dist/tend.min.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  const rows = [{ name: 'dist/tend.min.js (every element)', ...measure(readFileSync('dist/tend.min.js')), budget: BUDGET.all, target: TARGET.all }];
  for (const name of widgetEntries) {
    if (!existsSync(entries[name])) continue;
    rows.push({ name: `tend-widgets/${name}`, ...measure(await bundle(entries[name])), budget: BUDGET.widget, target: TARGET.widget });
  }
  console.log('| bundle | min | gzip | brotli | ceiling (gzip) | issue target (gzip) |\n| --- | --- | --- | --- | --- | --- |');
  let over = 0;
  for (const row of rows) {
    const ok = row.gzip <= row.budget;
    if (!ok) over += 1;
    const target = row.gzip <= row.target ? 'met' : `missed by ${kb(row.gzip - row.target)}`;
    console.log(`| ${row.name} | ${kb(row.min)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${kb(row.budget)} ${ok ? 'ok' : 'OVER'} | ${kb(row.target)} ${target} |`);
  }
  if (over) {
    console.error(`size: ${over} bundle(s) over budget`);
    process.exit(1);
  }
}
