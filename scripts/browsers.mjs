#!/usr/bin/env node
// Finds Debian's Chromium, Firefox ESR and WebKit (WebKitGTK's MiniBrowser driven by WebKitWebDriver)
// for the browser tests, installs them with apt-get when missing and we are root, and otherwise
// stops with a clear message. It never downloads a browser build. MiniBrowser needs an X display:
// without one (CI, a server) the command runs under `xvfb-run -a`.
// Usage: node scripts/browsers.mjs -- <command and arguments>
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browsers = [
  { name: 'chromium', env: 'CHROME_PATH', pkg: 'chromium', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] },
  { name: 'firefox', env: 'FIREFOX_PATH', pkg: 'firefox-esr', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
  { name: 'webkit', env: 'WEBKIT_DRIVER_PATH', pkg: 'webkit2gtk-driver', paths: ['/usr/bin/WebKitWebDriver'] },
  { name: 'webkit', env: 'WEBKIT_PATH', pkg: 'webkit2gtk-driver', paths: ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'] },
];
// The virtual display for WebKit when there is no real one (xauth: xvfb-run's cookie).
const display = { name: 'webkit', env: 'XVFB_RUN_PATH', pkg: 'xvfb', extra: ['xauth'], paths: ['/usr/bin/xvfb-run'] };
const wanted = (process.env.TEND_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
const needsDisplay = wanted.includes('webkit') && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

function find(entry) {
  const fromEnv = process.env[entry.env];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return entry.paths.find((path) => existsSync(path));
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const needed = [...browsers.filter((b) => wanted.includes(b.name)), ...(needsDisplay ? [display] : [])];
const missing = needed.filter((entry) => !find(entry));

if (missing.length > 0) {
  const packages = [...new Set(missing.flatMap((entry) => [entry.pkg, ...(entry.extra ?? [])]))];
  if (isRoot && hasApt) {
    console.error(`[browsers] installing Debian's ${packages.join(', ')} with apt-get (tests never download a browser build)…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(
      `[browsers] missing: ${packages.join(', ')}.\n` +
        `Install them (Debian/Ubuntu: sudo apt-get install ${packages.join(' ')}), point ` +
        `${missing.map((entry) => entry.env).join(' / ')} at an installed one, or leave a browser out ` +
        `with TEND_BROWSERS (default: chromium,firefox,webkit).`,
    );
    process.exit(1);
  }
}

const env = { ...process.env };
for (const entry of [...browsers, display]) {
  const path = find(entry);
  if (path) env[entry.env] = path;
}

const separator = process.argv.indexOf('--');
let command = separator === -1 ? [] : process.argv.slice(separator + 1);
if (command.length === 0) {
  for (const entry of [...browsers, display]) console.log(`${entry.env}=${env[entry.env] ?? '(none)'}`);
  process.exit(0);
}
if (needsDisplay) {
  // A 24-bit screen: xvfb-run's default is 8-bit, which WebKit renders with a reduced palette.
  command = [env[display.env], '-a', '-s', '-screen 0 1280x1024x24', ...command];
}
const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
