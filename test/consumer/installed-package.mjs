// What an editor, a bundler or a manifest tool finds in the installed package: every path that
// package.json names (exports, main, module, types, customElements) is relative, stays inside the
// package and exists; every built file that defines an element is listed in "sideEffects".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, normalize } from 'node:path';

function paths(value, found = []) {
  if (typeof value === 'string') found.push(value);
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) paths(inner, found);
  return found;
}

function globToRegExp(glob) {
  const escaped = glob.replace(/^\.\//, '').replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\*\*\//g, '(.*/)?').replace(/\*/g, '[^/]*')}$`);
}

/** Returns the problems found in the package installed at `dir` (empty when all is well). */
export function checkInstalledPackage(dir) {
  const problems = [];
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const named = [...paths(manifest.exports), ...['main', 'module', 'types', 'customElements'].map((key) => manifest[key]).filter(Boolean)];
  for (const path of named) {
    if (isAbsolute(path) || normalize(path).startsWith('..')) problems.push(`${path} points outside the package`);
    else if (!existsSync(join(dir, path))) problems.push(`${path} is not in the package`);
  }
  if (!manifest.customElements) problems.push('no "customElements" field');
  const keep = Array.isArray(manifest.sideEffects) ? manifest.sideEffects.map(globToRegExp) : null;
  if (keep) {
    const built = readdirSync(join(dir, 'dist'), { recursive: true }).map(String).filter((file) => file.endsWith('.js'));
    for (const file of built) {
      const registers = /\.define\(\s*["'`]tend-/.test(readFileSync(join(dir, 'dist', file), 'utf8'));
      if (registers && !keep.some((pattern) => pattern.test(`dist/${file}`))) problems.push(`dist/${file} defines an element but "sideEffects" does not list it`);
    }
  } else if (manifest.sideEffects !== undefined && manifest.sideEffects !== true) {
    problems.push('"sideEffects" is false: bundlers would drop every define()');
  }
  return problems;
}
