/**
 * The forms of each element whose height differs before any interaction: what dist/tend.css
 * reserves space for, and what the layout-shift check and benchmark measure. `selector` is the CSS
 * selector the reservation is written for (most specific last: later rules win at equal specificity).
 */
export const variants = [
  { tag: 'tend-i-statement', selector: 'tend-i-statement', html: '<tend-i-statement></tend-i-statement>' },
  { tag: 'tend-stop-timer', selector: 'tend-stop-timer', html: '<tend-stop-timer></tend-stop-timer>' },
  { tag: 'tend-agreement', selector: 'tend-agreement', html: '<tend-agreement with="Alex, Sam" review="monthly"></tend-agreement>' },
  { tag: 'tend-agreement', selector: "tend-agreement[template='full']", html: '<tend-agreement template="full"></tend-agreement>' },
  { tag: 'tend-agreement', selector: "tend-agreement[template='blank']", html: '<tend-agreement template="blank"></tend-agreement>' },
  { tag: 'tend-reflection-card', selector: 'tend-reflection-card', html: '<tend-reflection-card></tend-reflection-card>' },
  { tag: 'tend-reflection-card', selector: "tend-reflection-card[deck='check-in']", html: '<tend-reflection-card deck="check-in"></tend-reflection-card>' },
  { tag: 'tend-reflection-card', selector: "tend-reflection-card[deck='jealousy']", html: '<tend-reflection-card deck="jealousy"></tend-reflection-card>' },
  { tag: 'tend-reflection-card', selector: "tend-reflection-card[deck='repair']", html: '<tend-reflection-card deck="repair"></tend-reflection-card>' },
  { tag: 'tend-reflection-card', selector: "tend-reflection-card[deck='progress']", html: '<tend-reflection-card deck="progress"></tend-reflection-card>' },
  { tag: 'tend-check-in', selector: 'tend-check-in', html: '<tend-check-in with="Alex"></tend-check-in>' },
  { tag: 'tend-check-in', selector: "tend-check-in[rhythm='weekly']", html: '<tend-check-in rhythm="weekly"></tend-check-in>' },
  {
    tag: 'tend-flow',
    selector: 'tend-flow',
    html: '<tend-flow heading="Before we talk"><tend-stop-timer></tend-stop-timer><tend-i-statement></tend-i-statement></tend-flow>',
  },
];

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
