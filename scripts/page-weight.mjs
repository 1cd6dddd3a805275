#!/usr/bin/env node
// What a page downloads for one exercise, each way a page can load it (after `npm run build`), gzip -9:
// the exercise's own file (dist/cdn/<exercise>.js and the chunks it imports), the autoloader (which
// imports that file when it finds the element), and dist/tend.min.js (every element in one file).
// Usage: node scripts/page-weight.mjs  → a Markdown table for the README.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { widgetEntries } from './entries.mjs';
import { staticGraph as graph } from './size.mjs';

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

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
