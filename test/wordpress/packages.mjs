// The Debian packages a real WordPress needs here; installed with apt-get when missing and we are
// root (as scripts/browsers.mjs does for browsers), else a clear message.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = [
  { name: 'wordpress', present: () => existsSync('/usr/share/wordpress/wp-settings.php') },
  { name: 'php-cli', present: () => existsSync('/usr/bin/php') },
  { name: 'php-mysql', present: () => hasPhpModule('mysqli') },
  { name: 'mariadb-server', present: () => existsSync('/usr/sbin/mariadbd') && existsSync('/usr/bin/mariadb-install-db') },
  { name: 'wordpress-theme-twentytwentythree', present: () => existsSync('/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json') },
];

function hasPhpModule(module) {
  if (!existsSync('/usr/bin/php')) return false;
  try {
    return execFileSync('php', ['-m'], { encoding: 'utf8' }).split('\n').includes(module);
  } catch {
    return false;
  }
}

export function ensurePackages() {
  const missing = PACKAGES.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`missing Debian packages: ${missing.join(' ')} (sudo apt-get install --no-install-recommends ${missing.join(' ')})`);
  }
  console.error(`[wordpress] installing Debian's ${missing.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  // The package's service may have started on install: the tests run their own server, it is not needed.
}
