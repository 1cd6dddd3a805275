#!/usr/bin/env node
// npm run build: the npm modules (vite.config.ts), the self-contained CDN file dist/tend.min.js,
// the builder's own self-contained dist/builder.js (never part of tend.min.js), a standalone file per locale for a second script tag, and the .d.ts types.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'vite';
import { entries, standaloneEntries } from './entries.mjs';
import { minifyTemplates } from './minify-templates.mjs';

rmSync('dist', { recursive: true, force: true });

const available = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));
await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { lib: { entry: available, formats: ['es'] } } });

/** A self-contained, minified module with no imports left: what a blogger's script tag loads. */
async function standalone(entry, fileName) {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyTemplates()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
}
for (const [fileName, entry] of Object.entries(standaloneEntries)) await standalone(entry, fileName);
// The builder is a tool for the people who embed, never a cost for their readers.
if (readFileSync('dist/tend.min.js', 'utf8').includes('tend-builder')) throw new Error('build: dist/tend.min.js must not contain the builder');
if (existsSync('src/locales/es.ts')) await standalone('src/locales/es.ts', 'locales/es.js');

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('node', ['scripts/generate-editor-types.mjs'], { stdio: 'inherit' });
console.log('build: dist/ written');
