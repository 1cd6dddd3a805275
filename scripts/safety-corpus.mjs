// The safety watch's evaluation set (test/core/safety/corpus/<language>.<half>.txt), read for scripts/safety-eval.mjs
// and scripts/safety-bench.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'core', 'safety', 'corpus');

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

