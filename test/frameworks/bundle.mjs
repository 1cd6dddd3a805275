// Bundles React 19 (CommonJS) and Vue 3 into browser ES modules for the framework tests, and
// writes small shims so that `import … from 'react'` in src/react.ts reaches the same React.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const outdir = 'test/.generated';

export async function bundleFrameworks() {
  mkdirSync(outdir, { recursive: true });
  writeFileSync(
    `${outdir}/entry.js`,
    "export * as React from 'react';\nexport * as ReactDOMClient from 'react-dom/client';\nexport * as Vue from 'vue/dist/vue.esm-browser.prod.js';\n",
  );
  await build({
    entryPoints: [`${outdir}/entry.js`],
    outfile: `${outdir}/frameworks.js`,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const require = createRequire(import.meta.url);
  const names = Object.keys(require('react')).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
  writeFileSync(
    `${outdir}/react.js`,
    `import { React } from './frameworks.js';\nexport default React;\nexport const { ${names.join(', ')} } = React;\n`,
  );
  return {
    name: 'tend-frameworks',
    resolveImport({ source }) {
      if (source === 'react') return `/${outdir}/react.js`;
      return undefined;
    },
  };
}
