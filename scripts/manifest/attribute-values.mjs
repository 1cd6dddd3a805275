// A @custom-elements-manifest/analyzer plugin: every attribute that accepts a known set of values is
// typed in custom-elements.json as a union of those literals (`'daily' | 'weekly'`), with its default.
// The values are the elements' own: each class's static `attributeRules` (a `oneOf` rule carries
// `values` and `fallback`), read from the source bundled for Node, so the manifest, the builder's
// menus, the WordPress block and the elements' checks can never disagree.
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The exported element classes of `entry`, by class name (the package's entry imports without a DOM). */
function elementClasses(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'tend-attribute-values-'));
  try {
    const outfile = join(dir, 'elements.cjs');
    buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error' });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const literal = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function attributeValues({ entry = 'src/entries/index.ts' } = {}) {
  return {
    name: 'tend-attribute-values',
    packageLinkPhase({ customElementsManifest }) {
      const classes = elementClasses(entry);
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const rules = classes[declaration.name]?.attributeRules;
          if (!declaration.customElement || !rules) continue;
          for (const attribute of declaration.attributes ?? []) {
            const rule = rules[attribute.name];
            if (!rule?.values?.length) continue;
            attribute.type = { text: rule.values.map(literal).join(' | ') };
            // A number read from its text (`rounds="2"`) has that text as its default.
            const fallback = typeof rule.fallback === 'number' ? String(rule.fallback) : rule.fallback;
            if (typeof fallback === 'string' && rule.values.includes(fallback)) attribute.default = literal(fallback);
          }
        }
      }
    },
  };
}
