/**
 * WebKit (Safari's engine) for web-test-runner: Debian's WebKitWebDriver (package webkit2gtk-driver)
 * drives WebKitGTK's MiniBrowser in automation mode. The launcher starts the driver on a free local
 * port, talks WebDriver classic to it through @web/test-runner-webdriver, and stops it at the end.
 * MiniBrowser needs an X display: scripts/browsers.mjs runs the tests under `xvfb-run -a` when there
 * is none. Nothing here downloads a browser or a driver.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { freePort } from './free-port.mjs';

export const miniBrowserPath = () => process.env.WEBKIT_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const webkitDriverPath = () => process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

async function waitForDriver(port, driver, timeout = 30000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (code ${driver.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeout} ms`);
}

// WebDriver's code points for the named keys the tests press (W3C WebDriver, "Keyboard actions").
const KEY_CODES = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

function keyValue(name) {
  if ([...name].length === 1) return name;
  const value = KEY_CODES[name];
  if (!value) throw new Error(`WebKit: no WebDriver code for the key "${name}"`);
  return value;
}

/**
 * A throwaway home for MiniBrowser (it inherits the driver's environment): its downloads (the
 * widgets' Markdown and .ics files), storage and cache go there, not into the user's ~/Downloads.
 */
function throwawayProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'tend-webkit-'));
  for (const sub of ['config', 'data', 'cache', 'downloads']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${join(dir, 'downloads')}"\n`);
  const env = { XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), XDG_CACHE_HOME: join(dir, 'cache') };
  // MiniBrowser's helper processes can still be writing their shader cache as it quits: retry, and never fail a run
  // over a temporary folder left behind.
  const remove = () => {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      // left in the system's temporary folder
    }
  };
  return { env, remove };
}

/** Starts WebKitWebDriver on a free local port; resolves once it answers. */
export async function startWebKitDriver() {
  const port = await freePort();
  const profile = throwawayProfile();
  const driver = spawn(webkitDriverPath(), [`--port=${port}`], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...profile.env } });
  driver.once('exit', profile.remove);
  process.once('exit', profile.remove); // when node ends before the driver's exit is seen
  try {
    await waitForDriver(port, driver);
  } catch (error) {
    driver.kill();
    throw error;
  }
  return { port, driver };
}

/** The capabilities of a MiniBrowser session in automation mode. */
export const webkitCapabilities = () => ({
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
});

export class WebKitLauncher extends WebdriverLauncher {
  driverProcess;

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
    const { port, driver } = await startWebKitDriver();
    this.driverProcess = driver;
    Object.assign(this.options, { hostname: '127.0.0.1', port, path: '/' });
  }

  /**
   * Types or presses keys one at a time: webdriverio's keys() holds every key down before releasing
   * any, so a repeated letter or a space in typed text would be lost.
   */
  sendKeys(_sessionId, keys) {
    const values = keys.length === 1 && [...keys[0]].length > 1 ? [keyValue(keys[0])] : [...keys.join('')];
    return this.keyActions(values.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]));
  }

  /** Holds a key (a modifier) down until keyUp: the driver keeps its state between actions. */
  keyDown(_sessionId, name) {
    return this.keyActions([{ type: 'keyDown', value: keyValue(name) }]);
  }

  keyUp(_sessionId, name) {
    return this.keyActions([{ type: 'keyUp', value: keyValue(name) }]);
  }

  keyActions(actions) {
    if (!this.driver) throw new Error('WebKit: not started');
    return this.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
  }

  /** The page's viewport to width × height CSS px, by sizing the window around it. */
  async setViewport(_sessionId, { width, height }) {
    if (!this.driver) throw new Error('WebKit: not started');
    const [dx, dy] = await this.driver.execute('return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]');
    await this.driver.setWindowRect(null, null, width + dx, height + dy);
  }

  async stop() {
    await super.stop();
    this.driverProcess?.kill();
    this.driverProcess = undefined;
  }
}

/** The WebKit browser for web-test-runner.config.mjs. */
export function webkitLauncher() {
  return new WebKitLauncher({
    logLevel: 'error',
    capabilities: {
      ...webkitCapabilities(),
      // WebKitGTK's driver speaks WebDriver classic; webdriverio would otherwise ask for BiDi.
      'wdio:enforceWebDriverClassic': true,
    },
  });
}
