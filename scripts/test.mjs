#!/usr/bin/env node
// npm test: manifest, registry and strings-table freshness, type-check, lint, the safety watch's evaluation, the language corpora, lit-analyzer, build, package paths,
// the manifest as tools read it, size budget, the server render of every element (Lit SSR in Node) and its hydration in Chromium, layout shift
// with dist/tend.css, editor types, publint, arethetypeswrong, browser tests in Chromium, Firefox and WebKit, the
// strict-CSP page, a throwaway exercise added by the README's recipe alone, and the WordPress plugin on a real
// WordPress. Stops at the first failing step. An engine whose browser tests stop part-way with no test failed (its
// browser or driver gone) runs its files again, once, and says so.
// `npm run test:quick` (`--quick`), the inner loop: registry and strings-table freshness, type-check, lint, build and the
// browser tests in Chromium only (TEND_BROWSERS to choose another engine, TEND_FILES to narrow the files); no manifest,
// packaging, size or layout steps, no other engine, no strict page, recipe, consumer suite or WordPress.
import { spawn } from 'node:child_process';

const steps = [
  ['manifest', 'node', ['scripts/check-manifest.mjs']],
  ['registry', 'node', ['scripts/registry.mjs', '--check']],
  ['strings table', 'node', ['scripts/strings-table.mjs', '--check']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['safety evaluation (the watch against its evaluation set)', 'node', ['scripts/safety-eval.mjs', '--check']],
  ['language corpora (I-statement and hints, English and Spanish)', 'node', ['scripts/compose-eval.mjs']],
  ['lit-analyzer (templates; its config in tsconfig.json)', 'npx', ['lit-analyzer', 'src', '--maxWarnings', '0', '--noColor']],
  ['build', 'node', ['scripts/build.mjs']],
  ['package paths', 'node', ['scripts/package-paths.mjs']],
  ['manifest for tools (events typed, a definition per tag, paths in dist/)', 'node', ['scripts/manifest-figures.mjs']],
  ['size budget', 'node', ['scripts/size.mjs']],
  ['server render (Lit SSR in Node, from dist/)', 'node', ['test/ssr/render.mjs']],
  ['hydration (the server HTML in Chromium)', 'node', ['scripts/browsers.mjs', '--', 'node', 'test/ssr/hydrate.mjs']],
  ['layout shift (dist/tend.css)', 'node', ['scripts/browsers.mjs', '--', 'node', 'scripts/check-layout-shift.mjs']],
  ['editor types', 'npx', ['tsc', '-p', 'test/types/tsconfig.json']],
  ['publint', 'npx', ['publint', '--strict']],
  ['types (attw: node10, node16, bundler)', 'npx', ['attw', '--pack', '.', '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'table-flipped', '--exclude-entrypoints', './tend.css']],
  ['browser tests', 'node', ['scripts/browsers.mjs', '--', 'npx', 'web-test-runner']],
  ['strict page (CSP, zero network)', 'node', ['scripts/browsers.mjs', '--', 'node', 'test/e2e/strict-page.mjs']],
  ['recipe (a throwaway exercise added by the README alone)', 'node', ['scripts/browsers.mjs', '--', 'node', 'test/recipe/run.mjs']],
  ['wordpress (plugin on a real WordPress)', 'node', ['scripts/browsers.mjs', '--', 'node', 'test/wordpress/run.mjs']],
];

// Colour and cursor codes (ESC [ … letter) that the runner's progress lines carry.
const TERMINAL_CODES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');

let passed = 0;
let failed = 0;

function run(name, command, args, env = {}) {
  return new Promise((resolve) => {
    console.log(`\n▶ ${name}`);
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    // A step that fails without a failed test (a browser or its driver gone) says why on stderr: kept, and repeated
    // after the failure, where a log's tail shows it.
    let errorTail = '';
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      // MiniBrowser's GTK warnings (no accessibility bus under Xvfb) are noise here.
      const said = chunk.toString().split('\n').filter((line) => !/WARNING \*\*|^\s*$/.test(line));
      if (said.length) errorTail = `${errorTail}${said.join('\n')}\n`.slice(-4000);
    });
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      // web-test-runner's final line per browser (Chromium, Firefox, WebKit): "WebKit: |███| 5/5 test files | 80 passed, 0 failed";
      // the other suites end with one line of their own: "strict page: 7 passed, 0 failed".
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const raw of lines) {
        // The progress lines repeat with terminal codes; keep the last count of each browser.
        const line = raw.replace(TERMINAL_CODES, '').trim();
        const progress = /^(\w+): *\|[^|]*\| (\d+)\/(\d+) test files/.exec(line);
        if (progress) files.set(progress[1], [Number(progress[2]), Number(progress[3])]);
        const match = /^(\w[\w ]*?):? *(?:\|[^|]*\| [^|]*test files \||) ?(\d+) passed, (\d+) failed/.exec(line);
        if (match && (line.includes('test files') || /^[\w ]+: \d+ passed, \d+ failed/.test(line))) {
          counts.set(match[1], [Number(match[2]), Number(match[3])]);
        }
      }
    });
    child.on('close', (code, signal) => {
      if (signal) console.log(`\n${name}: stopped by ${signal}`);
      if (code !== 0 && errorTail.trim()) console.log(`\n${name}: the last of what it wrote on stderr:\n${errorTail.replace(TERMINAL_CODES, '')}`);
      resolve(code ?? 1);
    });
  });
}

const quick = process.argv.includes('--quick');
/** The inner loop's steps: what catches most mistakes in a few minutes. */
const QUICK = new Set(['registry', 'strings table', 'typecheck', 'lint', 'build', 'browser tests']);
if (quick) process.env.TEND_BROWSERS ??= 'chromium';

const counts = new Map();
/** Each browser's test files run and in all, from web-test-runner's progress lines. */
const files = new Map();

/**
 * An engine whose run stopped part-way with no test failed (its browser or its driver gone, not a test): its files
 * again, once, said as such. A failed test is never run again.
 */
async function rerunUnfinishedEngines(code, name, command, args) {
  const anyFailed = [...files.keys()].some((browser) => counts.get(browser)?.[1]);
  const unfinished = [...files].filter(([, [done, total]]) => done < total).map(([browser]) => browser);
  if (anyFailed || unfinished.length === 0) return code;
  console.log(`\n↻ ${unfinished.join(', ')} stopped part-way with no test failed (the browser or its driver, not a test): its files again, once`);
  return run(`${name} in ${unfinished.join(', ')}`, command, args, { TEND_BROWSERS: unfinished.map((browser) => browser.toLowerCase()).join(',') });
}

for (const [name, command, args] of steps.filter(([name]) => !quick || QUICK.has(name))) {
  let code = await run(name, command, args);
  if (code !== 0 && name === 'browser tests') code = await rerunUnfinishedEngines(code, name, command, args);
  if (code !== 0) {
    console.error(`\n✖ ${name} failed (exit ${code})`);
    failed += 1;
    break;
  }
  passed += 1;
}
const tests = [...counts.values()].reduce((sum, [p, f]) => [sum[0] + p, sum[1] + f], [0, 0]);
console.log(`\nsteps: ${passed} passed, ${failed} failed`);
console.log(`tests: ${tests[0]} passed, ${tests[1]} failed`);
process.exit(failed ? 1 : 0);
