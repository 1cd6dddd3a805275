#!/usr/bin/env node
// The size budget: dist/tend.min.js, each widget entry as an app's bundler ships it at first (the entry with every
// module it imports statically, minified; what it imports on use is counted apart), and each one-exercise page as it
// downloads through dist/cdn/'s autoloader, measured gzip (-9) and brotli. Prints a table; exits 1 when a budget is exceeded.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { build } from 'vite';
import { entries, widgetEntries } from './entries.mjs';
import { loadRegistry } from './registry.mjs';
import { minifyTemplates } from './minify-templates.mjs';
import { finalOutput } from './output-options.mjs';

const registry = await loadRegistry();

/**
 * Enforced ceilings (gzip), from src/registry.ts: each element's entry with everything it needs has its own
 * (`budget.alone`), and dist/tend.min.js has the shared part below plus what each element adds to it
 * (`budget.share`), so a new element brings its ceilings in its registry line. They sit a little above today's
 * sizes, so any growth fails; `node scripts/size.mjs --shares` measures what each element adds to the whole.
 * The project's targets (TARGET) are not met: lit (6.0 kB) and zod/mini (about 5 kB) alone take half of them,
 * and the safety watch, send-to/share and each exercise's texts the rest (see the README's "Size").
 */
// How they grew: Issue 20 (safety: the phrase lists in two languages, the support note, exit-url, undo, the keep switch)
// added 4.8 kB gzip to the whole bundle (41.0 → 45.8 kB) and about 4 kB to each widget; issue 21 (the DBT
// preset's strings, the agreement's summary, agreed-on date and growing fields, per-language composition
// rules) about 2.6 kB more to the whole bundle and 1.4 kB to the agreement; <tend-check-in>, a fifth exercise, 4.9 kB to the whole bundle. The Spanish
// grammar ships in the Spanish locale, not in the widgets.
// send-to and share on every widget (mailto link with cutting, share sheet, their strings): +0.9 to 1.1 kB each.
// Issue 14 (the core as controllers, the registry, schemas and views in files of their own) first added 1.3 kB;
// it was won back (zod's length/enum/regex/trim/nullable classes replaced by the core's plain checks, reactive
// properties declared statically instead of a __decorate call each, no /* @__PURE__ */ marks in browser files):
// the whole bundle is 0.2 kB under what it was before the refactor, and the ceilings came down with it.
// Issue 27 (the flow's one keep switch through the context, Email my words with the whole text as a file to
// attach, each exercise's worksheet() for the builder's blank worksheet) added about 0.3 kB to the whole bundle.
// Issue 25 (the safety watch that reads language: the matcher and the English and Spanish tables, 18.6 kB gzip of
// vocabulary and patterns, replacing 1.9 kB of phrase lists) added 19.3 kB gzip to every bundle: a decision for the
// project (see the README, "Before you embed: safety", and the note for leaner options).
// Issue 25's note where the person is (placed beside the field and Done, brought into view, spoken once), the
// caution tier, the own-violence note (its strings), "Leave this page" in the note and sticky, the keyboard signal
// for the Shift hint, and a flow's words, exit-url and support line reaching its steps: +1.8 kB to the whole
// bundle (58.6 → 60.4 kB), +1.6 kB to each element.
// Issue 26 (words as people type them: the core's phone-text rules with English's list of ordinary words, about
// 2.2 kB of it, the formula's asks and clauses, folded hints) added 5.4 kB gzip to the whole bundle (58.6 → 64.0)
// and 5.3 kB to the I-statement (28.0 → 33.3); the Spanish rules (+3.6 kB) ship in the Spanish locale.
// Issue 31 (server rendering: taking over a server's HTML — hydration, or replacing it without Lit's hydrate
// support —, the attribute forms of prompts, a custom template, reworded strings and a flow's steps, which the
// flow then renders itself) added 1.8 kB gzip to the whole bundle (58.6 → 60.4 kB; the flow's steps 1.1 kB of it) and
// 0.6 to 0.8 kB to each widget (the flow 1.7 kB); the agreement stays under its ceiling.
// Issue 29 (the registry as the one list, the ceilings moved into it; one field frame, one state controller, the
// coaching tips' style in the core, the I-statement's sentence composed once per edit) added 0.6 kB gzip to the whole
// bundle (88.5 → 89.1 kB) and 0.4 to 0.5 kB to each element; the flow reads each exercise's summary (+0 kB).
// Issue 28 (what a screen reader hears: Undo placed and focused with Ctrl+Z, headings at the flow's level,
// the timer's note hold, time-left timer and its words, the check-in's roving tab stops, the review radios,
// focus moves after paint, errors and tips held while focus is in their field) added 2.1 kB to the whole bundle
// and 0.6 to 1.3 kB to each widget before issue 29; on the merge after it, 89.3 → 91.7 kB for the whole bundle and
// 0.9 to 1.6 kB to each element (the registry's ceilings and SHARED re-measured).
// Issue 34 (<tend-jealousy-journal>), on the merge after issue 28: 91.7 → 99.7 kB gzip for the whole bundle: the
// journal itself 6.5 kB (its share), the history code it shares with the check-in moved to the core and the
// feelings' roving tab stops with it (the check-in alone +0.5 kB, to 51.8 kB), the hand-off a flow uses to carry one
// step's words into a later one (the flow alone +0.9 kB, to 52.0 kB). The journal's own entry (69.4 kB) includes the
// I-statement that "Turn this into an I-statement" shows.
// Issue 33 (<tend-repair>: its composition and English hint tables, six fields, the follow-up reminder with the core's
// calendar writer, its summary) added 8.8 kB gzip to the whole bundle (91.7 → 100.5 kB after issue 28; 8.6 kB its share,
// over the 6 kB a new exercise may add: its take-away and hint tables are the candidates to load later, issue 30) and
// 0.3 kB to the flow (the repair's summary).
// Issue 30 (a lighter page for each exercise): the safety watch (matcher, both tables, the support note) is a module
// imported a moment after the page (a chunk in dist/cdn/, a module a bundler splits; inline in dist/tend.min.js), so a
// one-exercise page and an entry's first load no longer carry it (about 22 kB gzip less each), nor the I-statement's
// grammar (phone-text rules, composition, hints: 7 kB more), which comes with the watch; loading them (and coaching
// nothing before) costs the whole bundle 0.7 kB (89.3 → 90.0 kB). The agreement's file writers (Markdown, .ics) are
// imported at the first download (its page 36.6 → 35.6 kB; with the message when they cannot be loaded, +0.2 kB to
// the whole bundle), and so are the reflection cards' and the flow's Markdown writers (their pages 30.3 → 30.0 kB and
// 30.5 → 30.1 kB; the whole bundle 90.2 → 90.3 kB). The send-to link and Share button come once an element has either
// attribute (about 0.5 kB less on every page; whole bundle 90.4 kB). The one-exercise pages have ceilings of their own
// (`budget.page`). Merged after issue 28: the whole bundle 92.9 kB (91.7 kB on main before issue 30), pages 30.5 to
// 36.5 kB (52 to 60 kB on main before issue 30).
const kB = 1024;
/** What every element shares inside dist/tend.min.js: Lit, zod/mini, the core, the safety watch and its two languages' tables, phone-text rules. */
export const SHARED = 46.8;
export const BUDGET = {
  all: (SHARED + registry.reduce((sum, w) => sum + w.budget.share, 0)) * kB,
  widget: Object.fromEntries(registry.map((w) => [w.exercise, w.budget.alone * kB])),
  page: Object.fromEntries(registry.map((w) => [w.exercise, w.budget.page * kB])),
};
/**
 * Issue 30's targets: the whole bundle 62 kB for six elements and 6 kB per element added, an entry 33.5 kB, a
 * one-exercise page 30 kB (its goal: 24 kB; the project's, 21 kB).
 */
export const TARGET = { all: (62 + 6 * Math.max(0, registry.length - 6)) * kB, widget: 33.5 * kB, page: 30 * kB };
// The safety watch's tables, each a data module that can be loaded on its own (issue 30 loads them lazily): measured
// alone, minified, with a ceiling just above today's size. Issue 25's precision pass kept them at their size (English
// 8.1 → 8.0 kB, Spanish 10.1 → 10.1 kB gzip) while narrowing the caution tier to a person cue and adding the patterns it
// was missing; the target (10 kB for both) needs less vocabulary, not a denser notation (see the README, "Size").
export const TABLES = { 'src/core/safety/languages/en.ts': 8.2 * 1024, 'src/core/safety/languages/es.ts': 10.3 * 1024 };

export function measure(code) {
  const buffer = Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Builds one entry in memory, minified as dist/ is, with the given output options; its chunks. */
async function buildInMemory(entry, output) {
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyTemplates()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: { output: { ...finalOutput, ...output } },
    },
  });
  const [result] = Array.isArray(built) ? built : [built];
  return result.output;
}

/** Bundles one entry with everything it imports, minified, without writing it. */
export async function bundle(entry) {
  return (await buildInMemory(entry, { codeSplitting: false })).map((chunk) => chunk.code ?? '').join('');
}

/**
 * An entry as an app's bundler splits it (minified): `first`, the entry with every chunk it imports statically (what
 * the page loads with it); `later`, the chunks it imports on use (the safety watch, a click-only part).
 */
export async function splitBundle(entry) {
  const output = await buildInMemory(entry, {});
  const chunks = new Map(output.filter((chunk) => chunk.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const first = new Set();
  const visit = (name) => {
    if (first.has(name) || !chunks.has(name)) return;
    first.add(name);
    for (const imported of chunks.get(name).imports) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  const code = (names) => [...names].map((name) => chunks.get(name).code);
  return { first: code(first), later: code([...chunks.keys()].filter((name) => !first.has(name))) };
}

/** A built module of dist/cdn/ and every module it imports statically (the browser fetches them before it runs it). */
export function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) staticGraph(join(dirname(file), path), seen);
  return seen;
}

/** The sum of each piece's gzip and brotli (a page downloads each file compressed on its own). */
const measureEach = (codes) =>
  codes.map(measure).reduce((sum, size) => ({ min: sum.min + size.min, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }), { min: 0, gzip: 0, brotli: 0 });

/** A page with one exercise through the autoloader (dist/cdn/autoloader.js, the exercise's file and every chunk they import statically). */
export function pageFiles(exercise) {
  return [...new Set([...staticGraph('dist/cdn/autoloader.js'), ...staticGraph(`dist/cdn/${exercise}.js`)])];
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** What each element adds to the whole bundle: its size less that of every other element together (gzip). */
async function shares() {
  const all = measure(await bundle(entries.index)).gzip;
  console.log(`| element | adds to the whole (gzip) | ceiling (share) |\n| --- | --- | --- |`);
  let measured = 0;
  // An index without one element, written beside src/ (the entry's imports resolve as src/entries/index.ts's do).
  const scratch = mkdtempSync('.tmp-size-');
  try {
    for (const w of registry) {
      const others = registry.filter((other) => other !== w).map((other) => `import '../src/entries/define/${other.exercise}.js';`);
      writeFileSync(`${scratch}/without.ts`, others.join('\n'));
      const share = all - measure(await bundle(`${scratch}/without.ts`)).gzip;
      measured += share;
      console.log(`| ${w.tag} | ${kb(share)} | ${w.budget.share.toFixed(1)} kB |`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`| shared (the whole less every share) | ${kb(all - measured)} | ${SHARED.toFixed(1)} kB |`);
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--shares')) {
  await shares();
} else if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync('dist/tend.min.js')) {
    console.error('size: dist/tend.min.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  const rows = [{ name: 'dist/tend.min.js (every element)', ...measure(readFileSync('dist/tend.min.js')), budget: BUDGET.all, target: TARGET.all }];
  const later = [];
  for (const name of widgetEntries) {
    if (!existsSync(entries[name])) continue;
    const split = await splitBundle(entries[name]);
    rows.push({ name: `tend-widgets/${name} (first load)`, ...measureEach(split.first), budget: BUDGET.widget[name], target: TARGET.widget });
    later.push(`${name} ${kb(measureEach(split.later).gzip)}`);
  }
  if (!existsSync('dist/cdn/autoloader.js')) {
    console.error('size: dist/cdn/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  for (const { exercise } of registry) {
    const page = measureEach(pageFiles(exercise).map((file) => readFileSync(file)));
    rows.push({ name: `one-exercise page: ${exercise} (cdn/autoloader.js)`, ...page, budget: BUDGET.page[exercise], target: TARGET.page });
  }
  for (const [file, budget] of Object.entries(TABLES)) {
    rows.push({ name: `safety tables: ${file.replace(/^.*\//, '')} (alone)`, ...measure(await bundle(file)), budget, target: 5 * 1024 });
  }
  console.log('| bundle | min | gzip | brotli | ceiling (gzip) | issue target (gzip) |\n| --- | --- | --- | --- | --- | --- |');
  let over = 0;
  for (const row of rows) {
    const ok = row.gzip <= row.budget;
    if (!ok) over += 1;
    const target = row.gzip <= row.target ? 'met' : `missed by ${kb(row.gzip - row.target)}`;
    console.log(`| ${row.name} | ${kb(row.min)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${kb(row.budget)} ${ok ? 'ok' : 'OVER'} | ${kb(row.target)} ${target} |`);
  }
  console.log(`\nWhat each entry imports on use, apart (the safety watch a moment after the page, the click-only parts): ${later.join(', ')} gzip.`);
  if (over) {
    console.error(`size: ${over} bundle(s) over budget (\`node scripts/size.mjs --shares\` measures what each element adds to the whole)`);
    process.exit(1);
  }
}
