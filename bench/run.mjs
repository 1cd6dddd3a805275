#!/usr/bin/env node
// `npm run bench`: tend-widgets beside the same I-statement form built from Shoelace 2, Material Web
// and Web Awesome 3, and beside a plain custom element (the floor), in one run of headless Chromium.
// Writes BENCHMARKS.md. Reports the targets; asserts nothing (exit 1 only when the run itself fails).
//
//   node bench/run.mjs [--quick] [--only=size,render,latency,memory,timer,blog,history] [--runs=7] [--out=BENCHMARKS.md]
//
// --quick: 3 runs, 40 keys, 200 mount/unmount cycles, an 8 s timer (for development; not written
// to BENCHMARKS.md unless --out is given).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../scripts/chromium-flags.mjs';
import { bundle, measure } from '../scripts/size.mjs';
import { loadRegistry } from '../scripts/registry.mjs';
import { blogBench, blogReport, blogTargets } from './blog-page.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(repo);

// ——— options ———
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const found = argv.find((a) => a.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
};
const quick = flag('quick');
const verbose = flag('verbose');
const parts = new Set(option('only', 'size,render,latency,memory,timer,blog,history').split(','));
const config = {
  runs: Number(option('runs', quick ? 3 : 7)),
  counts: option('n', '1,10,100,1000').split(',').map(Number),
  keys: quick ? 40 : 200,
  cycles: quick ? 200 : 1000,
  // A subject whose single render measurement takes longer than this gets only `slowRuns` runs at
  // that N (in practice the library forms at N = 1,000), so the whole bench stays under 10 minutes.
  slowMs: 5000,
  slowRuns: 3,
  // The whole bench must end within 10 minutes on a busy 2-core machine: a library form's render
  // measurement is skipped when it would leave less than `reserveMs` (latency, memory, timer) before
  // `budgetMs`. Ours and the floor are never skipped.
  budgetMs: quick ? Infinity : 560_000,
  reserveMs: 150_000,
  timer: quick
    ? { durations: [2, 2, 2, 2], hideFrom: 3000, hideFor: 3000 }
    : { durations: [15, 15, 15, 15], hideFrom: 20000, hideFor: 20000 },
  out: option('out', quick ? '' : 'BENCHMARKS.md'),
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
};
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;
const log = (...args) => console.log(`[bench ${elapsed()}]`, ...args);

// ——— subjects ———
const registry = await loadRegistry();
/** How the page proves an element interactive (bench/page.js): by default, typing into its first field fires tend-change. */
const probes = { 'i-statement': 'form', 'stop-timer': 'start' };
/** `probe`: how the page proves an instance interactive (see bench/page.js). */
const subjects = [
  { id: 'all', name: 'tend-widgets, every element (src/entries/index.ts, like dist/tend.min.js)', entry: 'src/entries/index.ts', ours: true, sizeOnly: true },
  { id: 'dist', name: '`dist/tend.min.js` as last built by `npm run build`', entry: 'dist/tend.min.js', ours: true, sizeOnly: true, prebuilt: true },
  // Every element of src/registry.ts; the flow, which holds the others, is measured for size only.
  ...registry.map((w) =>
    w.holdsSteps
      ? { id: w.exercise, name: `\`<${w.tag}>\``, entry: `src/entries/${w.exercise}.ts`, ours: true, sizeOnly: true }
      : { id: w.exercise, name: `\`<${w.tag}>\``, entry: `src/entries/${w.exercise}.ts`, tag: w.tag, probe: probes[w.exercise] ?? 'change', ours: true, form: w.exercise === 'i-statement' },
  ),
  {
    id: 'shoelace',
    name: 'Shoelace 2 form',
    entry: 'bench/anchors/shoelace.js',
    tag: 'bench-shoelace-i-statement',
    probe: 'form',
    anchor: true,
    form: true,
    css: 'bench/node_modules/@shoelace-style/shoelace/dist/themes/light.css',
    pkg: '@shoelace-style/shoelace',
  },
  { id: 'material', name: 'Material Web form', entry: 'bench/anchors/material.js', tag: 'bench-material-i-statement', probe: 'form', anchor: true, form: true, pkg: '@material/web' },
  {
    id: 'webawesome',
    name: 'Web Awesome 3 form',
    entry: 'bench/anchors/webawesome.js',
    tag: 'bench-webawesome-i-statement',
    probe: 'form',
    anchor: true,
    form: true,
    css: 'bench/node_modules/@awesome.me/webawesome/dist/styles/themes/default.css',
    pkg: '@awesome.me/webawesome',
  },
  { id: 'plain', name: 'plain custom element (floor)', entry: 'bench/anchors/plain.js', tag: 'bench-plain-i-statement', probe: 'form', floor: true, form: true },
  { id: 'lit', name: 'reference: Lit alone (LitElement + html)', entry: 'bench/reference/lit.js', sizeOnly: true, reference: true },
  { id: 'zod', name: 'reference: zod/mini alone (the calls the widgets make)', entry: 'bench/reference/zod-mini.js', sizeOnly: true, reference: true },
  { id: 'core', name: 'reference: the shared core alone (src/core/index.ts)', entry: 'src/core/index.ts', sizeOnly: true, reference: true },
];
const byId = Object.fromEntries(subjects.map((s) => [s.id, s]));
const anchors = subjects.filter((s) => s.anchor || s.floor);
const notes = [];
const budgetCut = new Set();

// ——— statistics ———
const sorted = (xs) => [...xs].sort((a, b) => a - b);
function quantile(xs, q) {
  const s = sorted(xs);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const median = (xs) => quantile(xs, 0.5);
const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), p25: quantile(xs, 0.25), p75: quantile(xs, 0.75), n: xs.length });
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (x, digits = x < 10 ? 1 : 0) => (Number.isFinite(x) ? `${x.toFixed(digits)} ms` : '—');
const times = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');
const sleep = (t) => new Promise((r) => setTimeout(r, t));

// ——— 1. bundles and sizes ———
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
async function bundleAll() {
  for (const subject of subjects) {
    if (!existsSync(subject.entry)) {
      subject.error = subject.prebuilt ? 'not built (run `npm run build` first)' : `${subject.entry} does not exist yet`;
      log(`skip ${subject.id}: ${subject.error}`);
      continue;
    }
    try {
      subject.code = subject.prebuilt ? readFileSync(subject.entry, 'utf8') : await bundle(subject.entry);
      subject.size = measure(subject.code);
      if (/(^|[;}\n])import[\s{*"']/.test(subject.code)) notes.push(`${subject.id}: the bundle still has an import statement.`);
    } catch (error) {
      subject.error = `bundling failed: ${String(error.message ?? error).split('\n').slice(0, 3).join(' ').replace(ansi, '').replace(/\s+/g, ' ').slice(0, 200)}`;
      log(`skip ${subject.id}: ${subject.error}`);
      continue;
    }
    if (subject.css) {
      const result = await esbuild({ entryPoints: [subject.css], bundle: true, minify: true, write: false, logLevel: 'silent' });
      subject.cssCode = result.outputFiles[0].text;
      subject.cssSize = measure(subject.cssCode);
    }
    if (subject.pkg) subject.version = JSON.parse(readFileSync(`bench/node_modules/${subject.pkg}/package.json`, 'utf8')).version;
    log(`${subject.id}: ${kB(subject.size.min)} min, ${kB(subject.size.gzip)} gzip${subject.cssSize ? `, + ${kB(subject.cssSize.gzip)} CSS gzip` : ''}`);
  }
}

// ——— 2. the localhost server ———
const pageScript = readFileSync('bench/page.js', 'utf8');
function pageHtml(subject) {
  const css = subject.cssCode ? `<link rel="stylesheet" href="/c/${subject.id}.css">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench ${subject.id}</title>
${css}<link rel="modulepreload" href="/b/${subject.id}.js">
<style>body{font-family:system-ui,sans-serif;line-height:1.5;margin:1rem}</style></head>
<body><main id="root"></main><script type="module" src="/page.js"></script></body></html>`;
}
function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(body);
    };
    const id = url.pathname.replace(/^\/[bcp]\//, '').replace(/\.(js|css|html)$/, '');
    const subject = byId[id];
    if (url.pathname === '/page.js') return send(200, 'text/javascript', pageScript);
    if (url.pathname.startsWith('/p/') && subject?.code) return send(200, 'text/html', pageHtml(subject));
    if (url.pathname.startsWith('/b/') && subject?.code) return send(200, 'text/javascript', subject.code);
    if (url.pathname.startsWith('/c/') && subject?.cssCode) return send(200, 'text/css', subject.cssCode);
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    if (url.pathname === '/blank.html') return send(200, 'text/html', '<!doctype html><title>front</title><p>another tab</p>');
    return send(404, 'text/plain', 'not found');
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// ——— 3. the browser ———
const chromiumArgs = [
  ...CHROMIUM_ARGS,
  '--js-flags=--expose-gc',
  // Nothing but localhost resolves: the pages cannot reach the network even if a library tried.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const external = new Set();
const pageErrors = [];
async function launch() {
  return puppeteer.launch({
    executablePath: config.chromium,
    headless: true,
    args: chromiumArgs,
    defaultViewport: { width: 1280, height: 800 },
    protocolTimeout: 240_000,
  });
}
async function openPage(browser, origin, subject) {
  const page = await browser.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) external.add(url);
  });
  page.on('pageerror', (error) => pageErrors.push(`${subject.id}: ${String(error.message).split('\n')[0]}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${subject.id}: console.error ${message.text().slice(0, 160)}`);
  });
  await page.goto(`${origin}/p/${subject.id}.html`, { waitUntil: 'load' });
  return page;
}

// ——— 4. render ———
/** phases[id][n] = [{ evalMs, renderMs, interactMs }] — where the time went, for the notes. */
const phases = {};
function phaseText(id, n) {
  const xs = phases[id]?.[n];
  if (!xs?.length) return '';
  const m = (key) => ms(median(xs.map((x) => x[key])));
  return `module evaluation ${m('evalMs')}, creating + rendering the elements ${m('renderMs')}, style + layout ${m('layoutMs')}, proving it interactive ${m('interactMs')} (medians)`;
}
async function renderBench(browser, origin) {
  const list = subjects.filter((s) => s.tag && s.code);
  const results = {}; // results[id][n] = [totalMs per run] (index = run)
  for (const s of list) results[s.id] = Object.fromEntries(config.counts.map((n) => [n, []]));
  // N by N (so a time-budget cut can only shorten the largest N), run by run; within a run every
  // subject is measured once, in an order that rotates from run to run.
  for (const n of config.counts) {
    for (let run = 0; run < config.runs; run++) {
      const order = list.map((_, i) => list[(i + run) % list.length]);
      for (const subject of order) {
        if (subject.renderError) continue;
        const first = results[subject.id][n][0];
        if (run >= config.slowRuns && first > config.slowMs) continue;
        if (subject.anchor) {
          const smaller = config.counts.filter((m) => m < n).at(-1);
          const estimate = Number.isFinite(first) ? first : smaller ? (median(results[subject.id][smaller].filter(Number.isFinite)) * n) / smaller : 0;
          if (Date.now() - started + (estimate || 0) + config.reserveMs > config.budgetMs) {
            budgetCut.add(`${subject.name} at N = ${n}`);
            continue;
          }
        }
        const page = await openPage(browser, origin, subject);
        try {
          const result = await page.evaluate((o) => window.bench.render(o), { url: `/b/${subject.id}.js`, tag: subject.tag, n, probe: subject.probe });
          results[subject.id][n][run] = result.totalMs;
          ((phases[subject.id] ??= {})[n] ??= []).push(result);
          if (verbose) log(`render ${subject.id} N=${n}: total ${ms(result.totalMs)} = eval ${ms(result.evalMs)} + render ${ms(result.renderMs)} + layout ${ms(result.layoutMs)} + interact ${ms(result.interactMs)}`);
        } catch (error) {
          subject.renderError = String(error.message ?? error).split('\n')[0];
          log(`render ${subject.id} failed: ${subject.renderError}`);
        } finally {
          await page.close();
        }
      }
    }
    log(`render N = ${n} done (${config.runs} runs)`);
  }
  return results;
}

// ——— 5. input latency ———
function latencyWords(count) {
  // Whole feeling words from the vocabulary, typed one after the other (the field is emptied between
  // two words, unmeasured); every key changes the preview.
  const words = ['overwhelmed', 'disappointed', 'frustrated', 'heartbroken', 'disconnected', 'embarrassed', 'resentful', 'vulnerable', 'exhausted', 'grateful'];
  const out = [];
  let total = 0;
  for (let i = 0; total < count; i++) {
    const word = words[i % words.length].slice(0, count - total);
    out.push(word);
    total += word.length;
  }
  return out;
}
async function latencyBench(browser, origin) {
  const results = {};
  for (const subject of subjects.filter((s) => s.form && s.code)) {
    const page = await openPage(browser, origin, subject);
    try {
      await page.bringToFront();
      await page.evaluate((o) => window.bench.latencySetup(o), { url: `/b/${subject.id}.js`, tag: subject.tag });
      for (const word of latencyWords(config.keys)) {
        await page.evaluate(() => window.bench.latencyFocus());
        await page.keyboard.type(word, { delay: 30 });
        await page.evaluate(() => window.bench.latencyClear());
      }
      const raw = await page.evaluate(() => window.bench.latencyResult());
      results[subject.id] = { dom: summary(raw.dom), frame: summary(raw.frame), silent: raw.silent, keys: raw.dom.length };
      log(`latency ${subject.id}: p50 ${ms(quantile(raw.dom, 0.5))}, p95 ${ms(quantile(raw.dom, 0.95))} (${raw.dom.length} keys, ${raw.silent} without change)`);
      results[subject.id].p95 = quantile(raw.dom, 0.95);
      results[subject.id].frameP95 = quantile(raw.frame, 0.95);
    } catch (error) {
      results[subject.id] = { error: String(error.message ?? error).split('\n')[0] };
      log(`latency ${subject.id} failed: ${results[subject.id].error}`);
    } finally {
      await page.close();
    }
  }
  return results;
}

// ——— 6. memory ———
async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
async function memoryBench(browser, origin) {
  const results = {};
  // Ours and the floor (the library forms would add minutes at 1,000 cycles; they are not a target).
  for (const subject of subjects.filter((s) => s.tag && s.code && (s.ours || s.floor))) {
    const page = await openPage(browser, origin, subject);
    try {
      const cdp = await page.createCDPSession();
      await page.evaluate((o) => window.bench.memorySetup(o), { url: `/b/${subject.id}.js`, tag: subject.tag });
      // Warm-up: the first instances create shared, one-time state (adopted style sheets, templates).
      await page.evaluate((o) => window.bench.cycles(o), { tag: subject.tag, n: 20 });
      const before = await heapAfterGc(cdp);
      const t0 = Date.now();
      await page.evaluate((o) => window.bench.cycles(o), { tag: subject.tag, n: config.cycles });
      const seconds = (Date.now() - t0) / 1000;
      const after = await heapAfterGc(cdp);
      results[subject.id] = { before, after, growth: after - before, seconds };
      log(`memory ${subject.id}: ${((after - before) / 1024).toFixed(1)} kB after ${config.cycles} cycles (${seconds.toFixed(1)} s)`);
    } catch (error) {
      results[subject.id] = { error: String(error.message ?? error).split('\n')[0] };
      log(`memory ${subject.id} failed: ${results[subject.id].error}`);
    } finally {
      await page.close();
    }
  }
  return results;
}

// ——— 6b. the check-in's over-time view ———
const HISTORY_ENTRIES = 1000;
async function historyBench(browser, origin) {
  const subject = byId['check-in'];
  if (!subject?.code) return null;
  const runs = [];
  try {
    for (let run = 0; run < config.runs; run++) {
      const page = await openPage(browser, origin, subject);
      try {
        runs.push(await page.evaluate((o) => window.bench.historyRender(o), { url: `/b/${subject.id}.js`, n: HISTORY_ENTRIES }));
      } finally {
        await page.close();
      }
    }
  } catch (error) {
    return { error: String(error.message ?? error).split('\n')[0] };
  }
  const result = { ...summary(runs.map((r) => r.ms)), form: median(runs.map((r) => r.formMs)), kept: runs[0].kept, listed: runs[0].listed, counted: runs[0].counted };
  log(`history: ${HISTORY_ENTRIES} kept check-ins rendered in ${ms(result.median)} median [${ms(result.min)}–${ms(result.max)}], ${result.listed} listed, ${result.counted} counts shown (the form alone, without history: ${ms(result.form)})`);
  return result;
}

// ——— 7. timer accuracy ———
async function timerCondition(origin, condition) {
  const browser = await launch();
  const subject = byId['stop-timer'];
  const { durations, hideFrom, hideFor } = config.timer;
  try {
    const page = await openPage(browser, origin, subject);
    await page.bringToFront();
    await page.evaluate((o) => window.bench.timerStart(o), {
      url: `/b/${subject.id}.js`,
      durations: durations.join(' '),
      block: condition === 'blocked',
    });
    let hidden = null;
    if (condition === 'hidden') {
      // Hide the page the way a person does: another tab comes to the front (the page gets
      // visibilitychange → hidden and stops running animation frames), then switch back.
      await sleep(hideFrom);
      const front = await browser.newPage();
      await front.goto(`${origin}/blank.html`);
      await front.bringToFront();
      hidden = await page.evaluate(() => document.visibilityState);
      await sleep(hideFor);
      await page.bringToFront();
      await front.close();
      // The widget pauses while the page is hidden and says so; the person presses Resume when back.
      await sleep(500);
      await page.evaluate(() => window.bench.timerResumeAfterAway());
    }
    const total = durations.reduce((a, b) => a + b, 0) * 1000;
    await page.waitForFunction(() => window.__timer.complete !== null, { timeout: total + hideFor + 30_000, polling: 250 });
    const raw = await page.evaluate(() => window.bench.timerResult());
    await page.close();
    // Away: from the page hidden to Resume pressed (none in the other conditions); the steps after it are due that much later.
    const hiddenAt = raw.visibility.find((v) => v.state === 'hidden')?.at ?? null;
    const away = raw.resumedAt !== null && hiddenAt !== null ? raw.resumedAt - hiddenAt : 0;
    const awayWithin = (from, to) => (away && hiddenAt >= from && hiddenAt < to ? away : 0);
    const expectedAt = (index) => raw.startedAt + durations.slice(0, index).reduce((a, b) => a + b, 0) * 1000;
    const steps = raw.steps.map((s) => ({ ...s, error: s.at - expectedAt(s.index) - awayWithin(raw.startedAt, s.at) }));
    // Per-step time: from one tend-step to the next (the last: to tend-complete), minus the configured seconds.
    const stepTimes = steps.map((s, i) => {
      const end = i + 1 < steps.length ? steps[i + 1].at : raw.complete.at;
      return end - s.at - durations[s.index] * 1000 - awayWithin(s.at, end);
    });
    const totalError = raw.complete.at - raw.startedAt - total - away;
    const accounting = raw.complete.elapsedMs - total;
    return {
      condition,
      hiddenState: hidden,
      away,
      awayNote: raw.awayNote,
      pausedMs: raw.complete.pausedMs,
      visibility: raw.visibility.map((v) => ({ state: v.state, at: v.at - raw.startedAt })),
      blocks: raw.blocks,
      steps,
      stepTimes,
      totalError,
      accounting,
      worstStepStart: Math.max(...steps.map((s) => Math.abs(s.error))),
      worstStepTime: Math.max(...stepTimes.map(Math.abs)),
      worst: Math.max(Math.abs(totalError), ...steps.map((s) => Math.abs(s.error)), ...stepTimes.map(Math.abs)),
    };
  } catch (error) {
    return { condition, error: String(error.message ?? error).split('\n')[0] };
  } finally {
    await browser.close();
  }
}
async function timerBench(origin) {
  if (!byId['stop-timer'].code) return null;
  // The three conditions run at the same time, each in its own browser (own renderer process), so a
  // blocked or hidden page cannot affect another; they take one timer's length instead of three.
  const conditions = ['alone', 'blocked', 'hidden'];
  const results = await Promise.all(conditions.map((c) => timerCondition(origin, c)));
  for (const r of results) {
    if (r.error) log(`timer ${r.condition} failed: ${r.error}`);
    else log(`timer ${r.condition}: total ${ms(r.totalError)}, worst step start ${ms(r.worstStepStart)}, worst step time ${ms(r.worstStepTime)}, elapsedMs ${ms(r.accounting)}`);
  }
  return results;
}

// ——— 8. BENCHMARKS.md ———
function machine(browserVersion) {
  const cpus = os.cpus();
  let osName = `${os.type()} ${os.release()}`;
  try {
    const pretty = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)"?/m);
    if (pretty) osName = `${pretty[1]} (${os.type()} ${os.release()})`;
  } catch {
    /* not Linux */
  }
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    if (execFileSync('git', ['status', '--porcelain', 'src'], { encoding: 'utf8' }).trim()) commit += ' + uncommitted changes';
  } catch {
    /* not a git checkout */
  }
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: osName,
    node: process.version,
    browser: browserVersion,
    commit,
    load: os.loadavg().map((x) => x.toFixed(2)).join(' / '),
  };
}

function report({ render, latency, memory, timer, blog, history, browserVersion, loadBefore }) {
  const lines = [];
  const push = (...xs) => lines.push(...xs);
  const ours = subjects.filter((s) => s.ours && !s.sizeOnly && s.code);
  const form = byId['i-statement'];
  const env = machine(browserVersion);
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');

  // Targets.
  const targets = [];
  const target = (name, goal, measured, met, miss) => targets.push({ name, goal, measured, met, miss });
  const all = byId.all;
  if (all.size) target('Every element in one file', '≤ 20 kB gzip', kB(all.size.gzip), all.size.gzip <= 20 * 1024, `${kB(all.size.gzip - 20 * 1024)} over`);
  else target('Every element in one file', '≤ 20 kB gzip', `not measured (${all.error})`, null);
  for (const s of subjects.filter((x) => x.ours && !x.sizeOnly)) {
    if (s.size) target(`${s.name} entry`, '≤ 14 kB gzip', kB(s.size.gzip), s.size.gzip <= 14 * 1024, `${kB(s.size.gzip - 14 * 1024)} over`);
    else target(`${s.name} entry`, '≤ 14 kB gzip', `not measured (${s.error})`, null);
  }
  if (render) {
    for (const s of ours) {
      const xs = render[s.id]?.[100]?.filter(Number.isFinite) ?? [];
      if (!xs.length) {
        if (config.counts.includes(100)) target(`${s.name}: 100 instances interactive`, '< 100 ms', `not measured${s.renderError ? ` (${s.renderError})` : ''}`, null);
        continue;
      }
      const m = median(xs);
      target(`${s.name}: 100 instances interactive`, '< 100 ms', `${ms(m)} median`, m < 100, `${ms(m - 100)} over`);
    }
  }
  if (form.size) {
    for (const a of anchors.filter((x) => x.anchor && x.size)) {
      const ratio = form.size.gzip / a.size.gzip;
      target(`2× smaller than the ${a.name}`, 'ours/anchor ≤ 0.50 (gzip JS)', `${ratio.toFixed(2)} (${kB(form.size.gzip)} vs ${kB(a.size.gzip)})`, ratio <= 0.5, `${(ratio / 0.5).toFixed(2)}× the allowed size`);
    }
  }
  const renderRatios = {};
  if (render && form.code && !form.renderError) {
    for (const a of anchors.filter((x) => x.code && !x.renderError)) {
      renderRatios[a.id] = {};
      for (const n of config.counts) {
        const ratios = [];
        for (let run = 0; run < config.runs; run++) {
          const o = render[form.id][n][run];
          const x = render[a.id][n][run];
          if (Number.isFinite(o) && Number.isFinite(x)) ratios.push(o / x);
        }
        renderRatios[a.id][n] = ratios.length ? summary(ratios) : null;
      }
      if (a.anchor) {
        const worst = Math.max(...config.counts.map((n) => renderRatios[a.id][n]?.median ?? Infinity));
        const detail = config.counts.map((n) => `${n}: ${renderRatios[a.id][n]?.median.toFixed(2) ?? '—'}`).join(', ');
        target(`2× faster than the ${a.name}`, 'ours/anchor ≤ 0.50 at every N', `median ratio by N — ${detail}`, worst <= 0.5, `worst N is ${(worst / 0.5).toFixed(2)}× the allowed time`);
      }
    }
  }
  if (timer) {
    for (const t of timer) {
      if (t.error) target(`Timer error, ${t.condition}`, '< 50 ms', `failed: ${t.error}`, null);
      else target(`Timer error, ${t.condition}`, '< 50 ms (total and every step)', `worst ${ms(t.worst)} (total ${ms(t.totalError)})`, t.worst < 50, `${ms(t.worst - 50)} over`);
    }
  }
  if (history) {
    const name = `\`<tend-check-in history>\`: over-time view with ${HISTORY_ENTRIES.toLocaleString('en')} kept check-ins`;
    if (history.error) target(name, '< 50 ms', `failed: ${history.error}`, null);
    else target(name, '< 50 ms', `${ms(history.median)} median`, history.median < 50, `${ms(history.median - 50)} over`);
  }
  if (memory) {
    for (const s of ours) {
      const m = memory[s.id];
      if (!m) continue;
      if (m.error) target(`${s.name}: heap growth`, '< 1 MB', `failed: ${m.error}`, null);
      else target(`${s.name}: heap growth after ${config.cycles} mount/unmount`, '< 1 MB', kB(m.growth), m.growth < 2 ** 20, `${kB(m.growth - 2 ** 20)} over`);
    }
  }

  if (blog) for (const [name, goal, measured, met] of blogTargets(blog)) target(name, goal, measured, met, 'see "A blogger\'s page"');

  push('# Benchmarks', '');
  push(
    `Latest run: ${date}, \`${quick ? 'node bench/run.mjs --quick' : 'npm run bench'}\`, headless ${env.browser}, ${config.runs} runs, ` +
      `commit ${env.commit}. Rerun with \`npm run bench\` (≈ 6–9 minutes; it rewrites this file). ` +
      'The figures are from one machine; read the ratios, which are measured pair by pair in the same run, rather than the absolute times.',
    '',
  );
  push('## Targets', '', 'Reported, not asserted.', '', '| target | goal | measured | met? |', '| --- | --- | --- | --- |');
  for (const t of targets) push(`| ${t.name} | ${t.goal} | ${t.measured} | ${t.met === null ? 'not measured' : t.met ? 'yes' : `**no** — ${t.miss}`} |`);
  push('');
  const missed = targets.filter((t) => t.met === false);
  if (missed.length) {
    push('### What holds the missed targets back', '');
    for (const line of explain(missed, { render, timer, memory, ratios: renderRatios })) push(`- ${line}`);
    push('');
  }

  // Size.
  push('## Size', '');
  push(
    'Each entry bundled with everything it imports by the same code as `npm run size` (`scripts/size.mjs`: Vite 8 library build, one minified ES module, target es2022, no code splitting); ' +
      'gzip level 9, brotli quality 11. The anchors import only the components they use. "CSS" is the theme style sheet the library needs on the page for its design tokens (minified with esbuild); ' +
      'it is listed apart and **not** counted in the ratio, which favours the anchors.',
    '',
  );
  push('| bundle | min | gzip | brotli | + required CSS (gzip) | `<tend-i-statement>` / this (gzip JS) |', '| --- | --- | --- | --- | --- | --- |');
  for (const s of subjects) {
    if (!s.size) {
      push(`| ${s.name} | — | — | — | — | ${s.error} |`);
      continue;
    }
    const ratio = form.size && (s.anchor || s.floor) ? (form.size.gzip / s.size.gzip).toFixed(2) : '';
    const version = s.version ? ` ${s.version}` : '';
    push(`| ${s.name}${version} | ${kB(s.size.min)} | ${kB(s.size.gzip)} | ${kB(s.size.brotli)} | ${s.cssSize ? kB(s.cssSize.gzip) : '—'} | ${ratio} |`);
  }
  push('');

  // Render.
  if (render) {
    push('## Render: module evaluation → N instances rendered and interactive', '');
    push(
      'Each measurement is a fresh page. The bundle is preloaded (`<link rel="modulepreload">`, fetched and parsed before the clock starts); ' +
        'the clock (`performance.now()` in the page) starts just before `import()` evaluates it, then N elements are created and connected in one fragment, ' +
        "every element's `updateComplete` is awaited (the anchor forms' own `updateComplete` awaits each library component inside them; the plain element renders synchronously), " +
        'style and layout are forced (`getBoundingClientRect`, no paint), and the last instance is proven interactive: ' +
        'for the I-statement forms, its first field (the feeling) is focused, given a value and an `input` event, and its preview must show the word; ' +
        "for `<tend-agreement>` and `<tend-reflection-card>` the first field's edit must fire `tend-change`; for `<tend-stop-timer>` pressing Start must fire `tend-step`. " +
        `Median [min–max] over ${config.runs} runs; the subjects' order rotates every run.`,
      '',
    );
    const rows = subjects.filter((s) => s.tag && (s.code || s.error));
    push(`| subject | ${config.counts.map((n) => `N = ${n}`).join(' | ')} |`, `| --- | ${config.counts.map(() => '---').join(' | ')} |`);
    for (const s of rows) {
      if (!s.code) {
        push(`| ${s.name} | ${config.counts.map(() => '—').join(' | ')} |`);
        continue;
      }
      const cells = config.counts.map((n) => {
        const xs = (render[s.id]?.[n] ?? []).filter(Number.isFinite);
        if (!xs.length) return s.renderError ? `failed: ${s.renderError}` : '—';
        const st = summary(xs);
        const few = xs.length < config.runs ? ` (${xs.length} runs)` : '';
        return `${ms(st.median)} [${st.min.toFixed(st.min < 10 ? 1 : 0)}–${st.max.toFixed(st.max < 10 ? 1 : 0)}]${few}`;
      });
      push(`| ${s.name} | ${cells.join(' | ')} |`);
    }
    push('');
    if (Object.keys(renderRatios).length) {
      push(
        '### `<tend-i-statement>` / anchor, pair by pair',
        '',
        'For each run, our time divided by the anchor time measured in the same run; median [min–max]. Below 0.50 means at least 2× faster.',
        '',
      );
      push(`| anchor | ${config.counts.map((n) => `N = ${n}`).join(' | ')} |`, `| --- | ${config.counts.map(() => '---').join(' | ')} |`);
      for (const [id, byN] of Object.entries(renderRatios)) {
        push(`| ${byId[id].name} | ${config.counts.map((n) => (byN[n] ? `${times(byN[n].median)} [${byN[n].min.toFixed(2)}–${byN[n].max.toFixed(2)}]` : '—')).join(' | ')} |`);
      }
      push('');
    }
  }

  // Latency.
  if (latency) {
    push('## Input latency: keystroke → updated preview', '');
    push(
      `One instance per page; puppeteer's \`keyboard.type\` types feeling words into the "I feel" field (inside the shadow roots), 30 ms between keys, ${config.keys} keys in all; ` +
        'the field is emptied between two words (not measured). In the page, a capturing `keydown` listener takes `event.timeStamp` (when the browser created the event) ' +
        'and a `MutationObserver` on the preview takes the time of its change ("DOM"); "frame" is the next `requestAnimationFrame` after it (paint follows).',
      '',
    );
    push('| subject | keys | DOM p50 | DOM p95 | frame p50 | frame p95 |', '| --- | --- | --- | --- | --- | --- |');
    for (const s of subjects.filter((x) => x.form)) {
      const r = latency[s.id];
      if (!r) continue;
      if (r.error) push(`| ${s.name} | failed: ${r.error} | | | | |`);
      else push(`| ${s.name} | ${r.keys}${r.silent ? ` (+${r.silent} without change)` : ''} | ${ms(r.dom.median)} | ${ms(r.p95)} | ${ms(r.frame.median)} | ${ms(r.frameP95)} |`);
    }
    push('');
  }

  // Timer.
  if (timer) {
    const { durations, hideFrom, hideFor } = config.timer;
    const total = durations.reduce((a, b) => a + b, 0);
    push('## Timer accuracy: a STOP run', '');
    push(
      `\`<tend-stop-timer durations="${durations.join(' ')}">\`, \`start()\` called at t = 0 (${total} s in all). The page records \`performance.now()\` in the listeners of \`tend-step\` and \`tend-complete\`. ` +
        '"Step start" is when `tend-step` fired minus when the step was due (the sum of the durations before it); "step time" is the time from one `tend-step` to the next ' +
        '(the last one: to `tend-complete`) minus its configured duration; "total" is `tend-complete` minus t = 0 minus the configured total. ' +
        '"elapsedMs" is the `data.elapsedMs` the widget reports at completion minus the configured total (its own accounting). The three conditions run at the same time, each in its own browser process.',
      '',
      '- **alone**: nothing else on the page.',
      '- **blocked**: `setInterval` started with the run blocks the main thread for 200 ms every second (a busy loop), so a step boundary coincides with a block — the worst case for anything on the main thread.',
      `- **hidden**: at t = ${hideFrom / 1000} s a second tab is opened and brought to the front (\`browser.newPage()\` + \`bringToFront()\`): the page receives \`visibilitychange\` → \`hidden\`, as in a background tab, ` +
        `and the widget pauses ("Paused while you were away"); at t = ${(hideFrom + hideFor) / 1000} s the page is brought back and, half a second later, Resume is pressed as a person would. ` +
        'The time away (hidden to Resume) is taken out of the steps after it; "elapsedMs" excludes it by the widget\'s own accounting (`data.pausedMs` reports it).',
      '',
    );
    push('| condition | step start errors (Breathe, Observe, Proceed) | step time errors (Stop, Breathe, Observe, Proceed) | total | elapsedMs | notes |', '| --- | --- | --- | --- | --- | --- |');
    for (const t of timer) {
      if (t.error) {
        push(`| ${t.condition} | failed: ${t.error} | | | | |`);
        continue;
      }
      const starts = t.steps.filter((s) => s.index > 0).map((s) => ms(s.error, 0)).join(', ');
      const stepTimes = t.stepTimes.map((x) => ms(x, 0)).join(', ');
      const extra =
        t.condition === 'blocked'
          ? `${t.blocks} blocks of 200 ms`
          : t.condition === 'hidden'
            ? `visibility: ${t.visibility.map((v) => `${v.state} at ${(v.at / 1000).toFixed(1)} s`).join(', ') || 'no change'}; ${t.awayNote ? 'said "Paused while you were away"' : 'did not say it had paused'}; away ${ms(t.away, 0)}, data.pausedMs ${ms(t.pausedMs, 0)}`
            : '';
      push(`| ${t.condition} | ${starts} | ${stepTimes} | ${ms(t.totalError, 0)} | ${ms(t.accounting, 0)} | ${extra} |`);
    }
    push('');
  }

  // History.
  if (history && !history.error) {
    push('## `<tend-check-in history>`: the over-time view with 1,000 kept check-ins', '');
    push(
      `One instance per fresh page, the bundle already evaluated; ${HISTORY_ENTRIES.toLocaleString('en')} check-ins (one a day, going back from today) are put in localStorage under its \`persist\` key, ` +
        'then the clock runs from connecting the element to its first render (the history read from storage, each check-in validated, the four-week counts, the newest check-ins listed) plus style and layout. ' +
        `Median [min–max] over ${history.n} runs.`,
      '',
      '| check-ins kept | listed | counts shown | render + layout | for scale: the same element without history |',
      '| --- | --- | --- | --- | --- |',
      `| ${history.kept} | ${history.listed} | ${history.counted} | ${ms(history.median)} [${ms(history.min)}–${ms(history.max)}] | ${ms(history.form)} |`,
      '',
    );
  }

  // Memory.
  if (memory) {
    push('## Memory: JS heap after mount/unmount cycles', '');
    push(
      `Chromium launched with \`--js-flags=--expose-gc\`. After loading the bundle and 20 warm-up cycles (one-time shared state such as adopted style sheets), ` +
        `garbage is collected (CDP \`HeapProfiler.collectGarbage\`, three times) and \`Runtime.getHeapUsage\` read; then ${config.cycles} cycles of ` +
        'create → connect → await `updateComplete` → remove, collect again, read again. Growth = after − before.',
      '',
    );
    push('| subject | heap before | heap after | growth | time for the cycles |', '| --- | --- | --- | --- | --- |');
    for (const s of subjects.filter((x) => x.tag)) {
      const m = memory[s.id];
      if (!m) continue;
      if (m.error) push(`| ${s.name} | failed: ${m.error} | | | |`);
      else push(`| ${s.name} | ${kB(m.before)} | ${kB(m.after)} | ${kB(m.growth)} | ${m.seconds.toFixed(1)} s |`);
    }
    push('');
  }

  // Methods.
  if (blog) push(...blogReport(blog));

  push('## Methods', '');
  push(
    `- Date: ${date}. Machine: ${env.cpu}, ${env.memory} RAM, ${env.os}. Node ${env.node}. Browser: ${env.browser} (Debian Chromium, \`--headless=new --disable-gpu\`), viewport 1280×800.`,
    `- Load average (1/5/15 min) at the start: ${loadBefore}; at the end: ${env.load}.` +
      (Math.max(Number(loadBefore.split(' / ')[0]), os.loadavg()[0]) > os.cpus().length * 0.75
        ? ' **The machine was busy with other work during this run**, so absolute times are noisy (see the min–max spreads); the ratios, measured pair by pair in the same run, are the steadier figures.'
        : '') +
      (process.env.BENCH_NOTE ? ` ${process.env.BENCH_NOTE}` : ''),
    `- Runs: render ${config.runs} per subject and N (each in a fresh page), latency ${config.keys} keys, memory ${config.cycles} cycles, timer one ${config.timer.durations.reduce((a, b) => a + b, 0)} s run per condition.`,
    `- Versions: ${anchors.filter((a) => a.version).map((a) => `${a.pkg} ${a.version}`).join(', ')}, lit ${JSON.parse(readFileSync('node_modules/lit/package.json', 'utf8')).version}, vite ${JSON.parse(readFileSync('node_modules/vite/package.json', 'utf8')).version}.`,
    '- The pages are served from memory by a `node:http` server on 127.0.0.1 (ephemeral port, `cache-control: no-store`); Chromium resolves no other host. ' +
      `Requests to anything but localhost: ${external.size ? [...external].slice(0, 5).join(', ') : 'none'}.`,
    '- The anchor forms (`bench/anchors/`) share their form logic (`common.js`: the same labels, the feelings vocabulary of `<tend-i-statement>` in the picker, the preview and the Done check); ' +
      'each library supplies only its text fields, select, options and button. The wrapper is a plain custom element with a shadow root, like ours.',
    '- Source: `bench/run.mjs` (driver), `bench/page.js` (in-page measurements), `bench/anchors/*.js`.',
  );
  if (pageErrors.length) push(`- Errors seen in the pages: ${[...new Set(pageErrors)].slice(0, 8).join('; ')}.`);
  push(
    `- A library form whose single render measurement takes over ${config.slowMs / 1000} s (in practice at N = 1,000) is measured in the first ${config.slowRuns} runs only, so that \`npm run bench\` stays under 10 minutes on 2 cores; its ratios at that N pair those runs.` +
      (budgetCut.size ? ` The time budget also skipped some runs of: ${[...budgetCut].join(', ')} (the run count is shown beside each figure).` : ''),
  );
  for (const note of notes) push(`- ${note}`);
  push('');
  return lines.join('\n');
}

/** One line per missed target: by how much, and what holds it back (from what this run measured). */
function explain(missed, { render, timer, ratios }) {
  const out = [];
  const lit = byId.lit.size;
  const core = byId.core.size;
  const names = missed.map((t) => t.name);
  const sizeMisses = missed.filter((t) => /gzip/.test(t.goal));
  if (sizeMisses.length) {
    const widgets = subjects.filter((x) => x.ours && !x.sizeOnly && x.size);
    const share = core ? widgets.map((x) => `${x.name} ${kB(x.size.gzip)} = core + ${kB(x.size.gzip - core.gzip)}`).join(', ') : '';
    out.push(
      `Size (${sizeMisses.map((t) => `${t.name}: ${t.miss}`).join('; ')}): ` +
        (core
          ? `the shared core alone (Lit, TendElement, localisation, persistence, attribute and value validation with zod/mini, shared styles) is ${kB(core.gzip)} gzip, of which Lit alone is ${lit ? kB(lit.gzip) : '?'} and zod/mini alone ${byId.zod.size ? kB(byId.zod.size.gzip) : '?'}; every entry carries it before its own code and built-in texts (${share}; gzip sizes do not add up exactly).`
          : 'every entry carries Lit, the shared core and its built-in texts.'),
    );
  }
  const floor = render?.plain?.[100]?.filter(Number.isFinite) ?? [];
  for (const t of missed.filter((x) => /100 instances/.test(x.name))) {
    const s = subjects.find((x) => t.name.startsWith(x.name));
    out.push(
      `${t.name}: ${t.measured} (${phaseText(s.id, 100)})` +
        (floor.length ? `; for scale, the plain custom element (no library, nothing to render lazily) needs ${ms(median(floor))} for 100 I-statement forms, almost all of it the browser's own DOM, style and layout work.` : '.'),
    );
  }
  for (const t of missed.filter((x) => x.name.startsWith('2× faster'))) {
    const a = anchors.find((x) => t.name.endsWith(x.name));
    const bad = config.counts.filter((n) => (ratios[a.id]?.[n]?.median ?? 0) > 0.5);
    out.push(
      `${t.name}: misses at N = ${bad.join(', ')}. ` +
        bad.map((n) => `At N = ${n} ours: ${phaseText('i-statement', n)}; ${a.name}: ${phaseText(a.id, n)}.`).join(' ') +
        (bad.includes(1)
          ? ' With one instance, one-time work (evaluating the module, preparing the first templates and style sheets, compiling functions on their first call) is most of the time on both sides, so the per-instance advantage seen at larger N has little room to show.'
          : ''),
    );
  }
  for (const t of timer ?? []) {
    if (t.error || t.worst < 50 || !names.includes(`Timer error, ${t.condition}`)) continue;
    const accounting =
      Math.abs(t.accounting) < 50
        ? `its own accounting stays right (\`elapsedMs\` off by ${ms(t.accounting)})`
        : `the \`elapsedMs\` it reports is off by ${ms(t.accounting)} too, because the run is closed at the frame that notices the end, not at the moment it was due`;
    if (t.condition === 'hidden') {
      out.push(
        `Timer, hidden (${ms(t.worst)} worst): the run pauses when the page is hidden and goes on from Resume; a step boundary right after Resume waits for the first animation frame of a page just made visible again, which can be late; ${accounting}.`,
      );
    } else if (t.condition === 'blocked') {
      out.push(
        `Timer, blocked (${ms(t.worst)} worst): a step boundary that falls inside a 200 ms block can only be acted on once the block ends — nothing on the main thread can run meanwhile — so the events come up to the block's length late; ${accounting}. ` +
          'When an event fires cannot be fixed on the main thread; what it reports can (e.g. the due time in `tend-step`, and `elapsedMs` capped at the configured total when the last step simply ran out).',
      );
    } else {
      out.push(`Timer, alone (${ms(t.worst)} worst): steps advance once per animation frame (≈ 16.7 ms at 60 Hz); a larger error means frames were late (a busy machine); ${accounting}.`);
    }
  }
  for (const t of missed.filter((x) => /heap growth/.test(x.name))) out.push(`${t.name}: ${t.measured} — something is retained per instance (see bench/page.js \`cycles\`).`);
  return out;
}

// ——— main ———
async function main() {
  const loadBefore = os.loadavg().map((x) => x.toFixed(2)).join(' / ');
  log(`${quick ? 'quick' : 'full'} run: ${[...parts].join(', ')}; ${config.runs} runs`);
  await bundleAll();
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  const browserVersion = await browser.version();
  const out = { browserVersion, loadBefore };
  try {
    if (parts.has('render')) out.render = await renderBench(browser, origin);
    if (parts.has('latency')) out.latency = await latencyBench(browser, origin);
    if (parts.has('memory')) out.memory = await memoryBench(browser, origin);
    if (parts.has('history')) out.history = await historyBench(browser, origin);
  } finally {
    await browser.close();
  }
  if (parts.has('timer')) out.timer = await timerBench(origin);
  server.close();
  if (parts.has('blog')) out.blog = await blogBench({ runs: quick ? 1 : 2, log });
  const markdown = report(out);
  if (config.out) {
    writeFileSync(config.out, markdown);
    log(`wrote ${config.out}`);
  } else {
    console.log(markdown);
  }
  if (external.size) log(`requests outside localhost: ${[...external].join(', ')}`);
  if (pageErrors.length) log(`page errors: ${[...new Set(pageErrors)].join(' | ')}`);
  log('done');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
