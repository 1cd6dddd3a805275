#!/usr/bin/env node
// The package's types as each framework's developers meet them: test/consumer/types/ holds small apps
// (plain TypeScript, React 19 and Preact TSX, a Vue SFC, a Svelte 5 component, an Angular component,
// and what @wc-toolkit/jsx-types and custom-element-vs-code-integration make of custom-elements.json),
// installed once with the packed tarball and type-checked by each framework's own checker, with
// skipLibCheck off. Each app has one line that must not compile (a misspelt attribute, or a detail
// read as the wrong type): a check passes when that line is the one error, with the expected code or
// message, so the types are shown to be real, not `any`. Also counts and checks the installed
// manifest (scripts/manifest-figures.mjs). Used by run.mjs; alone:
// node test/consumer/types.mjs <tarball> [work folder] [fixture folders…, e.g. vue svelte]
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestFigures } from '../../scripts/manifest-figures.mjs';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'types');

/** Each check: the folder, the checker, and the one line that must fail (found by `marker`) with what it must say. */
const checks = [
  { name: 'plain TypeScript, one subpath (moduleResolution bundler)', dir: 'plain', command: ['tsc', '-p', 'tsconfig.json'], fails: { file: 'main.ts', marker: 'const minutes: number', code: 'TS2322', says: "Type 'string' is not assignable to type 'number'" } },
  { name: 'plain TypeScript, one subpath (moduleResolution node16)', dir: 'plain', command: ['tsc', '-p', 'tsconfig.node16.json'], fails: { file: 'main.ts', marker: 'const minutes: number', code: 'TS2322', says: "Type 'string' is not assignable to type 'number'" } },
  { name: 'plain TypeScript, one subpath (moduleResolution node10, through typesVersions)', dir: 'plain', command: ['tsc', '-p', 'tsconfig.node10.json'], fails: { file: 'main.ts', marker: 'const minutes: number', code: 'TS2322', says: "Type 'string' is not assignable to type 'number'" } },
  { name: 'React 19 TSX, bare tags (tend-widgets/jsx; Preact absent)', dir: 'react', command: ['tsc', '-p', 'tsconfig.json'], fails: { file: 'app.tsx', marker: 'emotoin', code: 'TS2322', says: "Property 'emotoin' does not exist" } },
  { name: 'Preact 11 TSX, bare tags (tend-widgets/jsx; React absent)', dir: 'preact', command: ['tsc', '-p', 'tsconfig.json'], fails: { file: 'app.tsx', marker: 'data.completedAt', code: 'TS2339', says: "Property 'completedAt' does not exist" } },
  { name: 'Preact 10 TSX, bare tags (tend-widgets/jsx; React absent)', dir: 'preact', command: ['tsc', '-p', 'tsconfig.preact10.json'], fails: { file: 'app.tsx', marker: 'data.completedAt', code: 'TS2339', says: "Property 'completedAt' does not exist" } },
  { name: 'Vue 3.5 SFC, vue-tsc with strict templates (tend-widgets/vue)', dir: 'vue', command: ['vue-tsc', '--noEmit', '-p', 'tsconfig.json'], fails: { file: 'src/App.vue', marker: 'emotoin', code: 'TS2561', says: "'emotoin' does not exist" } },
  { name: 'Svelte 5 (runes and legacy components), svelte-check (tend-widgets/svelte)', dir: 'svelte', command: ['svelte-check', '--tsconfig', './tsconfig.json', '--output', 'machine'], fails: { file: 'src/App.svelte', marker: 'emotoin', says: '\'"emotoin"\' does not exist' } },
  { name: 'Angular 21 strict templates, one subpath (ngc)', dir: 'angular', command: ['ngc', '-p', 'tsconfig.json', '--pretty', 'false'], fails: { file: 'src/exercise.component.ts', marker: 'countMinutes($event', code: 'TS2345', says: "Argument of type 'string' is not assignable to parameter of type 'number'" } },
  { name: '@wc-toolkit/jsx-types from custom-elements.json, in React 19 TSX', dir: 'manifest-tools', before: ['node', 'generate.mjs'], command: ['tsc', '-p', 'tsconfig.json'], fails: { file: 'usage.tsx', marker: 'toFixed', code: 'TS2551', says: "Property 'toFixed' does not exist on type 'string'" } },
];

function run(command, args, { cwd, env, timeout = 300_000 }) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeout);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code: code ?? 1, output });
    });
  });
}

const TERMINAL_CODES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The errors a checker printed, as { file, line, code, message }: tsc's and vue-tsc's, ngc's, svelte-check's machine output. */
export function parseErrors(output) {
  const errors = [];
  for (const line of output.replace(TERMINAL_CODES, '').split('\n')) {
    const tsc = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line) ?? /^(.+?):(\d+):\d+ - error (TS\d+): (.*)$/.exec(line);
    const svelte = /^\d+ ERROR "(.+?)" (\d+):\d+ "(.*)"$/.exec(line);
    if (tsc) errors.push({ file: tsc[1], line: Number(tsc[2]), code: tsc[3], message: tsc[4] });
    else if (svelte) errors.push({ file: svelte[1], line: Number(svelte[2]), code: '', message: unescape(svelte[3]) });
    else if (/^\s{2,}\S/.test(line) && errors.length) errors.at(-1).message += ` ${line.trim()}`; // tsc's explanation lines
  }
  return errors;
}

/** svelte-check's machine output writes each message as a JSON string's contents. */
function unescape(text) {
  try {
    return JSON.parse(`"${text}"`);
  } catch {
    return text;
  }
}

/** Passes when the checker's only error is the must-fail line, saying what it should. */
function judge(check, folder, outcome) {
  const source = readFileSync(join(folder, check.dir, check.fails.file), 'utf8').split('\n');
  const line = source.findIndex((text) => text.includes(check.fails.marker)) + 1;
  const errors = parseErrors(outcome.output);
  const where = `${check.fails.file}:${line}`;
  const atLine = (error) => resolve(folder, check.dir, error.file) === resolve(folder, check.dir, check.fails.file) && error.line === line;
  const expected = errors.filter((error) => atLine(error) && (!check.fails.code || error.code === check.fails.code) && error.message.includes(check.fails.says));
  const others = errors.filter((error) => !atLine(error));
  if (line === 0) return [false, `no line with "${check.fails.marker}" in ${check.fails.file}`];
  if (outcome.code === 0) return [false, `compiled without an error: ${where} must fail`];
  if (!errors.length) return [false, `failed without a type error: ${outcome.output.trim().split('\n').slice(-4).join(' / ')}`];
  if (others.length) return [false, others.slice(0, 4).map((error) => `${error.file}:${error.line} ${error.code} ${error.message}`).join(' / ')];
  if (!expected.length) return [false, `${where} failed otherwise: ${errors.map((error) => `${error.code} ${error.message}`).join(' / ')}`];
  return [true, `only ${where} fails: ${expected[0].code ? `${expected[0].code} ` : ''}${expected[0].message.slice(0, 110)}`];
}

/** Installs the fixtures with `tarball` under `work`, runs every check (two at a time), prints and returns the results. */
export async function typeChecks({ tarball, work, env = process.env, only = [] }) {
  const folder = join(work, 'types');
  const results = [];
  const report = (name, ok, detail) => {
    results.push({ fixture: 'types', name, ok });
    return `  ${ok ? '✓' : '✖'} ${name}${detail ? ` (${detail})` : ''}`;
  };
  const started = Date.now();
  mkdirSync(folder, { recursive: true });
  for (const stale of ['node_modules/tend-widgets', 'package-lock.json', 'manifest-tools/generated']) rmSync(join(folder, stale), { recursive: true, force: true });
  cpSync(FIXTURE, folder, { recursive: true });
  const installed = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', relative(folder, tarball)], { cwd: folder, env, timeout: 600_000 });
  const lines = [`▶ types: the tarball's types in each framework's checker, skipLibCheck off`, report('npm install of the tarball with the checkers', installed.code === 0, installed.code ? installed.output.trim().split('\n').slice(-5).join(' / ') : `${((Date.now() - started) / 1000).toFixed(0)} s`)];
  if (installed.code !== 0) {
    console.log(lines.join('\n'));
    return results;
  }
  const { figures, problems } = manifestFigures(join(folder, 'node_modules/tend-widgets'));
  lines.push(report('installed custom-elements.json: events typed, a definition per tag, paths in the package, no leaked generics', problems.length === 0, problems.length ? problems.slice(0, 5).join('; ') : Object.entries(figures).map(([name, value]) => `${name} ${value}`).join(', ')));

  const bin = (name) => join(folder, 'node_modules/.bin', name);
  const chosen = checks.filter((check) => !only.length || only.includes(check.dir));
  const queue = [...chosen];
  const timed = [];
  await Promise.all(
    [0, 1].map(async () => {
      for (let check = queue.shift(); check; check = queue.shift()) {
        const cwd = join(folder, check.dir);
        const begun = Date.now();
        if (check.before) {
          const prepared = await run(check.before[0], check.before.slice(1), { cwd, env });
          timed.push([check, report(`${check.name}: ${check.before.join(' ')}`, prepared.code === 0, prepared.output.replace(TERMINAL_CODES, '').trim().split('\n').at(-1))]);
          if (prepared.code !== 0) continue;
        }
        const outcome = await run(bin(check.command[0]), check.command.slice(1), { cwd, env });
        const [ok, detail] = judge(check, folder, outcome);
        timed.push([check, report(check.name, ok, `${detail}; ${((Date.now() - begun) / 1000).toFixed(0)} s`)]);
      }
    }),
  );
  for (const check of chosen) for (const [owner, line] of timed) if (owner === check) lines.push(line);
  lines.push(`  time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(lines.join('\n'));
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [tarball, work = join(tmpdir(), 'tend-widgets-types'), ...only] = process.argv.slice(2);
  if (!tarball) {
    console.error('usage: node test/consumer/types.mjs <tarball> [work folder]');
    process.exit(2);
  }
  const results = await typeChecks({ tarball: resolve(tarball), work, only });
  const failed = results.filter((result) => !result.ok).length;
  console.log(`types: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
