// The zip itself, before WordPress reads it: what `unzip` sees in it (when installed), and PHP's
// own syntax check of every PHP file the plugin ships.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const distBundle = fileURLToPath(new URL('../../dist/tend.min.js', import.meta.url));
const stage = fileURLToPath(new URL('../../.tmp-wordpress/tend-widgets', import.meta.url));

const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

export function checkZip({ zipPath, check }) {
  if (existsSync('/usr/bin/unzip')) {
    const listing = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).trim().split('\n');
    check('zip: every entry is inside tend-widgets/ and the main file is tend-widgets/tend-widgets.php', listing.every((entry) => entry.startsWith('tend-widgets/')) && listing.includes('tend-widgets/tend-widgets.php'), listing.join(', '));
    const tested = execFileSync('unzip', ['-tq', zipPath], { encoding: 'utf8' });
    check('zip: unzip -t finds no error (CRC-32 and sizes)', /No errors detected/.test(tested), tested);
    const out = mkdtempSync(join(tmpdir(), 'tend-zip-'));
    try {
      execFileSync('unzip', ['-q', zipPath, '-d', out]);
      check('zip: it carries the bundle from dist/, byte for byte', readFileSync(join(out, 'tend-widgets/assets/tend.min.js')).equals(readFileSync(distBundle)));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  const php = walk(stage).filter((file) => file.endsWith('.php'));
  const failures = php.filter((file) => {
    try {
      execFileSync('php', ['-l', file], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  check(`zip: php -l passes for its ${php.length} PHP files`, php.length > 0 && failures.length === 0, failures.join(', '));

  // No remote call, no notice, no tracking, nothing stored: none of the calls that would do it.
  const forbidden = /\b(wp_remote_\w+|wp_safe_remote_\w+|download_url|curl_\w+|fsockopen|stream_socket_client|admin_notices|network_admin_notices|add_option|update_option|set_transient|update_user_meta|setcookie)\s*\(|['"]admin_notices['"]|\b(fetch|apiFetch|XMLHttpRequest|sendBeacon|WebSocket)\s*\(/;
  const code = walk(stage).filter((file) => /\.(php|js)$/.test(file) && !file.endsWith('/assets/tend.min.js') && !file.includes('/assets/locales/'));
  const offenders = code.filter((file) => forbidden.test(readFileSync(file, 'utf8')));
  check(`zip: its own PHP and editor code make no remote call, show no admin notice and store nothing (${code.length} files)`, code.length > 0 && offenders.length === 0, offenders.join(', '));
}
