// A real WordPress 6.1 for the tests, from Debian's packages, in a temporary folder: MariaDB on
// a loopback port, a copy of /usr/share/wordpress with our own wp-config.php, and PHP's built-in
// server. stop() kills both process groups and removes the folder, whatever state it is in.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/free-port.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function phpString(text) {
  return `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export class Site {
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'tend-wp-'));
    this.root = join(this.dir, 'site');
    this.groups = [];
  }

  /** A process in a session and group of its own (Node's `detached` calls setsid), so stop() ends it and its children. */
  spawn(command, args, options = {}) {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], ...options });
    child.stderrText = '';
    child.stderr?.on('data', (chunk) => {
      child.stderrText = (child.stderrText + chunk).slice(-4000);
    });
    this.groups.push(child);
    return child;
  }

  async startDatabase() {
    const data = join(this.dir, 'db');
    const user = process.getuid?.() === 0 ? ['--user=root'] : [];
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${data}`, ...user, '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve'],
      { stdio: 'ignore' },
    );
    this.dbPort = await freePort();
    this.db = this.spawn('mariadbd', [
      '--no-defaults',
      `--datadir=${data}`,
      ...user,
      `--socket=${join(this.dir, 'mysql.sock')}`,
      `--port=${this.dbPort}`,
      '--bind-address=127.0.0.1',
      `--pid-file=${join(this.dir, 'mysql.pid')}`,
      `--log-error=${join(this.dir, 'mysql.err')}`,
      '--skip-log-bin',
      '--skip-grant-tables',
      '--innodb-buffer-pool-size=32M',
    ]);
    const create = `$m = @new mysqli('127.0.0.1', 'root', '', '', ${this.dbPort}); if ($m->connect_errno) exit(1); exit($m->query('CREATE DATABASE IF NOT EXISTS wordpress') ? 0 : 2);`;
    for (let attempt = 0; attempt < 200; attempt += 1) {
      try {
        execFileSync('php', ['-r', create], { stdio: 'ignore' });
        return;
      } catch {
        if (this.db.exitCode !== null) break;
        await sleep(100);
      }
    }
    const log = existsSync(join(this.dir, 'mysql.err')) ? readFileSync(join(this.dir, 'mysql.err'), 'utf8').slice(-2000) : '';
    throw new Error(`MariaDB did not start: ${log}`);
  }

  async startWordPress() {
    execFileSync('cp', ['-rL', '/usr/share/wordpress', this.root]);
    rmSync(join(this.root, '.htaccess'), { force: true });
    this.port = await freePort();
    this.origin = `http://127.0.0.1:${this.port}`;
    const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
      .map((name) => `define( '${name}', '${randomBytes(24).toString('hex')}' );`)
      .join('\n');
    writeFileSync(
      join(this.root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', '127.0.0.1:${this.dbPort}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${salts}
$table_prefix = 'wp_';
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${phpString(join(this.dir, 'debug.log'))} );
// The second half of the tests: a hardened site, where not even an administrator has unfiltered_html.
if ( file_exists( __DIR__ . '/.disallow-unfiltered-html' ) ) {
	define( 'DISALLOW_UNFILTERED_HTML', true );
}
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    this.php = this.spawn('php', ['-S', `127.0.0.1:${this.port}`, '-t', this.root], {
      cwd: this.root,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    for (let attempt = 0; attempt < 100; attempt += 1) {
      try {
        await fetch(`${this.origin}/wp-includes/images/blank.gif`);
        return;
      } catch {
        if (this.php.exitCode !== null) break;
        await sleep(100);
      }
    }
    throw new Error(`php -S did not start: ${this.php.stderrText}`);
  }

  /** The install screen's second step, as a person submits it. */
  async install(admin) {
    const body = new URLSearchParams({
      weblog_title: 'Tend test site',
      user_name: admin.login,
      admin_password: admin.password,
      admin_password2: admin.password,
      pw_weak: '1',
      admin_email: admin.email,
      blog_public: '0',
      language: '',
    });
    const response = await fetch(`${this.origin}/wp-admin/install.php?step=2`, { method: 'POST', body });
    const html = await response.text();
    if (!/Success!|wp-login\.php/.test(html)) throw new Error(`the install did not succeed: ${html.slice(0, 500)}`);
  }

  /** Runs test/wordpress/setup.php with wp-load.php for the given operations; returns its results. */
  setup(operations) {
    const out = execFileSync('php', [new URL('./setup.php', import.meta.url).pathname, this.root, `127.0.0.1:${this.port}`], {
      input: JSON.stringify(operations),
      encoding: 'utf8',
    });
    const marker = out.lastIndexOf('\n@@RESULT@@');
    if (marker === -1) throw new Error(`setup.php printed no result: ${out.slice(-1000)}`);
    return JSON.parse(out.slice(marker + '\n@@RESULT@@'.length));
  }

  hardened(on) {
    const flag = join(this.root, '.disallow-unfiltered-html');
    if (on) writeFileSync(flag, '');
    else rmSync(flag, { force: true });
  }

  debugLog() {
    const file = join(this.dir, 'debug.log');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  }

  stop() {
    for (const child of this.groups.reverse()) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    this.groups = [];
    rmSync(this.dir, { recursive: true, force: true });
  }
}
