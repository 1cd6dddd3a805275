#!/usr/bin/env node
// The WordPress plugin against a real WordPress 6.1 (Debian's packages), not a mock: the zip is
// uploaded and activated as an administrator would; an Author's posts with the block and the
// shortcode survive KSES and render; a visitor in Chromium completes every exercise and the page
// hears its events; hostile values never become markup; the bundle comes only from the site, only
// on pages that use it; the block editor loads the block, checks its settings and previews it; a
// hardened site (DISALLOW_UNFILTERED_HTML) works the same; uninstalling leaves nothing.
// Ends with "wordpress: N passed, M failed". Everything is cleaned up, even on failure.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-flags.mjs';
import { ensurePackages } from './packages.mjs';
import { Site } from './site.mjs';
import { checkEditor } from './editor.mjs';
import { checkInstall, checkPosts, checkUninstall } from './site-checks.mjs';
import { checkZip } from './zip-checks.mjs';

const zipPath = fileURLToPath(new URL('../../dist/tend-widgets-wordpress.zip', import.meta.url));
const started = Date.now();
let passed = 0;
let failed = 0;
/** Records one named check. */
export function check(name, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? '✓' : '✖'} ${name}${ok || !detail ? '' : `: ${String(detail).slice(0, 600)}`}`);
  return ok;
}

let site;
let browser;
const cleanUp = async () => {
  await browser?.close().catch(() => {});
  site?.stop();
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await cleanUp();
    process.exit(130);
  });
}

try {
  if (!existsSync(zipPath)) throw new Error('dist/tend-widgets-wordpress.zip is missing: run npm run build first');
  ensurePackages();
  checkZip({ zipPath, check });
  site = new Site();
  await site.startDatabase();
  await site.startWordPress();
  const admin = { login: 'admin', password: 'admin-password-1', email: 'admin@example.test' };
  const author = { login: 'author', password: 'author-password-1', email: 'author@example.test' };
  await site.install(admin);
  console.log(`[wordpress] WordPress installed at ${site.origin} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

  await checkInstall({ site, browser, admin, zipPath, check });
  const [authorUser] = site.setup([{ op: 'user', ...author, role: 'author' }, { op: 'no-welcome-guide', login: author.login }, { op: 'no-avatars' }]);
  check('the Author has no unfiltered_html and can publish', authorUser.caps.unfiltered_html === false && authorUser.caps.publish_posts === true, JSON.stringify(authorUser));
  await checkPosts({ site, browser, admin, author, check, hardened: false });
  await checkEditor({ site, browser, author, check }).catch((error) => check('editor: the editor checks ran to the end', false, error?.stack ?? error));
  site.hardened(true);
  await checkPosts({ site, browser, admin, author, check, hardened: true });
  site.hardened(false);
  const log = site.debugLog().split('\n').filter((line) => /tend-widgets|tend_widgets/.test(line));
  check('WordPress logged no PHP notice, warning or error from the plugin', log.length === 0, log.join('\n'));
  checkUninstall({ site, check });
} catch (error) {
  check('the suite ran to the end', false, error?.stack ?? error);
} finally {
  await cleanUp();
}
console.log(`[wordpress] ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`wordpress: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
