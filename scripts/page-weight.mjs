#!/usr/bin/env node
// What a page downloads for one exercise, each way a page can load it (after `npm run build`), gzip -9:
// the exercise's own file (dist/cdn/<exercise>.js and the chunks it imports), the autoloader (which
// imports that file when it finds the element), and dist/tend.min.js (every element in one file).
// Usage: node scripts/page-weight.mjs  → a Markdown table for the README.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { widgetEntries } from './entries.mjs';

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** A module and every module it imports statically (the browser fetches them before it runs). */
function graph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) graph(join(dirname(file), path), seen);
  return seen;
}

const total = (files) => [...files].reduce((sum, file) => sum + gzip(file), 0);
const css = gzip('dist/tend.css');
const bundle = gzip('dist/tend.min.js');
const autoloader = total(graph('dist/cdn/autoloader.js'));
console.log(`| exercise | its own file (\`cdn/<exercise>.js\`) | the autoloader (\`cdn/autoloader.js\`) | every element (\`tend.min.js\`) |\n| --- | --- | --- | --- |`);
for (const exercise of widgetEntries) {
  const own = graph(`dist/cdn/${exercise}.js`);
  const viaAutoloader = new Set([...graph('dist/cdn/autoloader.js'), ...own]);
  console.log(`| ${exercise} | ${kB(total(own))} | ${kB(total(viaAutoloader))} | ${kB(bundle)} |`);
}
console.log(`\nThe stylesheet (\`tend.css\`) adds ${kB(css)}, the Spanish locale (\`locales/es.js\`) ${kB(gzip('dist/locales/es.js'))}; the autoloader alone is ${kB(autoloader)}.`);
