// A visitor in Chromium: opens a post in a fresh incognito context, records every request and the
// exercise events the page hears, and completes an exercise with the keyboard and pointer.

/** Installed before any page script: the page's own listeners for the exercises' events, and a trap for injected handlers. */
function listen() {
  window.__tendEvents = [];
  for (const type of ['tend-change', 'tend-complete', 'tend-step']) {
    document.addEventListener(type, (event) => window.__tendEvents.push({ type, exercise: event.detail?.exercise, detail: JSON.parse(JSON.stringify(event.detail ?? null)) }));
  }
  let pwned;
  Object.defineProperty(window, '__pwned', { configurable: true, get: () => pwned, set: (value) => { pwned = value; } });
}

export async function visit(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  await page.evaluateOnNewDocument(listen);
  const response = await page.goto(url, { waitUntil: 'load' });
  const html = await response.text();
  return { context, page, requests, errors, html, close: () => context.close() };
}

/** Waits until the element is defined and has rendered its shadow DOM. */
export async function rendered(page, tag) {
  await page.waitForFunction(
    (name) => {
      const element = document.querySelector(name);
      return Boolean(customElements.get(name) && element?.shadowRoot?.querySelector('button'));
    },
    { timeout: 20000 },
    tag,
  );
}

/** Presses (with the pointer) the element's first button whose name starts with `prefix`. */
async function press(page, tag, prefix) {
  const button = await page.evaluateHandle(
    (name, start) => [...(document.querySelector(name)?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim().startsWith(start) && !b.hidden),
    tag,
    prefix,
  );
  const element = button.asElement();
  if (!element) throw new Error(`${tag} has no button "${prefix}…"`);
  await element.click();
}

/** Focuses a field in the element's shadow root (by id) and types into it. */
async function typeInto(page, tag, id, text) {
  const field = await page.evaluateHandle((name, fieldId) => document.querySelector(name)?.shadowRoot?.getElementById(fieldId), tag, id);
  const element = field.asElement();
  if (!element) throw new Error(`${tag} has no field #${id}`);
  await element.click();
  await page.keyboard.type(text);
}

/** Completes the exercise as a person would; resolves with the tend-complete event the page heard, or null. */
export async function complete(page, tag, start = 'Start') {
  if (tag === 'tend-i-statement') {
    const empty = await page.evaluate((name) => {
      const root = document.querySelector(name).shadowRoot;
      return ['emotion', 'situation', 'need'].filter((id) => !root.getElementById(id)?.value);
    }, tag);
    for (const id of empty) {
      await typeInto(page, tag, id, { emotion: 'anxious', situation: 'plans change at the last minute', need: 'a text when plans change' }[id]);
      await page.keyboard.press('Escape');
    }
    await press(page, tag, 'Done');
  } else if (tag === 'tend-stop-timer') {
    await press(page, tag, start);
  } else if (tag === 'tend-agreement') {
    await typeInto(page, tag, 'add-0', 'Sunday walks together');
    await page.keyboard.press('Enter');
    await press(page, tag, 'Done');
  } else if (tag === 'tend-reflection-card') {
    await typeInto(page, tag, 'answer', 'A long walk.');
    await press(page, tag, 'Done');
  } else if (tag === 'tend-check-in') {
    // A feeling is all a check-in needs.
    await page.evaluate((name) => document.querySelector(name).shadowRoot.querySelector('[part~="feeling"]').click(), tag);
    await press(page, tag, 'Done');
  } else if (tag === 'tend-active-listening') {
    // One round as a pair does it: said, passed on, heard, checked ("That's it"), a validation, Done.
    await typeInto(page, tag, 'said', 'I felt alone at dinner.');
    await press(page, tag, 'Pass to');
    await typeInto(page, tag, 'heard', 'You felt alone at dinner.');
    await press(page, tag, 'Check with');
    await press(page, tag, "That's it");
    await typeInto(page, tag, 'validation', 'It makes sense that you felt alone.');
    await press(page, tag, 'Done');
  } else if (tag === 'tend-repair') {
    // The four steps Done asks for, as a phone types them.
    const steps = { part: 'I was on my phone all through dinner', impact: 'You felt alone', apology: 'Im sorry for ignoring you', plan: 'leave my phone in the other room' };
    for (const [id, words] of Object.entries(steps)) await typeInto(page, tag, id, words);
    await press(page, tag, 'Done');
  } else {
    throw new Error(`no driver for ${tag}`);
  }
  const exercise = tag.replace(/^tend-/, '');
  const heard = await page
    .waitForFunction((id) => window.__tendEvents.find((event) => event.type === 'tend-complete' && event.exercise === id), { timeout: 20000 }, exercise)
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  return heard;
}
