/**
 * WebKit (Safari's engine) for web-test-runner: Debian's WebKitWebDriver (package webkit2gtk-driver)
 * drives WebKitGTK's MiniBrowser in automation mode. The launcher starts the driver on a free local
 * port, talks WebDriver classic to it through @web/test-runner-webdriver, and stops it at the end.
 * MiniBrowser needs an X display: scripts/browsers.mjs runs the tests under `xvfb-run -a` when there
 * is none. Nothing here downloads a browser or a driver.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const miniBrowserPath = () => process.env.WEBKIT_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const webkitDriverPath = () => process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

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

export class WebKitLauncher extends WebdriverLauncher {
  driverProcess;

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
    const port = await freePort();
    this.driverProcess = spawn(webkitDriverPath(), [`--port=${port}`], { stdio: ['ignore', 'ignore', 'inherit'] });
    await waitForDriver(port, this.driverProcess);
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
      browserName: 'MiniBrowser',
      // WebKitGTK's driver speaks WebDriver classic; webdriverio would otherwise ask for BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
    },
  });
}
