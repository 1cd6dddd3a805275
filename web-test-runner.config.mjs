import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { bundleFrameworks } from './test/frameworks/bundle.mjs';
import { intakeServer } from './test/frameworks/intake-server.mjs';
import { tendA11yCommands } from './test/a11y/commands.mjs';
import { tendPrintCommands } from './test/builder/print-commands.mjs';
import { tendSsrCommands } from './test/ssr/commands.mjs';
import { countCalls } from './test/helpers/count-calls.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium-flags.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { webkitCommands } from './scripts/webkit-commands.mjs';

// scripts/browsers.mjs finds (or installs) Debian's browsers and passes their paths here.
// Nothing here ever downloads a browser build.
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const wanted = (process.env.TEND_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());

const chromium = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  },
});

const firefox = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: {
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: {
      'ui.prefersReducedMotion': 0,
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  },
});

/**
 * The test page: a root hook that loads the safety watch, the I-statement's grammar and the click-only writers (they
 * arrive a moment after the first element, or at the first click, as chunks) before the first test, as a page has them
 * by the time a person types or clicks; then mocha. The hook is registered the moment mocha defines `before` (a module
 * script after mocha's may run before it does, as WebKit showed). The time before they arrive is tested on its own
 * (test/core/safety/watch-arrival.test.ts, test/agreement/files-on-use.test.ts).
 */
const testRunnerHtml = (testFramework) => `<!doctype html><html><head></head><body>
<script>
  Object.defineProperty(globalThis, 'before', {
    configurable: true,
    set(before) {
      Object.defineProperty(globalThis, 'before', { value: before, writable: true, configurable: true });
      before(async () => (await import('/src/core/lazy.ts')).loadLazyModules());
    },
  });
</script>
<script type="module" src="${testFramework}"></script>
</body></html>`;

export default {
  files: process.env.TEND_FILES ?? 'test/**/*.test.ts',
  testRunnerHtml,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [intakeServer],
  plugins: [await bundleFrameworks(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), countCalls(), tendA11yCommands(), tendPrintCommands(), webkitCommands(), tendSsrCommands()],
  browsers: [
    wanted.includes('chromium') && chromium,
    wanted.includes('firefox') && firefox,
    wanted.includes('webkit') && webkitLauncher(),
  ].filter(Boolean),
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
};
