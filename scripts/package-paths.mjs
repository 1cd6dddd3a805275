// What an editor, a bundler or a manifest tool finds in the package: every path that package.json
// names (exports, main, module, types, customElements) is relative, stays inside the package and
// exists; every built file that defines an element is listed in "sideEffects". Used on the installed
// package by the consumer suite, and by `npm test` on the files `npm pack` would ship.
// Usage: node scripts/package-paths.mjs   (checks this repository against `npm pack --dry-run`)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, normalize, posix } from 'node:path';

function paths(value, found = []) {
  if (typeof value === 'string') found.push(value);
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) paths(inner, found);
  return found;
}

function globToRegExp(glob) {
  const escaped = glob.replace(/^\.\//, '').replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\*\*\//g, '(.*/)?').replace(/\*/g, '[^/]*')}$`);
}

/**
 * The built files that define an element when imported: those that call `.define('tend-…')`, and
 * those that import one of them for its side effect (`import './define/x.js'`), since a bundler
 * drops an unlisted file's side-effect imports along with it.
 */
function registeringFiles(dist, shipped = () => true) {
  const files = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.js') && shipped(`dist/${file}`));
  const code = new Map(files.map((file) => [file, readFileSync(join(dist, file), 'utf8')]));
  const registering = new Set(files.filter((file) => /\.define\(\s*["'`]tend-/.test(code.get(file))));
  for (let grew = true; grew; ) {
    grew = false;
    for (const file of files) {
      if (registering.has(file)) continue;
      const bare = [...code.get(file).matchAll(/^import\s*["']([^"']+)["']/gm)].map((match) => posix.join(posix.dirname(file), match[1]));
      if (bare.some((target) => registering.has(target))) {
        registering.add(file);
        grew = true;
      }
    }
  }
  return [...registering].sort();
}

/** Each `[file, target]` where a built file imports a relative target for its side effects alone (`import "./x.js"`). */
function bareImports(dist, shipped = () => true) {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.js') && shipped(`dist/${file}`))
    .flatMap((file) =>
      [...readFileSync(join(dist, file), 'utf8').matchAll(/^import\s*["'](\.{1,2}\/[^"']+)["']/gm)].map((match) => [file, posix.join(posix.dirname(file), match[1])]),
    );
}

/**
 * Returns the problems found in the package at `dir` (empty when all is well). `packed`, when given,
 * is the set of files the tarball holds: a path must be among them, not merely exist in `dir`.
 */
export function checkPackage(dir, packed) {
  const present = (path) => (packed ? packed.has(normalize(path)) : existsSync(join(dir, path)));
  const problems = [];
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const named = [...paths(manifest.exports), ...['main', 'module', 'types', 'customElements'].map((key) => manifest[key]).filter(Boolean)];
  for (const path of named) {
    if (isAbsolute(path) || normalize(path).startsWith('..')) problems.push(`${path} points outside the package`);
    else if (!present(path)) problems.push(`${path} is not in the package`);
  }
  if (!manifest.customElements) problems.push('no "customElements" field');
  const keep = Array.isArray(manifest.sideEffects) ? manifest.sideEffects.map(globToRegExp) : null;
  if (keep) {
    // Only what the tarball holds (the WordPress plugin's staging folder under dist/ is not shipped).
    for (const file of registeringFiles(join(dir, 'dist'), packed ? (path) => packed.has(normalize(path)) : undefined)) {
      if (!keep.some((pattern) => pattern.test(`dist/${file}`))) problems.push(`dist/${file} defines elements but "sideEffects" does not list it`);
    }
    // A bare `import "./x.js"` of a file "sideEffects" does not list is dropped by bundlers, and esbuild warns about it
    // in the host's build ("Ignoring this import because … was marked as having no side effects").
    for (const [file, target] of bareImports(join(dir, 'dist'), packed ? (path) => packed.has(normalize(path)) : undefined)) {
      if (!keep.some((pattern) => pattern.test(`dist/${target}`))) problems.push(`dist/${file} imports dist/${target} for its side effects, but "sideEffects" does not list it`);
    }
  } else if (manifest.sideEffects !== undefined && manifest.sideEffects !== true) {
    problems.push('"sideEffects" is false: bundlers would drop every define()');
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [pack] = JSON.parse(output.slice(output.indexOf('[')));
  const problems = checkPackage('.', new Set(pack.files.map((file) => normalize(file.path))));
  for (const problem of problems) console.error(`package: ${problem}`);
  if (problems.length) process.exit(1);
  console.log(`package: every path in package.json is relative and in the tarball (${pack.entryCount} files); every registering file is in "sideEffects"`);
}
