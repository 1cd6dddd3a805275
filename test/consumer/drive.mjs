// Opens a fixture app's page in Chromium and uses it as a person would: types an I-statement
// into <tend-i-statement>, presses Done, and reads what the host's own code received.
const FIELDS = [
  ['emotion', 'anxious'],
  ['situation', 'plans change at the last minute'],
  ['need', 'a heads-up'],
];
const SENTENCE = 'I feel anxious when plans change at the last minute. I need a heads-up.';

/** Returns [name, ok, detail] for each thing checked on the page. */
export async function driveIStatement(browser, { url, defines, undefined: absent = [], strictConsole }) {
  const results = [];
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.location()?.url?.endsWith('/favicon.ico')) return;
    if (message.type() === 'error' || (strictConsole && message.type() === 'warn')) errors.push(`console.${message.type()}: ${message.text()}`);
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    const defined = await page
      .waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), { timeout: 15_000 }, defines)
      .then(() => true, () => false);
    const missing = await page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), defines);
    results.push([`defines ${defines.join(', ')}`, defined, missing.length ? `not defined: ${missing.join(', ')}` : '']);
    if (absent.length) {
      const stray = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), absent);
      results.push([`does not define ${absent.join(', ')}`, stray.length === 0, stray.join(', ')]);
    }
    if (!defined) return results;

    await page.waitForFunction(() => document.querySelector('tend-i-statement')?.shadowRoot?.querySelector('#situation'), { timeout: 10_000 });
    for (const [id, text] of FIELDS) {
      await page.focus(`tend-i-statement >>> #${id}`);
      await page.keyboard.type(text);
      await page.keyboard.press('Escape');
    }
    const done = await page.evaluateHandle(() =>
      [...document.querySelector('tend-i-statement').shadowRoot.querySelectorAll('button')].find((button) => button.textContent.trim().startsWith('Done')),
    );
    await done.asElement().click();
    const completed = await page
      .waitForFunction(() => window.hostEvents?.some((event) => event.type === 'tend-complete'), { timeout: 10_000 })
      .then(() => true, () => false);
    const events = await page.evaluate(() => window.hostEvents ?? []);
    const complete = events.find((event) => event.type === 'tend-complete');
    results.push(['typing and pressing Done completes the exercise: the host receives tend-complete with the sentence', completed && complete?.text === SENTENCE, complete ? complete.text : 'no tend-complete reached the host']);
    results.push(['the host receives tend-change while the person types', events.some((event) => event.type === 'tend-change' && event.exercise === 'i-statement')]);
    // A framework re-renders the host's UI after the event, not within it: wait for that render.
    const shown = await page
      .waitForFunction(() => document.querySelector('#host-log')?.textContent.includes('tend-complete: i-statement'), { timeout: 5_000 })
      .then(() => true, () => false);
    const log = await page.$eval('#host-log', (output) => output.textContent);
    results.push(["the host's own UI shows the completion", shown, log]);
    if (complete?.verb !== undefined) results.push(['tend-widgets/xapi turns it into an xAPI statement', /^http:\/\/adlnet\.gov\/expapi\/verbs\/\w+$/.test(complete.verb), complete.verb]);
  } catch (error) {
    results.push(['the page can be used', false, error.message]);
  } finally {
    results.push([strictConsole ? 'no error or warning in the console (no hydration or React error)' : 'no error in the console', errors.length === 0, errors.join(' | ')]);
    await context.close();
  }
  return results;
}
