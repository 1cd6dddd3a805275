/**
 * What a blogger's readers feel (`npm run bench`, part `blog`): layout shift per element and width
 * with and without dist/tend.css, the JavaScript a page with one element and with all of them
 * downloads, and Lighthouse (mobile, simulated throttling) on the demo article with and without the
 * widgets. Needs `npm run build` first; Lighthouse 12.2.3 runs through npx (it supports Node 20).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium-flags.mjs';
import { launchChromium, layoutShift, serveArticle } from '../scripts/layout/measure.mjs';
import { checkWidths, variants } from '../scripts/layout/variants.mjs';

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** Layout shift of every form at both widths, without and with the stylesheet. */
async function layoutShifts() {
  const { server, origin } = await serveArticle();
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const variant of variants) {
      const row = { html: variant.html.replace(/><\/.*$/, '>') };
      for (const width of checkWidths) {
        row[`${width}`] = await layoutShift(browser, origin, variant, width, { css: false });
        row[`${width}css`] = await layoutShift(browser, origin, variant, width, { css: true });
      }
      rows.push(row);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

/** The modules dist/cdn/autoloader.js fetches for `tags` (static imports followed), gzip bytes. */
function autoloaderBytes(tags) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join('dist/cdn', file), 'utf8');
    for (const [, spec] of code.matchAll(/(?:import|from)\s*["'`]\.\/([^"'`]+)["'`]/g)) visit(join(file, '..', spec));
  };
  visit('autoloader.js');
  for (const tag of tags) visit(`${tag.replace(/^tend-/, '')}.js`);
  return [...seen].reduce((sum, file) => sum + gzip(join('dist/cdn', file)), 0);
}

function downloads() {
  const tags = [...new Set(variants.map((v) => v.tag))];
  const rows = tags.map((tag) => ({ page: `one \`<${tag}>\``, autoloader: autoloaderBytes([tag]), standalone: gzip('dist/tend.min.js') }));
  rows.push({ page: 'all of them', autoloader: autoloaderBytes(tags), standalone: gzip('dist/tend.min.js') });
  return rows;
}

/** The two embeds a blogger can paste: the one-file bundle, or the autoloader (each element's file and chunks as needed). */
const EMBEDS = {
  with: '<link rel="stylesheet" href="/tend.css"><script type="module" src="/tend.min.js"></script>',
  autoloader: '<link rel="stylesheet" href="/tend.css"><script type="module" src="/cdn/autoloader.js"></script>',
};
/** The pages Lighthouse loads: the article alone, and with each embed. */
const PAGES = ['without', ...Object.keys(EMBEDS)];
const PAGE_NAMES = { without: 'without widgets', with: 'with widgets, `dist/tend.min.js`', autoloader: 'with widgets, `dist/cdn/autoloader.js`' };

/** The demo article as published: with an embed's script and stylesheet, or with neither and no widgets. */
function blogHtml(page) {
  let html = readFileSync('demo/blog.html', 'utf8').replace(/<nav>[^]*?<\/nav>/, '');
  html = html.replace('<script type="module" src="./widgets.ts"></script>', EMBEDS[page] ?? '');
  if (!EMBEDS[page]) html = html.replace(/<(tend-[a-z-]+)[^>]*>[^]*?<\/\1>/g, '');
  return html;
}

/** Every file under dist/cdn/, served at /cdn/. */
function cdnFiles(dir = 'dist/cdn', at = '/cdn') {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? Object.entries(cdnFiles(join(dir, entry.name), `${at}/${entry.name}`)) : entry.name.endsWith('.js') ? [[`${at}/${entry.name}`, ['text/javascript', readFileSync(join(dir, entry.name))]]] : [],
    ),
  );
}

async function lighthouse(runs) {
  const files = {
    ...Object.fromEntries(PAGES.map((page) => [`/${page}.html`, ['text/html', blogHtml(page)]])),
    ...cdnFiles(),
    '/demo.css': ['text/css', readFileSync('demo/demo.css')],
    '/tend.css': ['text/css', readFileSync('dist/tend.css')],
    '/tend.min.js': ['text/javascript', readFileSync('dist/tend.min.js')],
  };
  const server = createServer((req, res) => {
    const found = files[new URL(req.url, 'http://x').pathname];
    if (!found) return res.writeHead(404).end();
    const body = gzipSync(found[1]);
    res.writeHead(200, { 'content-type': `${found[0]}; charset=utf-8`, 'content-encoding': 'gzip', 'cache-control': 'max-age=3600' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const dir = mkdtempSync(join(tmpdir(), 'tend-lh-'));
  const results = {};
  try {
    for (const page of PAGES) {
      results[page] = [];
      for (let run = 0; run < runs; run++) {
        const out = join(dir, `${page}-${run}.json`);
        // Asynchronously: this process serves the pages Lighthouse loads.
        await promisify(execFile)(
          'npx',
          ['--yes', 'lighthouse@12.2.3', `${origin}/${page}.html`, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${out}`, `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`],
          { env: { ...process.env, CHROME_PATH: chromiumPath() }, timeout: 180_000, maxBuffer: 64 * 2 ** 20 },
        );
        const lhr = JSON.parse(readFileSync(out, 'utf8'));
        results[page].push({
          score: Math.round(lhr.categories.performance.score * 100),
          lcp: lhr.audits['largest-contentful-paint'].numericValue,
          tbt: lhr.audits['total-blocking-time'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
        });
      }
    }
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

export async function blogBench({ runs = 2, log = console.log } = {}) {
  if (!readdirSync('dist').includes('tend.css')) throw new Error('run `npm run build` first');
  const shifts = await layoutShifts();
  log('blog: layout shift measured');
  const bytes = downloads();
  let lh;
  try {
    lh = await lighthouse(runs);
    log('blog: lighthouse measured');
  } catch (error) {
    lh = { error: String(error.message ?? error).split('\n')[0] };
    log(`blog: lighthouse failed: ${lh.error}`);
  }
  return { shifts, bytes, lighthouse: lh };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Targets rows: [name, goal, measured, met]. */
export function blogTargets({ shifts, bytes, lighthouse: lh }) {
  const rows = [];
  const worst = Math.max(...shifts.flatMap((r) => checkWidths.map((w) => r[`${w}css`])));
  rows.push(['Layout shift with dist/tend.css, every element at 390 and 1280 px', 'CLS ≤ 0.1', worst.toFixed(3), worst <= 0.1]);
  const one = Math.max(...bytes.filter((r) => r.page.startsWith('one')).map((r) => r.autoloader));
  rows.push(['JavaScript a page with one element downloads (dist/cdn/autoloader.js)', '≤ 30 kB gzip', kB(one), one <= 30 * 1024]);
  if (lh.error) return [...rows, ['Lighthouse', 'mobile', `not measured (${lh.error})`, null]];
  const m = (page, key) => median(lh[page].map((r) => r[key]));
  for (const page of Object.keys(EMBEDS)) {
    const embed = page === 'with' ? 'dist/tend.min.js' : 'dist/cdn/autoloader.js';
    rows.push([`Lighthouse mobile Performance, article with the widgets (${embed})`, '100', String(m(page, 'score')), m(page, 'score') >= 100]);
    const tbt = m(page, 'tbt') - m('without', 'tbt');
    rows.push([`Total Blocking Time added by the widgets (${embed})`, '≤ 50 ms', `${tbt.toFixed(0)} ms`, tbt <= 50]);
    const lcp = m(page, 'lcp') - m('without', 'lcp');
    rows.push([`Largest Contentful Paint added by the widgets (${embed})`, '≤ 0.2 s', `${lcp.toFixed(0)} ms`, lcp <= 200]);
  }
  return rows;
}

/** The report's section, as Markdown lines. */
export function blogReport({ shifts, bytes, lighthouse: lh }) {
  const out = ['## A blogger\'s page: layout shift, bytes, Lighthouse', ''];
  out.push(
    'Layout shift: an article (Georgia 16 px, line-height 1.6, a 42rem column) with one element after the first paragraph; `dist/tend.min.js` arrives 800 ms after first paint, ' +
      'as from a CDN on a phone network. CLS summed from `layout-shift` entries until the element has rendered. Phones 390 × 844, desktops 1280 × 800.',
    '',
    '| element | 390 px, script only | 390 px, with tend.css | 1280 px, script only | 1280 px, with tend.css |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const r of shifts) out.push(`| \`${r.html}\` | ${r['390'].toFixed(3)} | ${r['390css'].toFixed(3)} | ${r['1280'].toFixed(3)} | ${r['1280css'].toFixed(3)} |`);
  out.push('', 'JavaScript downloaded (gzip), with the autoloader (`dist/cdn/autoloader.js`, shared chunks) or the one-file bundle:', '', '| page | autoloader | dist/tend.min.js |', '| --- | --- | --- |');
  for (const r of bytes) out.push(`| ${r.page} | ${kB(r.autoloader)} | ${kB(r.standalone)} |`);
  out.push('');
  if (lh.error) {
    out.push(`Lighthouse: not measured (${lh.error}).`, '');
    return out;
  }
  out.push(
    'Lighthouse 12.2.3, mobile, simulated throttling, performance only, on the demo article served gzip from localhost, without the widgets and with them by each embed (`dist/tend.css` with `dist/tend.min.js`, or with `dist/cdn/autoloader.js`):',
    '',
    '| page | run | Performance | LCP | TBT | CLS |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const page of PAGES) {
    lh[page].forEach((r, i) => out.push(`| ${PAGE_NAMES[page]} | ${i + 1} | ${r.score} | ${(r.lcp / 1000).toFixed(2)} s | ${r.tbt.toFixed(0)} ms | ${r.cls.toFixed(3)} |`));
  }
  const m = (page, key) => median(lh[page].map((r) => r[key]));
  const added = (page, key) => m(page, key) - m('without', key);
  const paint = (page) => `${added(page, 'lcp') >= 0 ? '+' : ''}${added(page, 'lcp').toFixed(0)} ms`;
  const blocking = (page) => `+${added(page, 'tbt').toFixed(0)} ms`;
  out.push(
    '',
    'Where the time goes (medians):',
    `- Paint: ${paint('with')} with the one file, ${paint('autoloader')} with the autoloader. Without the widgets the largest paint is the article's own text; ` +
      'the widgets reserve their space (`tend.css`), so they do not push it. When the largest paint comes later with them, it is a widget\'s own content, which paints only ' +
      'once its script has run: the one file is evaluated whole before any element renders, the autoloader brings one element at a time. (Lighthouse 12.2.3 cannot name ' +
      'the element on Chromium 156: its TraceElements gatherer fails.)',
    `- Blocking time: ${blocking('with')} with the one file, ${blocking('autoloader')} with the autoloader: script evaluation on Lighthouse's 4× slowed CPU. The one file ` +
      "evaluates all nine elements and the safety watch with both languages' tables in one task. The autoloader evaluates the core and the elements on the page, each as it " +
      'comes near the screen; the watch and the grammar come after, in tasks of their own. A blog should use the autoloader.',
  );
  out.push('');
  return out;
}
