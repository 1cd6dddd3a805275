// The block editor as the Author: the block loads with no console error, its sidebar sets the
/* global wp */
// exercise, heading and settings (checked by the element's own checkAttribute), the canvas shows
// the real element (also when the canvas is an iframe), and the post saved through the editor's
// own REST save renders for a visitor.
import { H } from './hostile.mjs';
import { checkVisit, login } from './site-checks.mjs';

/** The preview element in the canvas: the editor's own document, or its iframe (device previews, later versions). */
function findPreview(tag) {
  const iframe = document.querySelector('iframe[name="editor-canvas"]');
  const docs = [document, iframe?.contentDocument].filter(Boolean);
  for (const doc of docs) {
    const element = doc.querySelector(`.wp-block-tend-widgets-exercise ${tag}, .tend-widgets-preview ${tag}`);
    if (element) return { element, inIframe: doc !== document };
  }
  return null;
}

/** The sidebar control whose label is `text`, by its id. */
function controlId(text) {
  const label = [...document.querySelectorAll('.block-editor-block-inspector label')].find((node) => node.textContent.trim() === text);
  return label ? label.getAttribute('for') : null;
}

const blockSettings = () => {
  const block = wp.data.select('core/block-editor').getSelectedBlock();
  return block ? block.attributes : null;
};

export async function checkEditor({ site, browser, author, check }) {
  const { context, page } = await login(browser, site, author);
  const errors = [];
  const requests = [];
  const failures = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location()?.url ?? ''})`);
  });
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => failures.push(`failed ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  try {
    await page.goto(`${site.origin}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('tend-widgets/exercise') && wp.data.select('core/editor').getCurrentPostId(), { timeout: 90000 });
    check('editor: the block is registered in the block editor', true);
    await page.evaluate(`window.__find = ${findPreview}; window.__settings = ${blockSettings};`);
    await page.evaluate(() => {
      if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('core/paragraph', { content: 'Try this:' }));
    });
    // As an author does it: the inserter (+), a search for "Tend", the block's entry.
    await page.click('.edit-post-header-toolbar__inserter-toggle');
    const search = await page.waitForSelector('.block-editor-inserter__search input', { timeout: 20000 });
    await search.type('Tend');
    const item = await page.waitForFunction(
      () => [...document.querySelectorAll('.block-editor-block-types-list__item')].find((button) => button.textContent.trim() === 'Tend exercise'),
      { timeout: 20000 },
    ).catch(() => null);
    check('editor: searching the inserter for "Tend" finds the Tend exercise block', Boolean(item));
    if (item) await item.asElement().click();
    await page.evaluate(() => {
      const block = wp.data.select('core/block-editor').getBlocks().find((b) => b.name === 'tend-widgets/exercise');
      if (block) wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      wp.data.dispatch('core/edit-post').setIsInserterOpened(false);
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    const shown = await page
      .waitForFunction(
        () => {
          const found = window.__find('tend-i-statement');
          return found?.element.shadowRoot?.querySelector('#emotion') ? { inIframe: found.inIframe } : null;
        },
        { timeout: 20000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    check('editor: inserting the block shows the real element as its preview', Boolean(shown));

    // Typing in the preview stays in the preview: Backspace and arrows do not remove or leave the block.
    const field = (await page.evaluateHandle(() => window.__find('tend-i-statement')?.element.shadowRoot.getElementById('emotion'))).asElement();
    let typed = null;
    if (field) {
      await field.click();
      await page.keyboard.type('calm');
      const value = await field.evaluate((input) => input.value);
      for (const key of ['Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'ArrowUp', 'ArrowUp']) await page.keyboard.press(key);
      typed = await page.evaluate(
        (before) => ({ before, after: window.__find('tend-i-statement')?.element.shadowRoot.getElementById('emotion').value, blocks: wp.data.select('core/block-editor').getBlocks().map((b) => b.name), selected: wp.data.select('core/block-editor').getSelectedBlock()?.name }),
        value,
      );
    }
    check(
      'editor: the preview can be tried: keys go to its fields, and Backspace or arrows never remove or leave the block',
      Boolean(typed && typed.before === 'calm' && typed.after === '' && typed.blocks.join() === 'core/paragraph,tend-widgets/exercise' && typed.selected === 'tend-widgets/exercise'),
      JSON.stringify(typed),
    );

    // The sidebar: heading (hostile text), then the exercise, then a checked setting and a toggle.
    const headingId = await page.waitForFunction(controlId, { timeout: 10000 }, 'Heading').then((h) => h.jsonValue()).catch(() => null);
    check('editor: the sidebar has a Heading field', Boolean(headingId));
    if (headingId) {
      await page.click(`#${headingId}`);
      await page.keyboard.type(H.breakOut);
    }
    const preview = await page.evaluate(() => {
      const found = window.__find('tend-i-statement');
      return { heading: found?.element.getAttribute('heading'), shown: found?.element.shadowRoot?.textContent.includes('"><svg onload') ?? false, attrs: window.__settings() };
    });
    check('editor: the preview shows the typed heading literally', preview.heading === H.breakOut && preview.shown, JSON.stringify(preview));

    // A way out, asked for up front: the leave address (already set) and the support line, before the settings.
    const wayOut = await page.evaluate(() => {
      const labels = [...document.querySelectorAll('.block-editor-block-inspector label')].map((node) => node.textContent.trim());
      const exit = document.getElementById(labels.includes('Leave-this-page address') ? [...document.querySelectorAll('.block-editor-block-inspector label')].find((node) => node.textContent.trim() === 'Leave-this-page address').getAttribute('for') : '');
      return { labels, exit: exit?.value ?? null };
    });
    const supportIndex = wayOut.labels.indexOf('Your support line');
    check(
      'editor: the sidebar asks up front for a leave-this-page address (set by default) and a support line',
      wayOut.exit === 'https://www.google.com/' && supportIndex !== -1 && supportIndex < wayOut.labels.indexOf('Theme'),
      JSON.stringify(wayOut),
    );
    const supportId = await page.evaluate(controlId, 'Your support line');
    if (supportId) {
      await page.click(`#${supportId}`);
      await page.keyboard.type(`Call us ${H.img}`);
    }
    const supported = await page.evaluate(() => ({
      saved: window.__settings().support,
      child: window.__find('tend-i-statement')?.element.querySelector(':scope > [slot="support"]')?.textContent ?? null,
      exit: window.__find('tend-i-statement')?.element.getAttribute('exit-url'),
    }));
    check(
      'editor: the support line reaches the preview as its slot="support" text, literally, and the leave address as exit-url',
      supported.saved === `Call us ${'<img src=x onerror=window.__pwned=4>'}` && supported.child === supported.saved && supported.exit === 'https://www.google.com/',
      JSON.stringify(supported),
    );

    const exerciseId = await page.evaluate(controlId, 'Exercise');
    const options = exerciseId ? await page.$$eval(`#${exerciseId} option`, (nodes) => nodes.map((node) => node.value)) : [];
    check('editor: the Exercise control offers every exercise of the manifest', ['agreement', 'i-statement', 'reflection-card', 'stop-timer'].every((id) => options.includes(id)), options.join(','));
    if (exerciseId) await page.select(`#${exerciseId}`, 'stop-timer');
    const timer = await page
      .waitForFunction(() => window.__find('tend-stop-timer')?.element.shadowRoot?.querySelector('button'), { timeout: 20000 })
      .then(() => true)
      .catch(() => false);
    check('editor: choosing another exercise switches the preview', timer);

    const native = await page.evaluate(() => typeof customElements.get('tend-stop-timer')?.checkAttribute === 'function');
    if (!native) {
      // Until the elements carry checkAttribute, the same contract stands in for it, so the wiring is tested.
      await page.evaluate(() => {
        customElements.get('tend-stop-timer').checkAttribute = (name, value) =>
          name === 'durations' && !/^\s*\d+(?:[\s,]+\d+){3}\s*$/.test(value) ? 'durations takes four whole seconds, e.g. "5 30 20 10"' : null;
      });
    }
    const durationsId = await page.waitForFunction(controlId, { timeout: 10000 }, 'Durations').then((h) => h.jsonValue()).catch(() => null);
    let invalid = null;
    if (durationsId) {
      await page.click(`#${durationsId}`);
      await page.keyboard.type('soon');
      invalid = await page.evaluate((id) => {
        const field = document.getElementById(id);
        const help = field.closest('.components-base-control')?.querySelector('.components-base-control__help');
        return { invalid: field.getAttribute('aria-invalid'), help: help?.textContent ?? '', help_for: field.getAttribute('aria-describedby') === help?.id, saved: window.__settings().settings?.durations ?? null };
      }, durationsId);
    }
    check(
      `editor: an invalid setting shows the element's message at its field and is not saved (${native ? 'the element’s checkAttribute' : 'checkAttribute stand-in'})`,
      Boolean(invalid && invalid.invalid === 'true' && /accepts|takes|seconds/i.test(invalid.help) && invalid.help_for && invalid.saved === null),
      JSON.stringify(invalid),
    );
    if (durationsId) {
      await page.click(`#${durationsId}`, { count: 3 });
      await page.keyboard.press('Backspace');
      await page.keyboard.type('1 1 1 1');
    }
    const valid = await page.evaluate(() => ({ saved: window.__settings().settings?.durations, preview: window.__find('tend-stop-timer')?.element.getAttribute('durations') }));
    check('editor: a valid setting is saved and reaches the preview', valid.saved === '1 1 1 1' && valid.preview === '1 1 1 1', JSON.stringify(valid));

    const notesId = await page.evaluate(controlId, 'Notes');
    if (notesId) await page.click(`#${notesId}`);
    const toggled = await page.evaluate(() => ({ saved: window.__settings().settings?.notes, preview: window.__find('tend-stop-timer')?.element.hasAttribute('notes') }));
    if (notesId) await page.click(`#${notesId}`);
    const untoggled = await page.evaluate(() => ({ saved: window.__settings().settings?.notes, preview: window.__find('tend-stop-timer')?.element.hasAttribute('notes') }));
    check('editor: a boolean setting is a toggle, on and off', toggled.saved === true && toggled.preview === true && untoggled.saved === undefined && untoggled.preview === false, JSON.stringify([toggled, untoggled]));

    if (process.env.TEND_WP_SCREENSHOTS) await page.screenshot({ path: `${process.env.TEND_WP_SCREENSHOTS}/editor.png`, fullPage: true });
    const selectIds = await page.evaluate(() => [...document.querySelectorAll('.block-editor-block-inspector select')].map((node) => document.querySelector(`label[for="${node.id}"]`)?.textContent.trim()));
    check('editor: settings with known values are selects', selectIds.includes('Theme'), selectIds.join(','));

    // A shortcode pasted into the block editor becomes the block, its attributes the settings.
    const converted = await page.evaluate(() =>
      wp.blocks
        .pasteHandler({ HTML: '', plainText: '[tend exercise="stop-timer" heading="STOP" durations="1 1 1 1" notes bogus="x"]', mode: 'BLOCKS' })
        .map((b) => ({ name: b.name, attributes: b.attributes })),
    );
    const [first] = converted;
    check(
      'editor: a pasted [tend] shortcode becomes the block with its settings',
      converted.length === 1 && first.name === 'tend-widgets/exercise' && first.attributes.exercise === 'stop-timer' && first.attributes.heading === 'STOP' &&
        JSON.stringify(first.attributes.settings) === JSON.stringify({ durations: '1 1 1 1', notes: true }),
      JSON.stringify(converted),
    );

    // The canvas as an iframe (device preview in 6.1; every canvas in later versions).
    await page.evaluate(() => wp.data.dispatch('core/edit-post').__experimentalSetPreviewDeviceType('Tablet'));
    const inIframe = await page
      .waitForFunction(
        () => {
          const found = window.__find('tend-stop-timer');
          return found?.inIframe && found.element.shadowRoot?.querySelector('button');
        },
        { timeout: 20000 },
      )
      .then(() => true)
      .catch(() => false);
    check('editor: the preview renders in an iframed canvas too', inIframe);
    await page.evaluate(() => wp.data.dispatch('core/edit-post').__experimentalSetPreviewDeviceType('Desktop'));

    // Publish through the editor's own save (REST API, the Author's cookie and nonce, KSES on).
    const post = await page.evaluate(async () => {
      wp.data.dispatch('core/editor').editPost({ title: 'Made in the block editor', status: 'publish' });
      await wp.data.dispatch('core/editor').savePost();
      const current = wp.data.select('core/editor').getCurrentPost();
      return { id: current.id, link: current.link, status: current.status, failed: wp.data.select('core/editor').didPostSaveRequestFail() };
    });
    check('editor: the Author publishes the post from the editor', post.status === 'publish' && !post.failed, JSON.stringify(post));
    const foreign = requests.filter((request) => !request.startsWith(`${site.origin}/`) && !/^(data|blob):/.test(request));
    check('editor: every request goes to the site itself', foreign.length === 0, foreign.join(', '));
    // WordPress 6.1 itself asks for the block theme's template, which an Author may not edit (403); not ours.
    const coreRefusals = failures.filter((failure) => /^403 .*\/wp-json\/wp\/v2\/templates\//.test(failure)).length;
    let excused = 0;
    const ours = errors.filter((error) => !(/status of 403/.test(error) && excused++ < coreRefusals));
    const otherFailures = failures.filter((failure) => !/^403 .*\/wp-json\/wp\/v2\/templates\//.test(failure));
    check('editor: no console error or failed request while the block is used', ours.length === 0 && otherFailures.length === 0, [...ours, ...otherFailures].join(' | '));
    if (post.status === 'publish') {
      const [{ saved }] = site.setup([{ op: 'content', id: post.id }]);
      check('editor: the saved post holds the block with its settings', /<!-- wp:tend-widgets\/exercise \{[^}]*"exercise":"stop-timer"/.test(saved) && saved.includes('Try this:') && saved.includes('"durations":"1 1 1 1"'), saved);
      await checkVisit({ site, browser, check, post: { title: 'Post made in the block editor', tag: 'tend-stop-timer', expect: { durations: '1 1 1 1', notes: null } }, url: post.link });
    }
  } finally {
    await context.close();
  }
}
