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

