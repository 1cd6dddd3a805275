#!/usr/bin/env node
// The language corpora (test/corpus/): the I-statement composed from words as people type them, and its
// coaching hints, in English and Spanish, run on the real rules (src/ bundled with esbuild, run in Node).
//   node scripts/compose-eval.mjs            fails on any entry that does not come out as written down,
//                                            or when the README's figures are stale (npm test runs this)
//   node scripts/compose-eval.mjs --write    writes the README's figures
//   node scripts/compose-eval.mjs --measure [--src <checkout>] [--json <file>]
//                                            prints the figures of the code in <checkout> (another commit's
//                                            src/, for the "before" column) without failing; --json keeps them
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'test', 'corpus');
const readmePath = join(root, 'README.md');
const beforePath = join(corpusDir, 'before.json');
const START = '<!-- compose-eval:start -->';
const END = '<!-- compose-eval:end -->';

const languages = [
  { lang: 'en', name: 'English', compose: 'i-statement-en.txt', hints: 'hints-en.txt' },
  { lang: 'es', name: 'Spanish', compose: 'i-statement-es.txt', hints: 'hints-es.txt' },
];
const fieldNames = { feel: 'emotion', when: 'situation', because: 'reason', need: 'need' };

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** A field as written in a corpus line: "\n" stands for a line break typed in it. */
const typed = (text) => text.replace(/\\n/g, '\n');

/** The compose corpus: "feel | when | because | need" then "= sentence", comments after "#". */
export function parseCompose(text, file) {
  const entries = [];
  let pending;
  text.split('\n').forEach((line, index) => {
    if (!line.trim() || line.startsWith('#')) return;
    const where = `${file}:${index + 1}`;
    if (line.startsWith('= ')) {
      if (!pending) throw new Error(`${where}: a sentence without its fields`);
      entries.push({ ...pending, expected: line.slice(2) });
      pending = undefined;
      return;
    }
    if (pending) throw new Error(`${pending.where}: fields without their sentence`);
    const fields = line.split('|');
    if (fields.length !== 4) throw new Error(`${where}: expected four fields separated by "|", got ${fields.length}`);
    const [emotion, situation, reason, need] = fields.map((field) => typed(field.replace(/^ /, '').replace(/ $/, '')));
    pending = { where, parts: { emotion, situation, reason, need } };
  });
  if (pending) throw new Error(`${pending.where}: fields without their sentence`);
  return entries;
}

/** The hints corpus: "field | typed | keys or none". */
export function parseHints(text, file) {
  return text.split('\n').flatMap((line, index) => {
    if (!line.trim() || line.startsWith('#')) return [];
    const where = `${file}:${index + 1}`;
    const [field, words, keys, extra] = line.split('|').map((part) => part.trim());
    if (extra !== undefined || !keys || !(field in fieldNames)) throw new Error(`${where}: expected "feel|when|because|need | typed | keys or none"`);
    return [{ where, field: fieldNames[field], text: typed(words), expected: keys === 'none' ? [] : keys.split(',').map((key) => key.trim()) }];
  });
}

/** The rules as the widget uses them, bundled from `source` (this checkout, or another commit's). */
async function loadRules(source) {
  const contents = [
    "export { composeStatement } from './src/i-statement/compose.ts';",
    "export { detectHints } from './src/i-statement/hints.ts';",
    "export { languageFor } from './src/i-statement/language.ts';",
    "export { iStatementStrings } from './src/i-statement/strings.ts';",
    "export { es } from './src/entries/locales/es.ts';",
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: source, loader: 'ts', sourcefile: 'compose-eval-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** The options the widget composes with in `lang`: the language's rules, its sentence strings and its vocabulary. */
function composeOptions(modules, lang) {
  const strings = lang === 'en' ? modules.iStatementStrings : modules.es['i-statement'];
  return {
    rules: modules.languageFor(lang).composition,
    templates: {
      withReason: strings.sentenceWithReason,
      withoutReason: strings.sentenceWithoutReason,
      feelNoun: strings.sentenceFeelNoun,
      feelAdjective: strings.sentenceFeelAdjective,
    },
    vocabulary: strings.vocabulary,
  };
}

/** Every entry of every corpus run: per language, the compose and the hints results. */
export async function evaluate(source = root) {
  const modules = await loadRules(source);
  const results = [];
  for (const { lang, name, compose, hints } of languages) {
    const options = composeOptions(modules, lang);
    const language = modules.languageFor(lang);
    const composed = parseCompose(readFileSync(join(corpusDir, compose), 'utf8'), `test/corpus/${compose}`).map((entry) => {
      const got = modules.composeStatement(entry.parts, options);
      return { ...entry, got, ok: got === entry.expected };
    });
    const hinted = parseHints(readFileSync(join(corpusDir, hints), 'utf8'), `test/corpus/${hints}`).map((entry) => {
      const parts = { emotion: '', situation: '', reason: '', need: '', [entry.field]: entry.text };
      const got = language.hints ? modules.detectHints(parts, language.hints, language.composition).map((hint) => hint.key) : [];
      return { ...entry, got, ok: got.join(',') === entry.expected.join(',') };
    });
    results.push({ lang, name, composed, hinted });
  }
  return results;
}

const count = (entries) => ({ passed: entries.filter((entry) => entry.ok).length, total: entries.length });

/** Figures per language: sentences composed as written down; hint phrases answered right (must fire / must not). */
export function figures(results) {
  return Object.fromEntries(
    results.map(({ lang, composed, hinted }) => [
      lang,
      {
        compose: count(composed),
        hintsFire: count(hinted.filter((entry) => entry.expected.length)),
        hintsQuiet: count(hinted.filter((entry) => !entry.expected.length)),
      },
    ]),
  );
}

const share = ({ passed, total }) => `${passed} of ${total} (${Math.floor((passed / total) * 100)}%)`;

/** The README's section: the figures now, beside the same corpus run on the code before issue 26. */
export function readmeSection(now, before) {
  const row = (name, key, label) =>
    `| ${name} | ${label} | ${before ? share(before.figures[key.lang][key.what]) : '—'} | ${share(now[key.lang][key.what])} |`;
  const lines = [
    START,
    '<!-- Generated by scripts/compose-eval.mjs from test/corpus/: do not edit by hand (npm test fails when it is stale). -->',
    '',
    `| language | corpus | before${before ? ` (${before.commit})` : ''} | now |`,
    '| --- | --- | --- | --- |',
  ];
  for (const { lang, name } of languages) {
    lines.push(row(name, { lang, what: 'compose' }, 'sentences composed as a native speaker wrote them down'));
    lines.push(row(name, { lang, what: 'hintsFire' }, 'coaching phrases that bring their hint'));
    lines.push(row(name, { lang, what: 'hintsQuiet' }, 'ordinary phrases that bring no hint'));
  }
  lines.push(END);
  return lines.join('\n');
}

function readBefore() {
  try {
    return JSON.parse(readFileSync(beforePath, 'utf8'));
  } catch {
    return undefined;
  }
}

function printFailures(results) {
  for (const { name, composed, hinted } of results) {
    for (const entry of composed.filter((e) => !e.ok)) {
      console.log(`✖ ${name} ${entry.where}\n    expected: ${entry.expected}\n    composed: ${entry.got || '(nothing)'}`);
    }
    for (const entry of hinted.filter((e) => !e.ok)) {
      console.log(`✖ ${name} ${entry.where} "${entry.text}"\n    expected: ${entry.expected.join(', ') || 'none'}\n    found:    ${entry.got.join(', ') || 'none'}`);
    }
  }
}

function printFigures(now) {
  for (const { lang, name } of languages) {
    const f = now[lang];
    console.log(`${name}: composed ${share(f.compose)}; hints fire ${share(f.hintsFire)}, stay quiet ${share(f.hintsQuiet)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (args.includes('--measure')) {
    const source = resolve(option('--src') ?? root);
    const results = await evaluate(source);
    const now = figures(results);
    if (args.includes('--verbose')) printFailures(results);
    printFigures(now);
    const out = option('--json');
    if (out) writeFileSync(out, `${JSON.stringify({ commit: option('--commit') ?? source, figures: now }, null, 2)}\n`);
  } else {
    const results = await evaluate();
    const now = figures(results);
    const section = readmeSection(now, readBefore());
    const readme = readFileSync(readmePath, 'utf8');
    const at = readme.indexOf(START);
    const stop = readme.indexOf(END);
    if (at < 0 || stop < at) {
      console.error(`compose eval: README.md has no ${START} … ${END} section`);
      process.exit(1);
    }
    const updated = readme.slice(0, at) + section + readme.slice(stop + END.length);
    printFailures(results);
    printFigures(now);
    if (args.includes('--write')) {
      writeFileSync(readmePath, updated);
      console.log('compose eval: README.md figures written');
    } else {
      const failed = results.reduce((sum, r) => sum + [...r.composed, ...r.hinted].filter((e) => !e.ok).length, 0);
      if (updated !== readme) console.error('compose eval: the README figures are stale: run `node scripts/compose-eval.mjs --write` and commit it.');
      if (failed) console.error(`compose eval: ${failed} corpus entr${failed === 1 ? 'y' : 'ies'} did not come out as written down`);
      if (failed || updated !== readme) process.exit(1);
    }
  }
}
