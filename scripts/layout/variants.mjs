import { loadRegistry } from '../registry.mjs';

/**
 * The forms of each element whose height differs before any interaction (each element's `layout` in
 * src/registry.ts; the bare element by default): what dist/tend.css reserves space for, and what the
 * layout-shift check and benchmark measure. `selector` is the CSS selector the reservation is written for
 * (most specific last: later rules win at equal specificity).
 */
export const variants = (await loadRegistry()).flatMap((w) =>
  (w.layout ?? [{}]).map((form) => ({
    tag: w.tag,
    selector: `${w.tag}${form.when ?? ''}`,
    html: `<${w.tag}${form.attributes ? ` ${form.attributes}` : ''}>${form.children ?? ''}</${w.tag}>`,
  })),
);

/** Viewport widths the reservation steps at (a phone's 390 px among them), and those the checks measure. */
export const stepWidths = [320, 360, 390, 414, 480, 560, 640, 720];
export const checkWidths = [390, 1280];

/**
 * A blog article as a reader's phone or desktop shows it: a heading, a paragraph, the element, and
 * text after it that moves if the element grows. `css`: link dist/tend.css in the head.
 */
export function articlePage(widgetHtml, { css, script = '/tend.min.js' }) {
  const paragraph =
    '<p>Agreements are living documents: they change as you and your relationships evolve. Review them at predictable intervals and adjust them when needed.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>An article</title>
${css ? '<link rel="stylesheet" href="/tend.css">' : ''}
<style>:root{font-family:Georgia,serif;line-height:1.6;color:#222;background:#fdfcf8}body{margin:0 auto;padding:2rem 1.25rem 4rem;max-width:42rem}</style>
<script type="module" src="${script}"></script>
</head><body><article><h1>Creating secure attachment</h1>${paragraph}
${widgetHtml}
${paragraph.repeat(12)}</article></body></html>`;
}
