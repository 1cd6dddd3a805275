#!/usr/bin/env node
// Fails when custom-elements.json is not what the analyzer makes of the current source.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outdir = mkdtempSync(join(tmpdir(), 'tend-cem-'));
try {
  execFileSync('npx', ['cem', 'analyze', '--outdir', outdir, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (JSON.stringify(JSON.parse(fresh)) !== JSON.stringify(JSON.parse(committed))) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('manifest: custom-elements.json is current');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
