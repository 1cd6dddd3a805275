import { expect } from '@open-wc/testing';
import { allTags, axeViolations, forcedColors, isChromium, render, widgets } from './helpers.js';
import { skipBecause } from '../helpers/skip.js';

/**
 * The accessibility loop (GOV.UK Frontend's habit): axe-core's WCAG 2.0/2.1/2.2 A and AA rules and
 * its best practices over every example of every widget — the examples of stories/examples/,
 * mid-states included — in the light theme, the dark theme and forced colours (Chromium). Zero
 * violations. The widgets' own test files check by axe only states no example reaches.
 */
describe('axe loop: every example in light, dark and forced colours', function () {
  this.timeout(20000);
  let forced = false;

  before(async function () {
    forced = isChromium && (await forcedColors(true));
    await forcedColors(false);
  });
  afterEach(async () => {
    localStorage.clear();
    if (forced) await forcedColors(false);
  });

  it('emulates forced colours (Chromium only)', async function () {
    if (!isChromium) skipBecause(this, 'forced-colors is emulated through puppeteer\'s CDP (Chromium only); the other examples run in light and dark')
    expect(forced, 'forced-colors emulation: add tendA11yCommands() (test/a11y/commands.mjs) to web-test-runner.config.mjs').to.equal(true);
    await forcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  for (const { tag, examples } of widgets) {
    describe(`<${tag}>`, () => {
      for (const example of examples) {
        it(`${example.name}: no WCAG A/AA or best-practice violation`, async () => {
          const el = await render(tag, example);
          const failures: string[] = [];
          const check = async (mode: string) => {
            const violations = await axeViolations(el, allTags);
            if (violations.length) failures.push(`[${mode}]\n${violations.join('\n')}`);
          };
          if (!el.hasAttribute('theme')) {
            await check('light');
            el.setAttribute('theme', 'dark');
            await el.updateComplete;
          }
          await check('dark');
          if (forced) {
            el.setAttribute('theme', 'light');
            await forcedColors(true);
            await check('forced colors');
          }
          expect(failures.join('\n\n')).to.equal('');
        });
      }
    });
  }
});
