// The plugin on the site: installed from the zip through wp-admin, posts saved by an Author (and
// by an administrator, and on a hardened site) render for a visitor, and uninstalling leaves nothing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { H, NEVER_IN_HTML } from './hostile.mjs';
import { complete, rendered, visit } from './visitor.mjs';

const hasStylesheet = existsSync(fileURLToPath(new URL('../../dist/tend.css', import.meta.url)));
const BUNDLE_PATH = '/wp-content/plugins/tend-widgets/assets/tend.min.js';

/** Logs a user in through wp-login.php in a fresh incognito context; returns the page. */
export async function login(browser, site, user) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  let problem = '';
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.goto(`${site.origin}/wp-login.php`, { waitUntil: 'load' });
    // The login screen focuses and selects the user field 200 ms after load; typing before that would be replaced.
    await page.waitForFunction(() => document.activeElement?.id === 'user_login', { timeout: 5000 }).catch(() => {});
    await page.type('#user_login', user.login);
    await page.type('#user_pass', user.password);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
    if (new URL(page.url()).pathname.startsWith('/wp-admin/')) return { context, page };
    // Should anything still have got in the way, WordPress says why; try again.
    problem = await page.evaluate(() => document.querySelector('#login_error')?.textContent.trim() ?? document.body.innerText.slice(0, 300));
    console.error(`[wordpress] login as ${user.login} did not reach wp-admin (${problem}); trying again`);
  }
  throw new Error(`cannot log in as ${user.login}: ${problem}`);
}

/** Plugins → Add New → Upload Plugin → Install Now → Activate, as an administrator does it. */
export async function checkInstall({ site, browser, admin, zipPath, check }) {
  const { context, page } = await login(browser, site, admin);
  try {
    await page.goto(`${site.origin}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'load' });
    const input = await page.waitForSelector('#pluginzip', { timeout: 10000 }).catch(async (error) => {
      throw new Error(`${error.message} on ${page.url()}: ${(await page.evaluate(() => document.body.innerText)).slice(0, 800)}`);
    });
    await input.uploadFile(zipPath);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#install-plugin-submit')]);
    const installed = await page.evaluate(() => document.body.innerText);
    check('the zip uploads and installs through Plugins → Add New → Upload Plugin', /Plugin installed successfully/.test(installed), installed.slice(0, 600));
    const activate = await page.$('a[href*="action=activate"][href*="tend-widgets"]');
    if (activate) await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), activate.click()]);
    const text = await page.evaluate(() => document.body.innerText);
    const [state] = site.setup([{ op: 'state' }]);
    check(
      'it activates from the install screen',
      Boolean(activate) && /Plugin activated/.test(text) && state.active.includes('tend-widgets/tend-widgets.php'),
      JSON.stringify(state),
    );
    const [tags] = site.setup([{ op: 'script-tags' }]);
    check(
      'the bundle and locale tags become type="module" (with or without html5 script support); other scripts are left alone',
      tags.classic === `<script type="module" src='http://x/tend.min.js?ver=1' id='tend-widgets-js'></script>\n` &&
        tags.html5 === `<script type="module" src='http://x/es.js?ver=1' id='tend-widgets-locale-es-js'></script>\n` &&
        tags.unrelated === `<script type='text/javascript' src='http://x/other.js' id='other-js'></script>\n`,
      JSON.stringify(tags),
    );
    const notices = await page.$$eval('.notice, .updated, .error', (nodes) => nodes.map((node) => node.textContent.trim()).filter((t) => /tend/i.test(t) && !/Plugin activated/.test(t)));
    check('it shows no admin notice of its own', notices.length === 0, notices.join(' | '));
  } finally {
    await context.close();
  }
}

const block = (attrs) => [{ name: 'tend-widgets/exercise', attrs }];

/**
 * Posts whose every value is allowed to anyone: saved by the Author, they must survive KSES
 * unchanged and arrive in the element exactly. Quotes and shortcode brackets are text, not markup,
 * so they survive KSES and test the escaping of the render.
 */
const everyday = (as, suffix = '') => [
  {
    title: `I-statement block${suffix}`,
    as,
    tag: 'tend-i-statement',
    blocks: block({ exercise: 'i-statement', heading: H.shortcode, settings: { emotion: H.quote, need: 'a calm talk', 'no-hints': true, onclick: 'window.__pwned=5', style: 'display:none' } }),
    expect: { heading: H.shortcode, emotion: H.quote, need: 'a calm talk', 'no-hints': '', onclick: null, style: null },
    shownText: H.shortcode,
  },
  {
    title: `STOP timer block${suffix}`,
    as,
    tag: 'tend-stop-timer',
    blocks: block({ exercise: 'stop-timer', heading: 'Pause together', settings: { durations: '1 1 1 1', breath: '1-1', chime: false } }),
    expect: { heading: 'Pause together', durations: '1 1 1 1', chime: null },
  },
  {
    title: `STOP timer block in Spanish${suffix}`,
    as,
    tag: 'tend-stop-timer',
    blocks: block({ exercise: 'stop-timer', settings: { durations: '1 1 1 1', lang: 'es' } }),
    expect: { lang: 'es' },
    shownText: 'Empezar',
    locale: 'es',
    start: 'Empezar',
  },
  {
    title: `Agreement block with a custom template${suffix}`,
    as,
    tag: 'tend-agreement',
    blocks: block({
      exercise: 'agreement',
      settings: { with: 'Alex, Sam', review: 'weekly' },
      customTemplate: { title: 'Our weekday rhythm', sections: [{ title: `Evenings ${H.quote}`, prompt: H.shortcode, examples: ['Tuesday is ours'] }] },
    }),
    expect: { with: 'Alex, Sam', review: 'weekly' },
    shownText: `Evenings ${H.quote}`,
  },
  {
    title: `Reflection cards block with prompts and reworded strings${suffix}`,
    as,
    tag: 'tend-reflection-card',
    blocks: block({ exercise: 'reflection-card', prompts: [`What helped today? ${H.quote}`, H.shortcode], strings: { intro: 'Take your time.' } }),
    expect: {},
    shownText: `What helped today? ${H.quote}`,
  },
  {
    title: `I-statement shortcode${suffix}`,
    as,
    tag: 'tend-i-statement',
    content: '[tend exercise="i-statement" heading="Say it kindly" situation="we talk about money" no-hints]',
    expect: { heading: 'Say it kindly', situation: 'we talk about money', 'no-hints': '' },
  },
  {
    title: `STOP timer in a shortcode block${suffix}`,
    as,
    tag: 'tend-stop-timer',
    content: '<!-- wp:shortcode -->\n[tend exercise="stop-timer" durations="1 1 1 1" breath="1-1" heading="STOP"]\n<!-- /wp:shortcode -->',
    expect: { heading: 'STOP', durations: '1 1 1 1' },
  },
  {
    title: `Reflection shortcode with prompts${suffix}`,
    as,
    tag: 'tend-reflection-card',
    content: '[tend exercise="reflection-card"]\nWhat made you smile this week?\nWhat would you like more of?\n[/tend]',
    expect: {},
    shownText: 'What made you smile this week?',
  },
  {
    title: `Check-in block with a way out: leave address and support line${suffix}`,
    as,
    tag: 'tend-check-in',
    blocks: block({ exercise: 'check-in', settings: { 'exit-url': 'https://weather.example/' }, support: `Call us on 555 0100 ${H.quote} ${H.shortcode}` }),
    expect: { 'exit-url': 'https://weather.example/' },
    support: `Call us on 555 0100 ${H.quote} ${H.shortcode}`,
  },
  {
    title: `Block with the way out it has by default${suffix}`,
    as,
    tag: 'tend-i-statement',
    blocks: block({ exercise: 'i-statement' }),
    expect: { 'exit-url': 'https://www.google.com/' },
  },
  {
    title: `Check-in shortcode with a way out${suffix}`,
    as,
    tag: 'tend-check-in',
    content: '[tend exercise="check-in" exit-url="https://weather.example/" support="Call us on 555 0100 (weekdays)"]',
    expect: { 'exit-url': 'https://weather.example/', support: null },
    support: 'Call us on 555 0100 (weekdays)',
  },
  {
    title: `Active listening shortcode${suffix}`,
    as,
    tag: 'tend-active-listening',
    content: '[tend exercise="active-listening" with="Sam, Alex" rounds="1" no-peeking]',
    expect: { with: 'Sam, Alex', rounds: '1', 'no-peeking': '' },
  },
  {
    title: `Repair block with a name and a follow-up two weeks on${suffix}`,
    as,
    tag: 'tend-repair',
    blocks: block({ exercise: 'repair', settings: { with: 'Sam', 'follow-up': '14' } }),
    expect: { with: 'Sam', 'follow-up': '14' },
  },
  { title: `No exercise here${suffix}`, as, tag: null, content: '<!-- wp:paragraph -->\n<p>Just words.</p>\n<!-- /wp:paragraph -->' },
];

/**
 * Posts with markup and script in every value. Without unfiltered_html, KSES takes the markup out
 * of the block's attributes on save (WordPress's own rule for them); with it (an administrator on
 * an ordinary site) the values reach the render untouched and must arrive in the element literally.
 */
const hostile = (as, literal, suffix = '') => [
  {
    title: `Hostile I-statement block by the ${as}${suffix}`,
    as,
    hostile: true,
    tag: 'tend-i-statement',
    blocks: block({ exercise: 'i-statement', heading: H.breakOut, settings: { emotion: H.quote, need: H.script, reason: H.img, onclick: 'window.__pwned=5' }, support: `${H.script}${H.img}${H.breakOut}` }),
    expect: literal ? { heading: H.breakOut, emotion: H.quote, need: H.script, reason: H.img, onclick: null } : { onclick: null },
    shownText: literal ? H.breakOut : undefined,
  },
  {
    title: `Hostile agreement template by the ${as}${suffix}`,
    as,
    hostile: true,
    tag: 'tend-agreement',
    blocks: block({ exercise: 'agreement', customTemplate: { title: H.script, sections: [{ title: `Evenings ${H.img}`, prompt: H.breakOut }] } }),
    expect: {},
    shownText: literal ? `Evenings ${H.img}` : undefined,
  },
  {
    title: `Hostile reflection prompts and strings by the ${as}${suffix}`,
    as,
    hostile: true,
    tag: 'tend-reflection-card',
    blocks: block({ exercise: 'reflection-card', prompts: [`What helped? ${H.img}`, H.script], strings: { intro: H.script } }),
    expect: {},
    shownText: literal ? H.script : undefined,
  },
  {
    // A shortcode attribute holding a tag is HTML in the post to WordPress itself, so the
    // shortcode's attack is the quote: trying to end the attribute value and start a handler.
    title: `Hostile shortcode by the ${as}${suffix}`,
    as,
    hostile: true,
    tag: 'tend-i-statement',
    content: `[tend exercise="i-statement" heading='x" onfocus="window.__pwned=6" autofocus="' emotion="${H.quote}" onclick="window.__pwned=5"]`,
    expect: { heading: 'x" onfocus="window.__pwned=6" autofocus="', emotion: H.quote, onclick: null, onfocus: null, autofocus: null },
  },
];

/** The posts of one round: everyday and hostile posts by the Author, hostile ones by the administrator; on a hardened site, the administrator's. */
function postsFor(hardened) {
  if (hardened) return [...everyday('admin', ' (hardened site)').filter((post) => /^(I-statement|STOP timer block\b(?! in))/.test(post.title)), ...hostile('admin', false, ' (hardened site)')];
  return [...everyday('author'), ...hostile('author', false), ...hostile('admin', true)];
}

export async function checkPosts({ site, browser, check, hardened }) {
  const posts = postsFor(hardened);
  const saved = site.setup(posts.map(({ title, as, blocks, content }) => ({ op: 'post', title, as, blocks, content })));
  if (hardened) {
    check('on a DISALLOW_UNFILTERED_HTML site not even the administrator has unfiltered_html', saved.every((result) => result.unfiltered === false), JSON.stringify(saved.map((r) => r.unfiltered)));
  } else {
    check('the Author saves without unfiltered_html (KSES on)', saved.filter((_, i) => posts[i].as === 'author').every((result) => result.unfiltered === false));
  }
  for (const [index, post] of posts.entries()) {
    const result = saved[index];
    const name = post.title;
    if (result.error) {
      check(`${name}: saved`, false, result.error);
      continue;
    }
    if (post.blocks) {
      const sent = post.blocks.map((b) => b.attrs);
      const kept = post.hostile ? result.attrs.map((a) => a.exercise) : result.attrs;
      const want = post.hostile ? sent.map((a) => a.exercise) : sent;
      const what = post.hostile ? 'the block survives KSES' : 'the block and all its attributes survive KSES';
      check(`${name}: ${what}`, JSON.stringify(kept) === JSON.stringify(want), `${JSON.stringify(result.attrs)} vs ${JSON.stringify(sent)}`);
    } else if (post.tag && !post.hostile) {
      check(`${name}: the shortcode survives KSES`, result.saved === result.sent, `${result.saved} vs ${result.sent}`);
    }
    await checkVisit({ site, browser, check, post, url: result.url });
  }
}

/** A visitor's view of one post. */
export async function checkVisit({ site, browser, check, post, url }) {
  const name = post.title;
  const visitor = await visit(browser, url);
  try {
    const { page, html, requests } = visitor;
    const injected = NEVER_IN_HTML.filter((needle) => html.includes(needle));
    check(`${name}: no hostile value became markup in the served HTML`, injected.length === 0, injected.join(', '));
    const foreign = requests.filter((request) => !request.startsWith(`${site.origin}/`) && !/^(data|blob):/.test(request));
    check(`${name}: every request goes to the site itself`, foreign.length === 0, foreign.join(', '));
    const bundleRequests = requests.filter((request) => new URL(request, site.origin).pathname === BUNDLE_PATH);
    if (!post.tag) {
      const tendRequests = requests.filter((request) => /tend-widgets/.test(request));
      check(`${name}: loads no tend script or stylesheet`, tendRequests.length === 0 && !/tend-widgets\/assets/.test(html), tendRequests.join(', '));
      return;
    }
    const tag = /<script[^>]*type="module"[^>]*src="([^"]+)"[^>]*id="tend-widgets-js"|<script[^>]*id="tend-widgets-js"[^>]*type="module"/.exec(html.replace(/'/g, '"'));
    check(`${name}: the bundle is loaded once, as a module, from the plugin's folder`, bundleRequests.length === 1 && Boolean(tag), `${bundleRequests.length} requests; tag: ${/<script[^>]*tend-widgets-js[^>]*>/.exec(html)?.[0]}`);
    if (hasStylesheet) {
      const head = html.slice(0, html.indexOf('</head>'));
      check(`${name}: tend.css is linked in <head>`, /tend-widgets\/assets\/tend\.css/.test(head));
    }
    await rendered(page, post.tag).catch(() => {});
    const state = await page.evaluate(
      (tagName, names) => {
        const element = document.querySelector(tagName);
        const withHandlers = [...document.querySelectorAll('*')].filter((node) => [...node.attributes].some((a) => /^on/i.test(a.name)) && !/^(BODY|HTML)$/.test(node.tagName)).map((node) => node.outerHTML.slice(0, 120));
        return {
          found: Boolean(element),
          renderedHtml: Boolean(element?.shadowRoot?.querySelector('button')),
          attributes: Object.fromEntries(names.map((attr) => [attr, element?.getAttribute(attr) ?? null])),
          text: element?.shadowRoot?.textContent ?? '',
          withHandlers,
          svg: document.querySelectorAll('svg[onload], img[onerror]').length,
          exercises: [...document.querySelectorAll('*')].filter((node) => node.localName.startsWith('tend-')).length,
          support: element?.querySelector(':scope > [slot="support"]')?.textContent ?? null,
        };
      },
      post.tag,
      Object.keys(post.expect ?? {}),
    );
    check(`${name}: ${post.tag} renders`, state.found && state.renderedHtml);
    const wrong = Object.entries(post.expect ?? {}).filter(([attr, value]) => state.attributes[attr] !== value);
    check(`${name}: its attributes arrive exactly as written (unknown ones dropped)`, wrong.length === 0, wrong.map(([attr, value]) => `${attr}: got ${JSON.stringify(state.attributes[attr])}, want ${JSON.stringify(value)}`).join('; '));
    if (post.support) check(`${name}: the support line arrives as the element's slot="support" text, literally`, state.support === post.support, JSON.stringify(state.support));
    if (post.shownText) check(`${name}: the element shows the text literally`, state.text.includes(post.shownText), new RegExp(`<${post.tag}[\\s\\S]*?</${post.tag}>`).exec(html)?.[0]);
    check(`${name}: no injected element or handler in the page`, state.withHandlers.length === 0 && state.svg === 0, state.withHandlers.join(' | '));
    check(`${name}: one exercise, and no value was run as a shortcode`, state.exercises === 1, `${state.exercises} tend elements`);
    if (post.locale) {
      const locale = requests.filter((request) => new URL(request).pathname === `/wp-content/plugins/tend-widgets/assets/locales/${post.locale}.js`);
      check(`${name}: the locale it asks for is loaded from the plugin's folder`, locale.length === 1, requests.join(', '));
    }
    const heard = await complete(page, post.tag, post.start).catch((error) => ({ error: String(error) }));
    check(`${name}: completes, and the page hears tend-complete`, Boolean(heard && !heard.error && heard.detail?.completedAt), heard?.error ?? JSON.stringify(heard));
    const events = await page.evaluate(() => window.__tendEvents.map((event) => event.type));
    if (post.tag === 'tend-stop-timer') check(`${name}: the page hears tend-step for the four steps`, events.filter((type) => type === 'tend-step').length >= 4, events.join(','));
    else check(`${name}: the page hears tend-change`, events.includes('tend-change'), events.join(','));
    const pwned = await page.evaluate(() => window.__pwned);
    check(`${name}: no injected script ran`, pwned === undefined && !visitor.errors.some((e) => e.startsWith('dialog')), `__pwned=${pwned}`);
    check(`${name}: no console error`, visitor.errors.length === 0, visitor.errors.join(' | '));
  } finally {
    await visitor.close();
  }
}

export function checkUninstall({ site, check }) {
  const [before, after] = site.setup([{ op: 'state' }, { op: 'uninstall' }]);
  check('Delete removes the plugin’s folder', before.installed && after.deleted && !after.installed, JSON.stringify(after));
  check('nothing of the plugin is left in the database (options, user, post and term meta)', after.leftovers.length === 0, after.leftovers.join(', '));
}
