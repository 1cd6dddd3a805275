#!/usr/bin/env node
// Finds Debian's Chromium and Firefox ESR for the browser tests, installs them with apt-get when
// missing and we are root, and otherwise stops with a clear message. It never downloads a browser
// build. Usage: node scripts/browsers.mjs -- <command and arguments>
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browsers = [
  { env: 'CHROME_PATH', pkg: 'chromium', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] },
  { env: 'FIREFOX_PATH', pkg: 'firefox-esr', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
];
const wanted = (process.env.TEND_BROWSERS ?? 'chromium,firefox').split(',');

function find(browser) {
  const fromEnv = process.env[browser.env];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return browser.paths.find((path) => existsSync(path));
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const missing = browsers.filter((b) => wanted.includes(b.pkg.replace('-esr', '')) && !find(b));

if (missing.length > 0) {
  const packages = missing.map((b) => b.pkg);
  if (isRoot && hasApt) {
    console.error(`[browsers] installing Debian's ${packages.join(' and ')} with apt-get (tests never download a browser build)…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(
      `[browsers] missing: ${packages.join(', ')}.\n` +
        `Install them (Debian/Ubuntu: sudo apt-get install ${packages.join(' ')}), or point ` +
        `${missing.map((b) => b.env).join(' / ')} at an installed browser.`,
    );
    process.exit(1);
  }
}

const env = { ...process.env };
for (const browser of browsers) {
  const path = find(browser);
  if (path) env[browser.env] = path;
}

const separator = process.argv.indexOf('--');
const command = separator === -1 ? [] : process.argv.slice(separator + 1);
if (command.length === 0) {
  for (const b of browsers) console.log(`${b.env}=${env[b.env] ?? '(none)'}`);
  process.exit(0);
}
const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
