/**
 * Measures, in Debian's Chromium, what a reader of an article sees while the widgets' script arrives:
 * the Cumulative Layout Shift of the page and each element's height once upgraded. Shared by the
 * reservation generator (scripts/reserve-space.mjs), the check in `npm test` and `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-flags.mjs';
import { articlePage } from './variants.mjs';

/**
 * Serves dist/: `/tend.min.js` held back `scriptDelayMs` (a CDN on a phone network), `/tend.css`
 * (or `css` given as text) at once, and `/page?html=…&css=0|1` as an article around the element.
 */
export function serveArticle({ scriptDelayMs = 0, css } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const send = (type, body) => {
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/page') {
      const delay = Number(url.searchParams.get('delay') ?? scriptDelayMs);
      const page = articlePage(url.searchParams.get('html') ?? '', { css: url.searchParams.get('css') === '1', script: `/tend.min.js?delay=${delay}` });
      return send('text/html', page);
    }
    if (url.pathname === '/tend.min.js') {
      const delay = Number(url.searchParams.get('delay') ?? scriptDelayMs);
      return setTimeout(() => send('text/javascript', readFileSync('dist/tend.min.js')), delay);
    }
    if (url.pathname === '/tend.css') return send('text/css', css ?? readFileSync('dist/tend.css'));
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

export function launchChromium() {
  return puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

const pageUrl = (origin, html, { css, delay }) =>
  `${origin}/page?${new URLSearchParams({ html, css: css ? '1' : '0', delay: String(delay) })}`;

/** Opens a page at `width` (phones: 844 px tall, desktops 800), ready to record layout shifts. */
async function open(browser, width) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: width < 600 ? 844 : 800, deviceScaleFactor: 1, isMobile: width < 600, hasTouch: width < 600 });
  await page.evaluateOnNewDocument(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return page;
}

/** Waits until every `tend-*` element of the page is defined and has rendered, then two frames. */
async function settled(page, tag) {
  await page.waitForFunction((t) => customElements.get(t) !== undefined, { timeout: 20_000 }, tag);
  await page.evaluate(async (t) => {
    await Promise.all([...document.querySelectorAll(t)].map((el) => el.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, tag);
}

/** The page's CLS for one element whose script arrives `delay` ms after first paint. */
export async function layoutShift(browser, origin, variant, width, { css, delay = 800 }) {
  const page = await open(browser, width);
  try {
    await page.goto(pageUrl(origin, variant.html, { css, delay }), { waitUntil: 'domcontentloaded' });
    await settled(page, variant.tag);
    // Layout-shift entries are reported after the frame that shifted.
    await new Promise((r) => setTimeout(r, 300));
    return await page.evaluate(() => window.__cls);
  } finally {
    await page.close();
  }
}

/** Each element's upgraded height (CSS px) and, with `css`, the height reserved before the upgrade. */
export async function heights(browser, origin, variant, width, { css = false, before: measureBefore = false } = {}) {
  const page = await open(browser, width);
  try {
    await page.goto(pageUrl(origin, variant.html, { css, delay: measureBefore ? 1500 : 0 }), { waitUntil: 'domcontentloaded' });
    const before = measureBefore ? await page.evaluate((t) => document.querySelector(t).getBoundingClientRect().height, variant.tag) : NaN;
    await settled(page, variant.tag);
    const after = await page.evaluate((t) => document.querySelector(t).getBoundingClientRect().height, variant.tag);
    return { before, after };
  } finally {
    await page.close();
  }
}
