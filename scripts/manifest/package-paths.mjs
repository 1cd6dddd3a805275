/**
 * Manifest plugin, the last one: paths of the package as it ships. Each module `src/x/y.ts` becomes
 * `dist/x/y.js`, and so does every `module` that points at one (declarations, inheritance,
 * re-exports, written relative or not). Modules the build emits no file for leave the manifest:
 * those no entry of the package reaches by a value import (a schema only its types are taken from)
 * and those with no code of their own (types only, or only re-exports, which the build folds into
 * the modules that re-export them: their exports are followed through). Type-only exports are not
 * JavaScript exports, so they leave too. The other plugins run before this one and see `src/` paths.
 */
import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { entries, standaloneEntries } from '../entries.mjs';

const ENTRIES = new Set([...Object.values(entries), ...Object.values(standaloneEntries)]);

export function packagePaths() {
  /** Module path → { imports: value-imported module paths, ownCode, typeOnlyExports: names } */
  const modules = new Map();
  return {
    name: 'tend-package-paths',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isSourceFile(node)) modules.set(moduleDoc.path, readModule(ts, node, moduleDoc.path));
    },
    packageLinkPhase({ customElementsManifest }) {
      const shipped = shippedModules(modules);
      const byPath = new Map(customElementsManifest.modules.map((module) => [module.path, module]));

      /** The exports of `path` as the build has them: re-exports of unshipped modules followed through. */
      const exportsOf = (path, seen = new Set()) => {
        const module = byPath.get(path);
        if (!module || seen.has(path)) return [];
        seen.add(path);
        const typeOnly = modules.get(path)?.typeOnlyExports ?? new Set();
        return (module.exports ?? []).flatMap((original) => {
          let entry = original;
          if (entry.kind === 'js' && typeOnly.has(entry.name)) return [];
          let target = entry.declaration?.module && resolve(path, entry.declaration.module);
          // `import { X } from './x.js'; export { X };`: the analyzer says X is declared here.
          const imported = target === path && !module.declarations?.some((declaration) => declaration.name === entry.declaration.name) && modules.get(path)?.importedNames.get(entry.declaration.name);
          if (imported) {
            target = imported.module;
            entry = { ...entry, declaration: { name: imported.name, module: imported.module } };
          }
          if (entry.kind !== 'js' || !target || target === path || shipped.has(target)) return [{ ...entry, declaration: entry.declaration && { ...entry.declaration, ...(target ? { module: target } : {}) } }];
          const inner = exportsOf(target, new Set(seen));
          if (entry.name === '*') return inner;
          const found = inner.find((candidate) => candidate.name === entry.declaration.name);
          return found ? [{ ...found, name: entry.name }] : [];
        });
      };
      for (const module of customElementsManifest.modules) module.exports = exportsOf(module.path);
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => shipped.has(module.path));
      for (const module of customElementsManifest.modules) {
        rewriteModules(module, module.path);
        module.path = distPath(module.path);
      }
      const known = new Set(customElementsManifest.modules.map((module) => module.path));
      for (const module of customElementsManifest.modules) {
        rewriteModules(module, module.path, (target) => {
          if (!known.has(target)) throw new Error(`${module.path} refers to ${target}, which the package does not ship`);
          return target;
        });
      }
    },
  };
}

/** What the build needs to know of one source module. */
function readModule(ts, source, path) {
  const imports = [];
  /** Local name → { name, module } of each named value import. */
  const importedNames = new Map();
  const typeOnlyExports = new Set();
  let ownCode = false;
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const value = !clause || (!clause.isTypeOnly && (clause.name || !bindings || ts.isNamespaceImport(bindings) || bindings.elements.length === 0 || bindings.elements.some((element) => !element.isTypeOnly)));
      if (value) imports.push(resolve(path, statement.moduleSpecifier.text));
      if (value && bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          if (!element.isTypeOnly) importedNames.set(element.name.text, { name: (element.propertyName ?? element.name).text, module: resolve(path, statement.moduleSpecifier.text) });
        }
      }
    } else if (ts.isExportDeclaration(statement)) {
      const named = statement.exportClause && ts.isNamedExports(statement.exportClause) ? statement.exportClause.elements : undefined;
      for (const element of named ?? []) if (statement.isTypeOnly || element.isTypeOnly) typeOnlyExports.add(element.name.text);
      const value = !statement.isTypeOnly && (!named || named.some((element) => !element.isTypeOnly));
      if (value && statement.moduleSpecifier) imports.push(resolve(path, statement.moduleSpecifier.text));
    } else if (!ts.isInterfaceDeclaration(statement) && !ts.isTypeAliasDeclaration(statement) && !isAmbient(ts, statement)) {
      ownCode = true;
    }
  }
  return { imports: imports.filter(Boolean), importedNames, ownCode, typeOnlyExports };
}

/** `declare …` (including `declare global { … }`): types only. */
function isAmbient(ts, statement) {
  return statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.DeclareKeyword) ?? false;
}

/** The modules the build emits a file for: reached from an entry by value imports, and an entry or with code of their own. */
function shippedModules(modules) {
  const reached = new Set();
  const queue = [...ENTRIES];
  for (let path = queue.shift(); path; path = queue.shift()) {
    if (reached.has(path)) continue;
    reached.add(path);
    queue.push(...(modules.get(path)?.imports ?? []));
  }
  return new Set([...reached].filter((path) => modules.has(path) && (ENTRIES.has(path) || modules.get(path).ownCode)));
}

/** A module specifier or manifest `module` seen from module `from`, as a source path (`src/…/x.ts`); bare packages: undefined. */
function resolve(from, specifier) {
  if (!specifier) return undefined;
  let path = specifier.replace(/^\//, '');
  if (path.startsWith('.')) path = posix.join(posix.dirname(from), path);
  else if (!path.startsWith('src/') && !path.startsWith('dist/')) return undefined;
  if (path.startsWith('dist/')) return path;
  const ts = path.replace(/\.js$/, '.ts');
  return existsSync(ts) ? ts : path;
}

/** Each entry's source and the file the build names after it (src/entries/i-statement.ts → dist/i-statement.js). */
const ENTRY_FILES = new Map(Object.entries(entries).map(([name, file]) => [file, `dist/${name}.js`]));
const distPath = (path) => ENTRY_FILES.get(path) ?? (path.startsWith('src/') ? `dist/${path.slice(4).replace(/\.ts$/, '.js')}` : path);

/** Every `module` under `value` (not the packages' `package`) as a `dist/` path, through `check`. */
function rewriteModules(value, from, check = (target) => target) {
  if (Array.isArray(value)) for (const item of value) rewriteModules(item, from, check);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string') value.module = check(distPath(resolve(from, inner) ?? inner));
      else if (key !== 'path') rewriteModules(inner, from, check);
    }
  }
}
