#!/usr/bin/env node
// Fails when custom-elements.json is not what the analyzer makes of the current source.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { analyze } from './analyze.mjs';

/** The analyzer lists modules in the order the file system gives them: compare them by path. */
function normalise(text) {
  const manifest = JSON.parse(text);
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  return JSON.stringify(manifest);
}

// The analyzer resolves --outdir against the working directory, so the scratch folder lives here.
const outdir = relative(process.cwd(), mkdtempSync('.tmp-manifest-'));
try {
  analyze(['--outdir', outdir, '--quiet'], ['ignore', 'ignore', 'inherit']);
  const fresh = normalise(readFileSync(`${outdir}/custom-elements.json`, 'utf8'));
  const committed = normalise(readFileSync('custom-elements.json', 'utf8'));
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exitCode = 1;
  } else {
    console.log('manifest: custom-elements.json is current');
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
