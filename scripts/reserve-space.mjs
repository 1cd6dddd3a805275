#!/usr/bin/env node
// Writes src/styles/tend.css, the stylesheet that reserves each element's space before its script
// arrives: it measures every form in scripts/layout/variants.mjs, upgraded, in an article at each
// step width, and reserves that height (in rem, so it follows the reader's text size) for the
// element while it is not yet defined. Run after a change to a widget's first screen:
//   npm run build && node scripts/reserve-space.mjs
// `npm test` checks the result (scripts/check-layout-shift.mjs): CLS ≤ 0.1 at 390 and 1280 px.
import { writeFileSync } from 'node:fs';
import { heights, launchChromium, serveArticle } from './layout/measure.mjs';
import { stepWidths, variants } from './layout/variants.mjs';

const rem = (px) => `${Math.floor((px / 16) * 100) / 100}rem`;
const tags = [...new Set(variants.map((v) => v.tag))];

const { server, origin } = await serveArticle();
const browser = await launchChromium();
/** reserved[width][selector] = height in px */
const reserved = {};
try {
  for (const width of stepWidths) {
    reserved[width] = {};
    for (const variant of variants) {
      const { after } = await heights(browser, origin, variant, width);
      reserved[width][variant.selector] = after;
    }
    console.log(`reserve: ${width} px measured`);
  }
} finally {
  await browser.close();
  server.close();
}

// While undefined, and after the upgrade until the first render (`data-tend-pending`, see src/core/deferred-render.ts).
const reserving = (selector) => `${selector}:not(:defined),${selector}[data-tend-pending]`;
const rule = (selector, px) => `${reserving(selector)}{min-block-size:${rem(px)}}`;
const lines = [
  '/* tend-widgets: link in <head> so the article does not move when the widgets arrive.',
  '   Until an element has rendered it holds the space it will take (measured by scripts/reserve-space.mjs',
  '   in an article column; generated, do not edit). Once rendered, the element sizes itself. */',
  `${tags.map(reserving).join(',')}{display:block;margin-block:var(--tend-space,1rem)}`,
  // Light-DOM children (custom prompts, JSON, support text) are the element's to show once it is defined.
  `${tags.map((t) => `${t}:not(:defined)>*`).join(',')}{display:none}`,
];
stepWidths.forEach((width, index) => {
  const rules = variants.map((v) => rule(v.selector, reserved[width][v.selector]));
  lines.push(index === 0 ? rules.join('\n') : `@media (min-width:${width}px){\n${rules.join('\n')}\n}`);
});
lines.push(`@media print{${tags.map(reserving).join(',')}{min-block-size:0}}`);
// An element that arrives rendered (a server render leaves data-tend-ssr, see src/core/server-render.ts) holds its
// own space already: none is reserved, and its children show as the server's HTML places them.
lines.push(
  `${tags.map((t) => `${t}[data-tend-ssr]:not(:defined),${t}[data-tend-ssr][data-tend-pending]`).join(',')}{min-block-size:auto}`,
  `${tags.map((t) => `${t}[data-tend-ssr]:not(:defined)>*`).join(',')}{display:revert}`,
);
writeFileSync('src/styles/tend.css', `${lines.join('\n')}\n`);
console.log('reserve: src/styles/tend.css written');
