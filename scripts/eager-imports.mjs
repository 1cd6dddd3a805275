// For the self-contained files (dist/tend.min.js, a language's file): a module of src/'s `import('./x.js')` of a module
// that loads later elsewhere (a chunk in dist/cdn/, a module a bundler splits) becomes that module imported with the
// rest, as `Promise.resolve(namespace)`: a single file has nothing to fetch later, and the lazy wrapper an inlined
// dynamic import needs weighs about 0.9 kB gzip. Most lazily loaded modules have one default export; a registering
// module (the journal's I-statement, `entries/define/*`) has none and is imported for what it does.
const DYNAMIC = /\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g;

export function eagerImports() {
  return {
    name: 'tend-eager-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/(?!entries\/).*\.ts$/.test(id) || !DYNAMIC.test(code)) return null;
      DYNAMIC.lastIndex = 0;
      const imports = [];
      const body = code.replace(DYNAMIC, (_, quote, path) => {
        const name = `__eager${imports.length}`;
        imports.push(`import * as ${name} from ${quote}${path}${quote};`);
        return `Promise.resolve(${name})`;
      });
      return { code: `${imports.join('\n')}\n${body}`, map: null };
    },
  };
}
