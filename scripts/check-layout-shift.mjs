#!/usr/bin/env node
// npm test: with dist/tend.css linked, an article does not move when the widgets' script arrives
// 800 ms after first paint (a CDN on a phone network): CLS ≤ 0.1 for every form of every element at
// 390 and 1280 px. A widget whose first screen changed needs `node scripts/reserve-space.mjs`.
import { existsSync } from 'node:fs';
import { launchChromium, layoutShift, serveArticle } from './layout/measure.mjs';
import { checkWidths, variants } from './layout/variants.mjs';

export const CLS_LIMIT = 0.1;

if (!existsSync('dist/tend.css') || !existsSync('dist/tend.min.js')) {
  console.error('layout shift: dist/tend.css or dist/tend.min.js is missing: run `npm run build` first.');
  process.exit(1);
}
const { server, origin } = await serveArticle();
const browser = await launchChromium();
let passed = 0;
let failed = 0;
try {
  for (const variant of variants) {
    for (const width of checkWidths) {
      const cls = await layoutShift(browser, origin, variant, width, { css: true });
      const ok = cls <= CLS_LIMIT;
      if (ok) passed++;
      else failed++;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${variant.html.replace(/><\/.*$/, '>')} at ${width} px: CLS ${cls.toFixed(3)}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (failed) console.error(`layout shift over ${CLS_LIMIT}: run \`npm run build && node scripts/reserve-space.mjs\` after changing a widget's first screen.`);
console.log(`layout shift: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
