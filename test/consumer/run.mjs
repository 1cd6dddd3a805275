#!/usr/bin/env node
// The package as people receive it: builds and packs tend-widgets, installs the tarball into small
// apps (test/consumer/fixtures/*, each with its own package.json and real toolchain from the npm
// registry), builds each one, serves the build on a loopback port and drives it in Chromium: the
// elements are defined, an I-statement is typed and Done is pressed, and the host's own code
// receives tend-change and tend-complete. Installs and builds live in a work folder outside the
// repository (see WORK), with npm's one shared cache. Ends with "consumer: N passed, M failed".
// Usage: node test/consumer/run.mjs [fixture names…]   (TEND_CONSUMER_JOBS=1|2, default 2)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-flags.mjs';
import { checkPackage } from '../../scripts/package-paths.mjs';
import { loadRegistry } from '../../scripts/registry.mjs';
import { freePort, serveStatic, waitForHttp } from './serve.mjs';
import { driveIStatement } from './drive.mjs';
import { typeChecks } from './types.mjs';
import { driveServerRendered } from './drive-ssr.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'test/consumer/fixtures');
// Outside the repository, so that no app can fall back on the repository's own node_modules (a
// dependency missing from package.json would pass unnoticed there); one folder per checkout.
const WORK = process.env.TEND_CONSUMER_WORK ?? join(tmpdir(), `tend-widgets-consumer-${createHash('sha1').update(ROOT).digest('hex').slice(0, 8)}`);
const ALL = (await loadRegistry()).map((widget) => widget.tag);
const OTHERS = ALL.filter((tag) => tag !== 'tend-i-statement');
const env = { ...process.env, CI: 'true', NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };

/**
 * The server-rendered fixtures' exercises, as a reader must find them with JavaScript off and on (see
 * drive-ssr.mjs): each shows a heading, and those marked so fields and a Done button from the start.
 */
const RENDERED_ELEVENTY = {
  'tend-i-statement': { done: true, fields: true, heading: 'From Eleventy' },
  'tend-stop-timer': {},
  'tend-agreement': { done: true, fields: true },
  'tend-reflection-card': { done: true, fields: true },
  'tend-check-in': { fields: true, heading: 'Conversación diaria' },
  'tend-active-listening': { done: true, fields: true },
  'tend-flow': { heading: 'Tonight' },
};
const RENDERED_NEXT = { 'tend-i-statement': { done: true, fields: true, heading: 'From Next.js 15' }, 'tend-reflection-card': { done: true, fields: true }, 'tend-flow': { heading: 'Tonight' } };

/** What each app is and what its page must show (`pages` are checked in the browser); the slowest first. */
const fixtures = [
  { name: 'next15', what: 'Next.js 15 App Router with @lit-labs/nextjs 0.2 (Lit SSR: the shadow DOM in the prerendered HTML), next start', out: '.next/static', server: 'next', prerendered: '.next/server/app/index.html', pages: [{ defines: ALL, serverHtml: true, strictConsole: true, serverRendered: RENDERED_NEXT }] },
  { name: 'eleventy', what: 'Eleventy 3 with @lit-labs/eleventy-plugin-lit (every element rendered at build time), hydrated through an import map', out: '_site', unbundled: true, quietBuild: true, pages: [{ defines: ALL, serverHtml: true, strictConsole: true, serverRendered: RENDERED_ELEVENTY }] },
  { name: 'next', what: 'Next.js 16 App Router, prerendered client component with the wrappers, next start', out: '.next/static', server: 'next', prerendered: '.next/server/app/index.html', pages: [{ defines: ALL, serverHtml: true, strictConsole: true }] },
  { name: 'astro', what: "Astro 5 static page, client <script> with import 'tend-widgets'", out: 'dist', pages: [{ defines: ALL, serverHtml: true }] },
  { name: 'node', what: "every entry but tend.min.js imports in plain Node (no DOM)", node: true },
  { name: 'vite-plain', what: "Vite 8, plain JS, import 'tend-widgets'", out: 'dist', pages: [{ defines: ALL }], treeShake: 'dist-one' },
  { name: 'vite-react', what: 'Vite 8 + React 19 with the tend-widgets/react wrappers', out: 'dist', pages: [{ defines: ALL }] },
  { name: 'vite-vue', what: "Vite 8 + Vue 3 (isCustomElement), import 'tend-widgets/i-statement'", out: 'dist', pages: [{ defines: ['tend-i-statement'], undefined: OTHERS }] },
  { name: 'webpack', what: "webpack 5 production build, import 'tend-widgets'", out: 'dist', pages: [{ defines: ALL }] },
  { name: 'esbuild', what: "esbuild bundle (minified, tree-shaken), import 'tend-widgets'", out: 'dist', pages: [{ defines: ALL }] },
  { name: 'rollup', what: "Rollup 4 with node-resolve, import 'tend-widgets'", out: 'dist', pages: [{ defines: ALL }] },
];

// ——— bundler warnings ———
// A warning in a host's build (esbuild's "Ignoring this import because … was marked as having no side effects",
// Rollup's "(!) …", webpack's "WARNING in …", Vite's) looks to its developer as if our package were broken: the
// build's own output is scanned, and a warning about our files fails the fixture (one about another package's
// files is noted).
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');
const WARNING_LINES = {
  esbuild: /\[WARNING\]/,
  rollup: /^\(!\) /,
  webpack: /^WARNING in |compiled with \d+ warnings?/,
  vite: /^\(!\) |\bwarning\b|\[WARN\]|^\s*▲ /i,
};

/**
 * Bundlers keep quiet about files under node_modules, so the bundlers' fixtures build the package moved out of
 * node_modules and linked back, as `npm link` and workspaces give it to a host (the same files, resolved to a
 * path of their own): there the host's build shows every warning our files cause.
 */
function linkInstalled(dir) {
  const installed = join(dir, 'node_modules/tend-widgets');
  const linked = join(dir, 'linked/tend-widgets');
  rmSync(join(dir, 'linked'), { recursive: true, force: true });
  mkdirSync(dirname(linked), { recursive: true });
  renameSync(installed, linked);
  symlinkSync(relative(dirname(installed), linked), installed, 'dir');
}

/** The bundler whose warnings a fixture's build prints (its name starts with it), or undefined. */
function warningBundler(name) {
  return Object.keys(WARNING_LINES).find((bundler) => name === bundler || name.startsWith(`${bundler}-`));
}

/** A warning that names only other packages' files (zod's own comments and circular imports under Rollup): not ours to fix. */
const othersOnly = (warning) => /node_modules\/(?!tend-widgets\/)/.test(warning) && !/tend-widgets\//.test(warning);

/** The lines of a build's output that are warnings (each with the line after it, which names the file). */
function bundlerWarnings(bundler, output) {
  const lines = output.replace(ANSI, '').split('\n');
  return lines.flatMap((line, i) => (WARNING_LINES[bundler].test(line.trim()) ? [`${line.trim()} ${lines[i + 1]?.trim() ?? ''}`.trim()] : []));
}

const results = [];
const sizes = [];
function check(fixture, name, ok, detail = '') {
  results.push({ fixture, name, ok });
  return `  ${ok ? '✓' : '✖'} ${name}${detail ? ` (${detail})` : ''}`;
}

function run(command, args, options = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), options.timeout ?? 300_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code: code ?? 1, output });
    });
  });
}

function jsFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => /\.m?js$/.test(file))
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile());
}

function size(dir) {
  const code = Buffer.concat(jsFiles(dir).map((file) => readFileSync(file)));
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** Copies the fixture's own files (never its install or build) and installs the tarball into it. */
async function install(fixture, tarball) {
  const dir = join(WORK, fixture.name);
  mkdirSync(dir, { recursive: true });
  cpSync(join(FIXTURES, fixture.name), dir, { recursive: true });
  for (const stale of ['node_modules/tend-widgets', 'linked', 'package-lock.json', 'dist', 'dist-one', '.next', '.astro']) rmSync(join(dir, stale), { recursive: true, force: true });
  return run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', relative(dir, tarball)], { cwd: dir, timeout: 600_000 });
}

async function testFixture(fixture, tarball, browser) {
  const dir = join(WORK, fixture.name);
  const lines = [`▶ ${fixture.name}: ${fixture.what}`];
  const started = Date.now();
  const installed = await install(fixture, tarball);
  lines.push(check(fixture.name, 'npm install of the tarball', installed.code === 0, installed.code ? installed.output.trim().split('\n').slice(-5).join(' / ') : ''));
  if (installed.code !== 0) return lines;

  const problems = checkPackage(join(dir, 'node_modules/tend-widgets'));
  lines.push(check(fixture.name, 'installed package.json: every path relative and present, every registering file in "sideEffects"', problems.length === 0, problems.join('; ')));

  if (fixture.node) {
    const imported = await run('node', ['import-all.mjs'], { cwd: dir, timeout: 60_000 });
    lines.push(check(fixture.name, 'imports without a DOM', imported.code === 0, imported.output.trim().split('\n').join(', ')));
    lines.push(`  time ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return lines;
  }

  const bundler = warningBundler(fixture.name);
  if (bundler) linkInstalled(dir);
  const built = await run('npm', ['run', 'build'], { cwd: dir, timeout: 600_000 });
  lines.push(check(fixture.name, `builds with its own toolchain`, built.code === 0, built.code ? built.output.trim().split('\n').slice(-8).join(' / ') : ''));
  if (built.code !== 0) return lines;
  if (bundler) {
    const warned = bundlerWarnings(bundler, built.output);
    const ours = warned.filter((warning) => !othersOnly(warning));
    lines.push(check(fixture.name, `${bundler} prints no warning about our files (the package linked, as npm link and workspaces give it)`, ours.length === 0, ours.slice(0, 3).join(' / ')));
    if (warned.length > ours.length) lines.push(`  note: ${warned.length - ours.length} warning(s) about other packages' files: ${warned.filter(othersOnly).slice(0, 2).join(' / ')}`);
  }
  if (fixture.quietBuild) {
    const warned = built.output.split('\n').filter((line) => /<tend-[\w-]+>|Error|warn/i.test(line));
    lines.push(check(fixture.name, 'the server render warns about nothing (no element warning in the build output)', warned.length === 0, warned.slice(0, 3).join(' / ')));
  }
  // A site that serves the installed modules as they are (an import map) has no bundle to measure.
  if (!fixture.unbundled) {
    const measured = size(join(dir, fixture.out));
    sizes.push({ name: fixture.name, what: fixture.what, ...measured, of: fixture.out });
    lines.push(`  size: ${kb(measured.bytes)} JS, ${kb(measured.gzip)} gzip (${fixture.out}/**/*.js)`);
  }
  if (fixture.prerendered) {
    const html = join(dir, fixture.prerendered);
    lines.push(check(fixture.name, `prerendered at build time (${fixture.prerendered})`, existsSync(html) && readFileSync(html, 'utf8').includes('<tend-i-statement')));
  }

  if (fixture.treeShake) {
    const one = jsFiles(join(dir, fixture.treeShake));
    const code = one.map((file) => readFileSync(file, 'utf8')).join('\n');
    const strays = OTHERS.filter((tag) => new RegExp(`define\\(\\s*["'\`]${tag}["'\`]`).test(code));
    if (code.includes('Proceed with intention, not reaction.')) strays.push('the STOP timer\'s strings');
    const oneSize = size(join(dir, fixture.treeShake));
    sizes.push({ name: `${fixture.name}, one widget + xapi`, ...oneSize, of: fixture.treeShake });
    lines.push(check(fixture.name, "tree-shaking: 'tend-widgets/i-statement' + 'tend-widgets/xapi' hold no other widget", strays.length === 0 && /define\(\s*["'`]tend-i-statement/.test(code), strays.length ? `found ${strays.join(', ')}` : `${kb(oneSize.bytes)} JS, ${kb(oneSize.gzip)} gzip`));
  }

  const servers = [];
  try {
    let origin;
    if (fixture.server === 'next') {
      const port = await freePort();
      const child = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: dir, env, stdio: 'ignore', detached: true });
      servers.push({ close: () => process.kill(-child.pid, 'SIGTERM') });
      origin = `http://127.0.0.1:${port}`;
      await waitForHttp(origin, 60_000);
    } else {
      const server = await serveStatic(join(dir, fixture.out));
      servers.push(server);
      origin = server.origin;
    }
    const pages = [{ ...fixture.pages[0], url: `${origin}/` }];
    if (fixture.treeShake) {
      const server = await serveStatic(join(dir, fixture.treeShake));
      servers.push(server);
      pages.push({ url: `${server.origin}/`, defines: ['tend-i-statement'], undefined: OTHERS, label: 'one widget' });
    }
    for (const page of pages) {
      const label = page.label ? `${page.label}: ` : '';
      if (page.serverHtml) {
        const html = await (await fetch(page.url)).text();
        lines.push(check(fixture.name, `${label}server HTML holds <tend-i-statement> before any script runs`, html.includes('<tend-i-statement')));
        if (page.serverRendered) {
          const shallow = Object.keys(page.serverRendered).filter((tag) => !new RegExp(`<${tag}\\b[^>]*><template shadowroot(mode)?="open"`).test(html));
          lines.push(check(fixture.name, `${label}server HTML holds each element's shadow DOM (declarative)`, shallow.length === 0, shallow.join(', ')));
          for (const [name, ok, detail] of await driveServerRendered(browser, { url: page.url, expect: page.serverRendered })) lines.push(check(fixture.name, `${label}${name}`, ok, detail));
        }
      }
      const outcome = await driveIStatement(browser, page);
      for (const [name, ok, detail] of outcome) lines.push(check(fixture.name, `${label}${name}`, ok, detail));
    }
  } catch (error) {
    lines.push(check(fixture.name, 'serves and opens in Chromium', false, error.message));
  } finally {
    for (const server of servers) {
      try {
        server.close();
      } catch {
        // already gone
      }
    }
  }
  lines.push(`  time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return lines;
}

const startedAt = Date.now();
const only = process.argv.slice(2);
const chosen = only.length ? fixtures.filter((fixture) => only.includes(fixture.name)) : fixtures;
mkdirSync(WORK, { recursive: true });

console.log('▶ build and pack');
const built = await run('node', ['scripts/build.mjs'], { cwd: ROOT });
if (built.code !== 0) {
  console.log(built.output);
  console.log('consumer: 0 passed, 1 failed');
  process.exit(1);
}
for (const old of readdirSync(WORK).filter((file) => file.endsWith('.tgz'))) rmSync(join(WORK, old));
const packed = await run('npm', ['pack', '--json', '--pack-destination', WORK], { cwd: ROOT });
const [pack] = JSON.parse(packed.output.slice(packed.output.indexOf('[')));
const tarball = join(WORK, pack.filename);
console.log(`  ${pack.filename}: ${pack.entryCount} files, ${kb(pack.size)} packed`);

const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const jobs = Math.max(1, Math.min(2, Number(process.env.TEND_CONSUMER_JOBS ?? 2)));
  const queue = [...chosen];
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      for (let fixture = queue.shift(); fixture; fixture = queue.shift()) {
        const lines = await testFixture(fixture, tarball, browser).catch((error) => [check(fixture.name, 'runs', false, error.stack)]);
        console.log(lines.join('\n'));
      }
    }),
  );
} finally {
  await browser.close();
}
if (!only.length || only.includes('types')) results.push(...(await typeChecks({ tarball, work: WORK, env }))); // the types in each framework's checker
const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
console.log('\n| app | JS | gzip | measured |\n| --- | --- | --- | --- |');
for (const row of sizes.sort((a, b) => a.name.localeCompare(b.name))) console.log(`| ${row.name} | ${kb(row.bytes)} | ${kb(row.gzip)} | ${row.of}/**/*.js |`);
for (const name of [...new Set(results.map((result) => result.fixture))].sort()) {
  const own = results.filter((result) => result.fixture === name);
  console.log(`${name}: ${own.filter((result) => result.ok).length}/${own.length} checks passed`);
}
console.log(`\nconsumer suite took ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
console.log(`consumer: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
