#!/usr/bin/env node
// Strict CSP and zero network, end to end against the built dist/tend.min.js: a page served with
// `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'` renders every
// widget styled, completes each one (copy and downloads pressed too), and the browser records no
// CSP violation and no request beyond the page and its own script.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-flags.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>strict page</title>
<script type="module" src="/dist/tend.min.js"></script>
<script type="module" src="/test/e2e/strict-page-driver.js"></script></head>
<body>
<tend-i-statement emotion="anxious" situation="you do not text back" need="a check-in"></tend-i-statement>
<tend-stop-timer durations="1 1 1 1"></tend-stop-timer>
<tend-agreement with="Alex"></tend-agreement>
<tend-reflection-card prompt="What helped today?"></tend-reflection-card>
<tend-flow heading="Before we talk"><p>One step tonight.</p><tend-i-statement emotion="calm" situation="we talk" need="time"></tend-i-statement></tend-flow>
</body></html>`;

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  response.setHeader('Content-Security-Policy', CSP);
  if (url.pathname === '/') {
    response.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
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

const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? '✓' : '✖'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
}
try {
  const tab = await browser.newPage();
  const requests = [];
  tab.on('request', (request) => requests.push(request.url()));
  const client = await tab.createCDPSession();
  await client.send('Browser.setDownloadBehavior', { behavior: 'deny' }).catch(() => {});
  await tab.goto(`${origin}/`, { waitUntil: 'load' });
  const result = await tab.waitForFunction(() => window.__strictResult, { timeout: 60000 }).then((handle) => handle.jsonValue());
  check('no securitypolicyviolation event', result.violations.length === 0, result.violations.join('; '));
  for (const widget of result.widgets) {
    check(`${widget.tag} renders styled under strict CSP`, widget.styled, 'no adopted styles applied');
    check(`${widget.tag} completes`, widget.completed, widget.error);
  }
  const pressedNames = result.pressed.join(', ');
  check('copy and download buttons were pressed', ['Copy the sentence', 'Copy as text', 'Download Markdown', 'Download calendar', 'Copy answers', 'Copy everything'].every((name) => pressedNames.includes(name)), pressedNames);
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
  const own = requests.filter((url) => url.startsWith(`${origin}/`)).map((url) => new URL(url).pathname);
  // /favicon.ico is the browser's own request for the tab icon, made for every page.
  const expected = new Set(['/', '/dist/tend.min.js', '/test/e2e/strict-page-driver.js', '/favicon.ico']);
  check('no request leaves the page', foreign.length === 0, foreign.join(', '));
  check('no request beyond the page and its scripts', own.every((path) => expected.has(path)), own.join(', '));
} finally {
  await browser.close();
  server.close();
}
console.log(`strict page: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
