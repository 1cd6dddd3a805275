#!/usr/bin/env node
// Strict CSP and zero network, end to end against the built dist/tend.min.js: a page served with
// `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'` renders every
// widget styled, completes each one (copy and downloads pressed too), and the browser records no
// CSP violation and no request beyond the page and its own script. In Chromium, and in WebKit
// (WebKitGTK's MiniBrowser through WebKitWebDriver) when TEND_BROWSERS asks for it (the default).
// Then the same page through dist/cdn/autoloader.js, with Trusted Types enforced too: each element's file and chunks,
// the safety watch a moment after them (words of danger bring the note) and the agreement's file writers at the
// first download, all from the page's own origin.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-flags.mjs';
import { startWebKitDriver, webkitCapabilities } from '../../scripts/webkit-launcher.mjs';
import { loadRegistry } from '../../scripts/registry.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
/** The autoloader's page: the same policy, and Trusted Types required for every script sink. */
const CSP_TRUSTED_TYPES = `${CSP}; require-trusted-types-for 'script'`;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

const head = (script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>strict page</title>
<script type="module" src="${script}"></script>
<script type="module" src="/test/e2e/strict-page-driver.js"></script></head>
<body>`;
const body = `
<tend-i-statement emotion="anxious" situation="you do not text back" need="a check-in"></tend-i-statement>
<tend-stop-timer durations="1 1 1 1"></tend-stop-timer>
<tend-agreement with="Alex"></tend-agreement>
<tend-reflection-card prompt="What helped today?"></tend-reflection-card>
<tend-flow heading="Before we talk"><p>One step tonight.</p><tend-i-statement emotion="calm" situation="we talk" need="time"></tend-i-statement></tend-flow>
<tend-check-in history persist="strict-page" with="Alex"></tend-check-in>
<tend-active-listening with="Sam, Alex"></tend-active-listening>
<tend-repair with="Sam"></tend-repair>
<tend-jealousy-journal history persist="strict-journal" with="Sam"></tend-jealousy-journal>
`;
// Every element of the registry is on the page: one without an example above is there as it is.
const missing = (await loadRegistry()).filter((widget) => !body.includes(`<${widget.tag}`));
const elements = `${body}${missing.map((widget) => `<${widget.tag}></${widget.tag}>`).join('\n')}`;
const page = `${head('/dist/tend.min.js')}${elements}
</body></html>`;
// A second reflection card, where the driver types words of danger once the others are done.
const autoloaderPage = `${head('/dist/cdn/autoloader.js')}${elements}
<tend-reflection-card data-danger prompt="Anything else?"></tend-reflection-card>
</body></html>`;

/** Paths the server was asked for (WebKit: WebDriver classic cannot watch the page's requests). */
const served = [];
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  served.push(url.pathname);
  response.setHeader('Content-Security-Policy', url.pathname === '/autoloader' ? CSP_TRUSTED_TYPES : CSP);
  if (url.pathname === '/' || url.pathname === '/autoloader') {
    response.writeHead(200, { 'Content-Type': 'text/html' }).end(url.pathname === '/' ? page : autoloaderPage);
    return;
  }
  const file = normalize(join(process.cwd(), url.pathname));
  if (!file.startsWith(process.cwd()) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const wanted = (process.env.TEND_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? '✓' : '✖'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
}

/** The page's result and every URL it requested, in Chromium (puppeteer sees each request). */
async function inChromium(path = '/') {
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage();
    const requests = [];
    tab.on('request', (request) => requests.push(request.url()));
    const client = await tab.createCDPSession();
    await client.send('Browser.setDownloadBehavior', { behavior: 'deny' }).catch(() => {});
    await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
    const result = await tab.waitForFunction(() => window.__strictResult, { timeout: 60000 }).then((handle) => handle.jsonValue());
    return { result, requests };
  } finally {
    await browser.close();
  }
}

/**
 * The same in WebKit, over plain WebDriver classic: the requests are what this server was asked
 * for plus every resource the page's Resource Timing saw (a request elsewhere would show there).
 */
async function inWebKit(path = '/') {
  const { port, driver } = await startWebKitDriver();
  const endpoint = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const response = await fetch(`${endpoint}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.message ?? response.status}`);
    return json.value;
  };
  let session;
  try {
    session = (await call('POST', '/session', { capabilities: { alwaysMatch: webkitCapabilities() } })).sessionId;
    served.length = 0;
    await call('POST', `/session/${session}/url`, { url: `${origin}${path}` });
    const deadline = Date.now() + 60000;
    let result = null;
    while (!result && Date.now() < deadline) {
      result = await call('POST', `/session/${session}/execute/sync`, { script: 'return window.__strictResult ?? null', args: [] });
      if (!result) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (!result) throw new Error('WebKit: the strict page did not finish within 60 s');
    const seen = await call('POST', `/session/${session}/execute/sync`, {
      script: "return performance.getEntriesByType('resource').map((entry) => entry.name)",
      args: [],
    });
    return { result, requests: [...served.map((path) => `${origin}${path}`), ...seen] };
  } finally {
    if (session) await call('DELETE', `/session/${session}`).catch(() => {});
    driver.kill();
  }
}

function checkRun(engine, { result, requests }, autoloader = false) {
  check(`${engine}: no securitypolicyviolation event`, result.violations.length === 0, result.violations.join('; '));
  for (const widget of result.widgets) {
    check(`${engine}: ${widget.tag} renders styled under strict CSP`, widget.styled, 'no adopted styles applied');
    check(`${engine}: ${widget.tag} completes`, widget.completed, widget.error);
  }
  const pressedNames = result.pressed.join(', ');
  check(
    `${engine}: copy and download buttons were pressed`,
    ['Copy the sentence', 'Copy as text', 'Download Markdown', 'Download calendar', 'Copy answers', 'Copy everything', 'Download as CSV'].every((name) => pressedNames.includes(name)),
    pressedNames,
  );
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
  const own = requests.filter((url) => url.startsWith(`${origin}/`)).map((url) => new URL(url).pathname);
  // /favicon.ico is the browser's own request for the tab icon, made for every page.
  const expected = new Set(['/', '/dist/tend.min.js', '/test/e2e/strict-page-driver.js', '/favicon.ico']);
  check(`${engine}: no request leaves the page`, foreign.length === 0, foreign.join(', '));
  if (!autoloader) {
    check(`${engine}: no request beyond the page and its scripts`, own.every((path) => expected.has(path)), own.join(', '));
    return;
  }
  // The autoloader's page: its own scripts from dist/cdn/, the watch and the agreement's writers among them.
  const mine = (path) => path === '/autoloader' || path === '/favicon.ico' || path === '/test/e2e/strict-page-driver.js' || path.startsWith('/dist/cdn/');
  check(`${engine}: no request beyond the page and dist/cdn/`, own.every(mine), own.join(', '));
  check(`${engine}: the safety watch came as a chunk of dist/cdn/`, own.some((path) => /^\/dist\/cdn\/chunks\/watch-/.test(path)), own.join(', '));
  check(`${engine}: the agreement's file writers came at the first download`, own.some((path) => /^\/dist\/cdn\/chunks\/files-/.test(path)), own.join(', '));
  check(`${engine}: the agreement said its files were downloaded`, result.said.some((said) => said.startsWith('tend-agreement: Downloaded')), result.said.join('; '));
  check(`${engine}: words of danger brought the support note`, result.note === true, String(result.note));
}

try {
  checkRun('Chromium', await inChromium());
  checkRun('Chromium (autoloader, Trusted Types)', await inChromium('/autoloader'), true);
  if (wanted.includes('webkit')) {
    checkRun('WebKit', await inWebKit());
    checkRun('WebKit (autoloader, Trusted Types)', await inWebKit('/autoloader'), true);
  }
} finally {
  server.close();
}
console.log(`strict page: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
