#!/usr/bin/env node
// Runs the custom-elements-manifest analyzer and keeps it away from package.json: when its config
// does not load (a syntax error while editing it, a run from another folder), the analyzer falls
// back to `packagejson: true` and writes `<outdir>/custom-elements.json` into package.json's
// "customElements" (that is how "/tmp/cemcheck/custom-elements.json" got there). This restores the
// file and fails instead. Usage: node scripts/analyze.mjs [cem analyze arguments]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

export function analyze(args = [], stdio = 'inherit') {
  const before = readFileSync('package.json', 'utf8');
  let failure;
  try {
    execFileSync('npx', ['cem', 'analyze', ...args], { stdio });
  } catch (error) {
    failure = error;
  }
  if (readFileSync('package.json', 'utf8') !== before) {
    writeFileSync('package.json', before);
    throw new Error(
      'the manifest analyzer rewrote package.json (its config did not load, so it used its defaults): ' +
        'package.json is restored; fix custom-elements-manifest.config.mjs and run again.',
    );
  }
  if (failure) throw failure;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    analyze(process.argv.slice(2));
  } catch (error) {
    console.error(`analyze: ${error.message}`);
    process.exit(1);
  }
}
