#!/usr/bin/env node
// The server's HTML taken over in the browser: every example of stories/examples/, rendered in Node
// from dist/ (@lit-labs/ssr), is opened in Chromium at 390 and 1280 px with the built modules
// arriving 400 ms after first paint, with and without dist/tend.css, and
//  - with @lit-labs/ssr-client/lit-element-hydrate-support.js loaded first: each element hydrates the
//    server's nodes (its heading is the very node the server sent), shows one copy, moves nothing
//    (layout shift 0), and logs nothing;
//  - without it: each element replaces the server's copy (one heading, never two) and logs nothing.
// What only the browser knows (a draft, the page's language, children, today's date) coming in after
// hydration is tested in all three engines by test/ssr/hydration.test.ts.
// Configuration given as children is the exception to "moves nothing" (a server does not see children:
// a flow shows every step, a card the deck, until the browser takes over); the attribute forms render
// on the server (`steps`, `prompts`, `custom-template`, `strings`).
// Ends with "hydration: N passed, M failed". Usage: node scripts/browsers.mjs -- node test/ssr/hydrate.mjs
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-flags.mjs';
import { ROOT, captureConsole, loadExamples, loadServer } from './server.mjs';

const CACHE = join(ROOT, 'node_modules/.cache/tend-ssr');
const SCRIPT_DELAY_MS = 400;
const WIDTHS = [390, 1280];

/** The page's script as a bundler makes it: the hydrate support first (or not), then the package and its Spanish. */
async function clientBundle(hydrate) {
  mkdirSync(CACHE, { recursive: true });
  const outfile = join(CACHE, hydrate ? 'client-hydrate.js' : 'client.js');
  const lines = [hydrate && "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';", `import '${join(ROOT, 'dist/index.js')}';`, `import '${join(ROOT, 'dist/locales/es.js')}';`];
  await build({ stdin: { contents: lines.filter(Boolean).join('\n'), resolveDir: ROOT }, bundle: true, format: 'esm', outfile, logLevel: 'error', platform: 'browser' });
  return readFileSync(outfile);
}

const { result: server } = await captureConsole(loadServer);
const { result: examples } = await captureConsole(loadExamples);
const scripts = { hydrate: await clientBundle(true), plain: await clientBundle(false) };

/**
 * Configuration given as light-DOM children (a flow's steps, custom prompts, a JSON template or
 * strings): a server does not see it, so the element moves once the browser takes over (see above).
 */
const byChildren = (html) =>
  /<tend-flow\b(?![^>]*\bsteps=)/.test(html) ||
  /<script type="application\/json"/.test(html) ||
  /<tend-reflection-card\b[^>]*>(?:<template\b[^]*?<\/template>)?\s*<(li|p|ol|ul)\b/.test(html);

/** The server's HTML of each exercise's examples, as article pages: those that must not move, and child flows. */
const pages = [];
for (const widget of server.widgets) {
  const rendered = [];
  for (const example of examples[widget.exercise] ?? []) rendered.push({ name: example.name, html: await server.render(example.template) });
  for (const still of [true, false]) {
    const own = rendered.filter((example) => byChildren(example.html) !== still);
    if (own.length) pages.push({ name: `${widget.tag}${still ? '' : ' (configured by children)'}`, still, examples: own });
  }
}

function page({ examples: shown }, { css, hydrate }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${css ? '<link rel="stylesheet" href="/tend.css">' : ''}
<style>body { font: 17px/1.6 Georgia, serif; max-width: 42rem; margin: 0 auto; padding: 1rem; }</style></head>
<body><main>
${shown.map((example, i) => `<section data-example="${i}"><h3>${example.name.replace(/</g, '&lt;')}</h3>${example.html}</section>`).join('\n')}
<p>The article goes on below the exercises.</p>
</main>
<script>
  window.__cls = 0;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls += entry.value;
      window.__shifts.push(entry.sources.map((source) => (source.node ? source.node.nodeName + (source.node.id ? '#' + source.node.id : '') + ' in ' + (source.node.getRootNode().host?.localName ?? 'page') : '?') + ' ' + JSON.stringify(source.previousRect) + ' → ' + JSON.stringify(source.currentRect)).join('; '));
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // The server's nodes, before any script: hydration keeps them (a flow's own steps, in its shadow root, too). The
  // element's frame is compared: a step configured by children is sent with an h2 (the server does not see its flow)
  // and takes its flow's level (h3) once the flow answers, a new heading node in the same frame.
  const sentIn = (root) => [...root.querySelectorAll('[data-tend-ssr]')].flatMap((el) => [[el, el.shadowRoot && el.shadowRoot.querySelector('[part~="base"]')], ...(el.shadowRoot ? sentIn(el.shadowRoot) : [])]);
  window.__sent = sentIn(document.querySelector('main'));
</script>
<script type="module" src="/client.js?hydrate=${hydrate ? 1 : 0}"></script>
</body></html>`;
}

const http = createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const send = (type, body) => response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  if (url.pathname === '/favicon.ico') return response.writeHead(204).end();
  if (url.pathname === '/tend.css') return send('text/css', readFileSync(join(ROOT, 'dist/tend.css')));
  if (url.pathname === '/client.js') return setTimeout(() => send('text/javascript', url.searchParams.get('hydrate') === '1' ? scripts.hydrate : scripts.plain), SCRIPT_DELAY_MS);
  const found = pages[Number(url.searchParams.get('page'))];
  if (url.pathname === '/page' && found) return send('text/html; charset=utf-8', page(found, { css: url.searchParams.get('css') === '1', hydrate: url.searchParams.get('hydrate') === '1' }));
  response.writeHead(404).end();
});
await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${http.address().port}`;

let passed = 0;
const failures = [];
const check = (name, problems) => (problems.length ? failures.push(`✖ ${name}\n    ${problems.join('\n    ')}`) : (passed += 1));

const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
try {
  for (const [index, found] of pages.entries()) {
    for (const hydrate of [true, false]) {
      for (const css of [false, true]) {
        for (const width of WIDTHS) {
          const name = `${found.name}: ${hydrate ? 'hydrate support' : 'no hydrate support'}, ${css ? 'with' : 'without'} tend.css, ${width} px`;
          const tab = await browser.newPage();
          const logged = [];
          tab.on('console', (message) => {
            if (message.location()?.url?.endsWith('/favicon.ico')) return;
            if (['warn', 'error', 'log'].includes(message.type())) logged.push(`console.${message.type()}: ${message.text()}`);
          });
          tab.on('pageerror', (error) => logged.push(`page error: ${error.message}`));
          try {
            // Tall enough that no element waits for the reader to scroll to it (see src/core/deferred-render.ts).
            await tab.setViewport({ width, height: 12000, deviceScaleFactor: 1 });
            await tab.goto(`${origin}/page?page=${index}&css=${css ? 1 : 0}&hydrate=${hydrate ? 1 : 0}`, { waitUntil: 'load' });
            const result = await tab.evaluate(async () => {
              const sent = window.__sent;
              const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
              // A reader scrolls down the article: an element far below renders (and hydrates) as it comes near.
              await customElements.whenDefined('tend-flow');
              for (const [el] of sent) {
                el.scrollIntoView({ block: 'center' });
                await frames();
                await el.updateComplete;
              }
              for (let round = 0; round < 3; round++) {
                await Promise.all(sent.map(([el]) => el.updateComplete));
                await frames();
              }
              await new Promise((resolve) => setTimeout(resolve, 300));
              return {
                cls: window.__cls,
                shifts: window.__shifts,
                elements: sent.map(([el, base]) => ({
                  tag: el.localName,
                  updated: el.hasUpdated === true,
                  headings: el.shadowRoot.querySelectorAll('[part~="heading"]').length,
                  kept: base !== null && el.shadowRoot.querySelector('[part~="base"]') === base,
                })),
              };
            });
            const problems = [...logged];
            for (const [i, el] of result.elements.entries()) {
              const where = `<${el.tag}> #${i + 1}`;
              if (!el.updated) problems.push(`${where} never rendered`);
              if (el.headings !== 1) problems.push(`${where} shows ${el.headings} headings`);
              if (hydrate && !el.kept) problems.push(`${where} did not hydrate the server's nodes (rendered afresh)`);
            }
            if (found.still && result.cls > 0) problems.push(`layout shift ${result.cls.toFixed(4)}: ${result.shifts.join(' | ')}`);
            check(name, problems);
          } catch (error) {
            check(name, [error.message]);
          } finally {
            await tab.close();
          }
        }
      }
    }
  }
} catch (error) {
  await browser.close();
  http.close();
  throw error;
}
await browser.close();
http.close();

for (const failure of failures) console.log(failure);
console.log(`hydration: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
