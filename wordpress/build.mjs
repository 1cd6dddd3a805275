#!/usr/bin/env node
// The WordPress plugin: stages wordpress/tend-widgets/ with the bundle from dist/ and a PHP data
// file generated from custom-elements.json, then writes dist/tend-widgets-wordpress.zip.
// Run after the main build (scripts/build.mjs calls it last).
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exercisesFromManifest, toPhp } from './exercises.mjs';
import { zip } from './zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'wordpress/tend-widgets');
// Staged outside dist/, which holds only what the npm package ships.
const stage = join(root, '.tmp-wordpress/tend-widgets');
const zipPath = join(root, 'dist/tend-widgets-wordpress.zip');

const bundle = join(root, 'dist/tend.min.js');
if (!existsSync(bundle)) throw new Error('wordpress: dist/tend.min.js is missing; run the main build first');

rmSync(join(root, '.tmp-wordpress'), { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync(source, stage, { recursive: true });

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const mainFile = join(stage, 'tend-widgets.php');
writeFileSync(
  mainFile,
  readFileSync(mainFile, 'utf8')
    .replace(/^( \* Version:\s*).*$/m, `$1${version}`)
    .replace(/(define\( 'TEND_WIDGETS_VERSION', )'[^']*'/, `$1'${version}'`),
);
const readme = join(stage, 'readme.txt');
writeFileSync(readme, readFileSync(readme, 'utf8').replace(/^(Stable tag:\s*).*$/m, `$1${version}`));

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
writeFileSync(join(stage, 'includes/exercises.php'), toPhp(exercisesFromManifest(manifest)));

mkdirSync(join(stage, 'assets/locales'), { recursive: true });
cpSync(bundle, join(stage, 'assets/tend.min.js'));
if (existsSync(join(root, 'dist/tend.css'))) cpSync(join(root, 'dist/tend.css'), join(stage, 'assets/tend.css'));
const locales = join(root, 'dist/locales');
for (const file of existsSync(locales) ? readdirSync(locales) : []) {
  if (file.endsWith('.js')) cpSync(join(locales, file), join(stage, 'assets/locales', file));
}

/** Every folder and file under `dir`, folders first, in a stable order. */
function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? [`${path}/`, ...walk(path)] : [path];
    });
}
const base = dirname(stage);
const files = [`${stage}/`, ...walk(stage)].map((path) => ({
  path: relative(base, path) + (path.endsWith('/') ? '/' : ''),
  data: path.endsWith('/') ? undefined : readFileSync(path),
}));
writeFileSync(zipPath, zip(files));
console.log(`wordpress: ${relative(root, zipPath)} written (${files.length} entries, ${(statSync(zipPath).size / 1024).toFixed(1)} kB)`);
