// The safety watch for scripts/safety-eval.mjs and scripts/safety-bench.mjs: its evaluation set
// (test/core/safety/corpus/<language>.<half>.txt) and src/core/safety/detect.ts bundled for Node.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'test', 'core', 'safety', 'corpus');

/**
 * The watch's module (assessSafety, detectDanger), bundled: from the working tree, or as it was at a commit (its
 * src/core/safety/ files). `minify` as the pages get it.
 */
export async function loadWatch({ ref, minify = false } = {}) {
  let dir = root;
  let temporary;
  if (ref) {
    temporary = mkdtempSync(join(tmpdir(), 'safety-ref-'));
    dir = temporary;
    const files = execFileSync('git', ['ls-tree', '-r', '--name-only', ref, 'src/core/safety'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const file of files) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), execFileSync('git', ['show', `${ref}:${file}`], { cwd: root }));
    }
  }
  const bundled = join(mkdtempSync(join(tmpdir(), 'safety-watch-')), 'watch.mjs');
  try {
    const result = await build({
      stdin: { contents: "export * from './src/core/safety/detect.ts';", resolveDir: dir, loader: 'ts', sourcefile: 'watch.ts' },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      minify,
      write: false,
      logLevel: 'silent',
    });
    writeFileSync(bundled, result.outputFiles[0].text);
    return await import(bundled);
  } finally {
    rmSync(dirname(bundled), { recursive: true, force: true });
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

/** The corpus: { language, half, label: 'danger'|'ordinary', category, phrase } for every phrase line. */
export function readCorpus() {
  const phrases = [];
  for (const file of readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort()) {
    const [language, half] = file.replace(/\.txt$/, '').split('.');
    let heading = null;
    for (const line of readFileSync(join(corpusDir, file), 'utf8').split('\n')) {
      const trimmed = line.trim();
      const title = /^## (danger|ordinary) ([\w-]+)$/.exec(trimmed);
      if (title) heading = { label: title[1], category: title[2] };
      else if (trimmed && !trimmed.startsWith('#')) {
        if (!heading) throw new Error(`${file}: a phrase before any heading: ${trimmed}`);
        phrases.push({ language, half, ...heading, phrase: trimmed });
      }
    }
  }
  return phrases;
}


/**
 * The exercises' ordinary inputs, as the widgets hand them to the watch: each I-statement entry's four fields
 * together (test/corpus/i-statement-*.txt), each hint-corpus phrase alone (test/corpus/hints-*.txt, the repair's and
 * the active listening's hints-corpus.ts), each repair entry's fields together (test/repair/compose-corpus.ts), each
 * journal entry's fields together (test/jealousy-journal/entries-corpus.ts), and every feeling word the exercises
 * offer to pick (the shared vocabulary and the journal's neighbours of jealousy).
 * Returns [{ language, source, fields: string[], chip: boolean }].
 */
export async function readOrdinaryInputs() {
  const inputs = [];
  const add = (language, source, fields, chip = false) => {
    const kept = fields.map((field) => field ?? '').filter((field) => field.trim());
    if (kept.length) inputs.push({ language, source, fields: kept, chip });
  };
  for (const language of ['en', 'es']) {
    const statement = readFileSync(join(root, 'test', 'corpus', `i-statement-${language}.txt`), 'utf8');
    for (const line of statement.split('\n')) {
      if (!line.trim() || line.startsWith('#') || line.startsWith('= ')) continue;
      add(language, 'i-statement', line.split('|').map((field) => field.replace(/\\n/g, '\n').trim()));
    }
    const hints = readFileSync(join(root, 'test', 'corpus', `hints-${language}.txt`), 'utf8');
    for (const line of hints.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      add(language, 'i-statement hints', [line.split('|')[1].trim()]);
    }
  }
  const result = await build({
    stdin: {
      contents: [
        "export { englishCases, spanishCases } from './test/repair/compose-corpus.ts';",
        "export { english as repairHintsEn, spanish as repairHintsEs } from './test/repair/hints-corpus.ts';",
        "export { english as listeningHintsEn, spanish as listeningHintsEs } from './test/active-listening/hints-corpus.ts';",
        "export { englishEntries, spanishEntries } from './test/jealousy-journal/entries-corpus.ts';",
        "export { feelingsVocabulary } from './src/core/feelings.ts';",
        "export { spanishFeelings } from './src/locales/es/core.ts';",
        "export { jealousyJournalStrings } from './src/jealousy-journal/strings.ts';",
        "export { strings as spanishJealousyJournal } from './src/locales/es/jealousy-journal.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'ordinary.ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'safety-ordinary-')), 'ordinary.mjs');
  let data;
  try {
    writeFileSync(file, result.outputFiles[0].text);
    data = await import(file);
  } finally {
    rmSync(dirname(file), { recursive: true, force: true });
  }
  for (const [language, cases] of [['en', data.englishCases], ['es', data.spanishCases]]) {
    for (const c of cases) add(language, 'repair', [c.part, c.impact, c.apology, c.plan, c.reconnect]);
  }
  for (const [language, source, corpus] of [
    ['en', 'repair hints', data.repairHintsEn],
    ['es', 'repair hints', data.repairHintsEs],
    ['en', 'active-listening hints', data.listeningHintsEn],
    ['es', 'active-listening hints', data.listeningHintsEs],
  ]) {
    for (const { fires, ordinary } of Object.values(corpus)) for (const [, text] of [...fires, ...ordinary]) add(language, source, [text]);
  }
  for (const [language, entries] of [['en', data.englishEntries], ['es', data.spanishEntries]]) {
    for (const e of entries) add(language, 'jealousy-journal', [e.situation, ...e.feelings, e.need, e.say, e.agreement, e.glad]);
  }
  for (const [language, vocabulary, journal] of [
    ['en', data.feelingsVocabulary, data.jealousyJournalStrings],
    ['es', data.spanishFeelings.vocabulary, data.spanishJealousyJournal],
  ]) {
    const words = [...vocabulary.flatMap((group) => group.words), ...journal.neighbours.words, ...journal.needChoices.map((choice) => choice.words)];
    for (const word of new Set(words)) add(language, 'feelings and needs offered', [word], true);
  }
  return inputs;
}

/**
 * The ordinary inputs the caution tier rightly silences (test/core/safety/ordinary-allowlist.txt): each an entry
 * line, "<language> | <its fields joined by ' | '>", then "= <the reason>". Returns Map(key → reason), the key being
 * what `ordinaryKey` makes of an input.
 */
export function readAllowlist() {
  const allowed = new Map();
  let pending;
  const lines = readFileSync(join(root, 'test', 'core', 'safety', 'ordinary-allowlist.txt'), 'utf8').split('\n');
  lines.forEach((line, index) => {
    if (!line.trim() || line.startsWith('#')) return;
    if (line.startsWith('= ')) {
      if (!pending) throw new Error(`ordinary-allowlist.txt:${index + 1}: a reason without its entry`);
      allowed.set(pending, line.slice(2).trim());
      pending = undefined;
    } else {
      if (pending) throw new Error(`ordinary-allowlist.txt:${index}: an entry without its reason`);
      pending = line.trim();
    }
  });
  if (pending) throw new Error('ordinary-allowlist.txt: the last entry has no reason');
  return allowed;
}

/** An ordinary input as the allowlist names it: its language, then its fields, joined by " | ". */
export const ordinaryKey = (input) => [input.language, ...input.fields.map((field) => field.replace(/\n/g, '\\n'))].join(' | ');
