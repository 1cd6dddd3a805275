// Opens a server-rendered fixture page (Eleventy with @lit-labs/eleventy-plugin-lit, Next.js with
// @lit-labs/nextjs) in Chromium as a reader would: first with JavaScript off (the exercises are there,
// from the server's declarative shadow DOM: heading, fields, Done), then with it on, the scripts held
// until the server's nodes are noted, to see each element hydrate them once (the same heading node, one
// heading, one Done) without moving anything (layout shift 0, no tend.css on the page) or logging.
// Typing an exercise to completion, with the host receiving its events, is drive.mjs's.

/** What the page shows of each element, read in the page (with or without its scripts). */
function readElements(tags) {
  const visible = (node) => {
    const box = node?.getBoundingClientRect();
    return Boolean(box && box.width > 0 && box.height > 0);
  };
  return tags.map((tag) => {
    const el = document.querySelector(tag);
    const root = el?.shadowRoot;
    const heading = root?.querySelector('[part~="heading"]');
    const buttons = [...(root?.querySelectorAll('button') ?? [])].filter(visible).map((button) => button.textContent.trim());
    return {
      tag,
      found: Boolean(el),
      rendered: Boolean(root),
      heading: heading?.textContent.trim() ?? '',
      headingShown: visible(heading),
      headings: root?.querySelectorAll('[part~="heading"]').length ?? 0,
      fields: [...(root?.querySelectorAll('input, textarea, select') ?? [])].filter(visible).length,
      buttons,
    };
  });
}

/**
 * `expect`: for each tag, `{ done: true }` when it shows Done from the start, `{ fields: true }` when it
 * has fields of its own, `{ heading: '…' }` for a heading to check (a language, a page's own title).
 * Returns [name, ok, detail] for each thing checked.
 */
export async function driveServerRendered(browser, { url, expect, width = 390 }) {
  const tags = Object.keys(expect);
  const results = [];

  // JavaScript off: what the server sent is the exercise.
  const off = await browser.createBrowserContext();
  try {
    const page = await off.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width, height: 844 });
    await page.goto(url, { waitUntil: 'load' });
    const shown = await page.evaluate(readElements, tags);
    const problems = [];
    for (const el of shown) {
      const want = expect[el.tag];
      if (!el.rendered) problems.push(`<${el.tag}> has no shadow root from the server`);
      else {
        if (!el.heading || !el.headingShown) problems.push(`<${el.tag}> shows no heading`);
        if (want.heading && el.heading !== want.heading) problems.push(`<${el.tag}> heading "${el.heading}", expected "${want.heading}"`);
        if (want.fields && el.fields === 0) problems.push(`<${el.tag}> shows no field`);
        if (want.done && !el.buttons.some((name) => name.startsWith('Done'))) problems.push(`<${el.tag}> shows no Done (buttons: ${el.buttons.join(', ')})`);
        if (!el.buttons.length) problems.push(`<${el.tag}> shows no button`);
      }
    }
    results.push([`JavaScript off: ${tags.length} exercises visible from the server's HTML (heading, fields, Done)`, problems.length === 0, problems.join('; ')]);
  } catch (error) {
    results.push(['JavaScript off: the page opens', false, error.message]);
  } finally {
    await off.close();
  }

  // JavaScript on: the server's nodes noted before any script of the page runs, then the scripts let through.
  const on = await browser.createBrowserContext();
  try {
    const page = await on.newPage();
    await page.setViewport({ width, height: 844 });
    const logged = [];
    page.on('console', (message) => {
      if (message.location()?.url?.endsWith('/favicon.ico')) return;
      if (['error', 'warn'].includes(message.type())) logged.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => logged.push(`page error: ${error.message}`));
    await page.evaluateOnNewDocument(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const held = [];
    let released = false;
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!released && request.resourceType() === 'script') held.push(request);
      else void request.continue();
    });
    const loaded = page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction((names) => names.every((tag) => document.querySelector(tag)?.shadowRoot) && document.readyState !== 'loading', { polling: 50, timeout: 30_000 }, tags);
    await page.evaluate((names) => {
      window.__sent = names.map((tag) => document.querySelector(tag).shadowRoot.querySelector('[part~="heading"]'));
    }, tags);
    released = true;
    for (const request of held.splice(0)) void request.continue();
    await loaded;
    await page.waitForFunction((names) => names.every((tag) => customElements.get(tag)), { timeout: 20_000 }, tags);
    const after = await page.evaluate(async (names) => {
      const elements = names.map((tag) => document.querySelector(tag));
      for (let round = 0; round < 4; round++) {
        await Promise.all(elements.map((el) => el.updateComplete));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { cls: window.__cls, kept: elements.map((el, i) => el.shadowRoot.querySelector('[part~="heading"]') === window.__sent[i]) };
    }, tags);
    const now = await page.evaluate(readElements, tags);
    const problems = [];
    now.forEach((el, i) => {
      if (!after.kept[i]) problems.push(`<${el.tag}> did not hydrate the server's nodes`);
      if (el.headings !== 1) problems.push(`<${el.tag}> shows ${el.headings} headings`);
      const dones = el.buttons.filter((name) => name.startsWith('Done')).length;
      if (expect[el.tag].done && dones !== 1) problems.push(`<${el.tag}> shows ${dones} Done buttons`);
    });
    results.push([`JavaScript on: each exercise hydrates the server's nodes once (one heading, one Done)`, problems.length === 0, problems.join('; ')]);
    results.push([`JavaScript on: nothing moves (layout shift ${after.cls.toFixed(3)} at ${width} px, no tend.css)`, after.cls === 0, '']);
    results.push(['JavaScript on: no error or warning in the console while hydrating', logged.length === 0, logged.join(' | ')]);
  } catch (error) {
    results.push(['JavaScript on: the page hydrates', false, error.message]);
  } finally {
    await on.close();
  }
  return results;
}
