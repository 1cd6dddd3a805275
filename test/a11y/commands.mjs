// Server-side commands for test/a11y/ (a web-test-runner plugin). Add it to the config's plugins:
//   import { tendA11yCommands } from './test/a11y/commands.mjs';
//   plugins: [..., tendA11yCommands()],
// - `tend-forced-colors` { active }: emulates `forced-colors: active` (puppeteer's emulateMediaFeatures;
//   @web/test-runner-commands' emulateMedia passes only colour scheme and reduced motion to puppeteer).
// - `tend-a11y-snapshot` { selector }: the accessibility tree under an element (puppeteer), like
//   @web/test-runner-commands' a11ySnapshot, whose plugin is not among the runner's defaults.
// - `tend-screenshot` { name, clip }: writes test/.screenshots/<name>.png of that part of the page.
// - `tend-tap` { x, y }: a touchscreen tap at that point of the viewport (puppeteer).
// Both answer false where the browser cannot do it (Firefox through WebDriver BiDi), and the tests skip visibly.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const isChromium = (session) => session.browser.type === 'puppeteer' && /chrom/i.test(session.browser.name ?? '');

export function tendA11yCommands({ screenshotDir = 'test/.screenshots' } = {}) {
  return {
    name: 'tend-a11y-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'tend-forced-colors') {
        if (!isChromium(session)) return false;
        const page = session.browser.getPage(session.id);
        await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
        return true;
      }
      if (command === 'tend-a11y-snapshot') {
        if (!isChromium(session)) return false;
        const page = session.browser.getPage(session.id);
        const root = payload?.selector ? await page.$(payload.selector) : undefined;
        return page.accessibility.snapshot({ interestingOnly: payload?.interestingOnly ?? false, ...(root ? { root } : {}) });
      }
      if (command === 'tend-tap') {
        // A finger's tap at a point of the page (touch events, then the click the browser makes of them).
        if (!isChromium(session)) return false;
        const page = session.browser.getPage(session.id);
        await page.touchscreen.tap(payload.x, payload.y);
        return true;
      }
      if (command === 'tend-screenshot') {
        if (!isChromium(session)) return false;
        const name = String(payload?.name ?? '').replace(/[^a-z0-9-]+/gi, '-').slice(0, 80);
        if (!name) throw new Error('tend-screenshot needs a name');
        const dir = path.resolve(screenshotDir);
        await mkdir(dir, { recursive: true });
        const page = session.browser.getPage(session.id);
        const clip = payload?.clip;
        const file = path.join(dir, `${name}.png`);
        await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
        return path.relative(process.cwd(), file);
      }
      return undefined;
    },
  };
}
