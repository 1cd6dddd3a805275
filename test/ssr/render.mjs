#!/usr/bin/env node
// Every element through Lit's server renderer (@lit-labs/ssr) in Node, from the built modules (dist/),
// as Eleventy, Next.js or a plain Node server would render them: each example of stories/examples/
// (every widget of src/registry.ts, so a new exercise comes in by itself) and each attribute set its
// class declares (every attribute, every value of a choice, every boolean, hostile text, a rejected
// value). Each must render without throwing, as declarative shadow DOM holding its heading and its
// buttons (and its fields), with no console call at all — but exactly one warning naming the element
// for a value it rejects. Ends with "server render: N passed, M failed".
// Usage: node test/ssr/render.mjs   (after `npm run build`)
import { HOSTILE, attributeSets, baseAttributes, captureConsole, loadExamples, loadServer, markup } from './server.mjs';

const { result: server, calls: loading } = await captureConsole(loadServer);
const { result: examples, calls: loadingExamples } = await captureConsole(loadExamples);
const { widgets, render } = server;

let passed = 0;
const failures = [];
function check(name, problems) {
  if (problems.length) failures.push(`✖ ${name}\n    ${problems.join('\n    ')}`);
  else passed += 1;
}
check('loading dist/ and the examples logs nothing', [...loading, ...loadingExamples].map((call) => `console.${call.level}: ${call.text}`));

/** Each top-level declarative shadow root of `tag` in `html`, as text. */
function shadowsOf(html, tag) {
  const found = [];
  const open = new RegExp(`<${tag}\\b[^>]*><template shadowroot="open" shadowrootmode="open"[^>]*>`, 'g');
  for (let match = open.exec(html); match; match = open.exec(html)) {
    // The shadow root ends at the matching </template>: count the templates nested in it.
    let depth = 1;
    const tags = /<template\b|<\/template>/g;
    tags.lastIndex = match.index + match[0].length;
    let end = html.length;
    for (let t = tags.exec(html); t; t = tags.exec(html)) {
      depth += t[0] === '</template>' ? -1 : 1;
      if (depth === 0) {
        end = t.index;
        break;
      }
    }
    found.push(html.slice(match.index + match[0].length, end));
  }
  return found;
}

const textOf = (html) => html.replace(/<style>[^]*?<\/style>/g, '').replace(/<!--[^]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

/** What a reader sees before any script runs: the heading, the buttons, and (but for the timer and the flow) fields. */
function contentProblems(html, tag, { buttons = true } = {}) {
  const shadows = shadowsOf(html, tag);
  if (!shadows.length) return [`no declarative shadow root for <${tag}>`];
  const problems = [];
  for (const shadow of shadows) {
    // The element's heading, at the level its place asks (h2 alone, h3 as a flow's step).
    const heading = /<(h[2-6])\b[^>]*\bpart="heading"[^>]*>([^]*?)<\/\1>/.exec(shadow)?.slice(1);
    if (!heading || !textOf(heading[1])) problems.push(`<${tag}>: no heading text`);
    if (buttons && !/<button\b/.test(shadow)) problems.push(`<${tag}>: no button`);
    if (!['tend-stop-timer', 'tend-flow'].includes(tag) && !/<(input|textarea|select)\b/.test(shadow)) problems.push(`<${tag}>: no field`);
    if (!/<style>/.test(shadow)) problems.push(`<${tag}>: no styles in its shadow root`);
  }
  return problems;
}

/**
 * A flow whose steps are its children (no valid `steps`): a server does not see children, so it shows
 * them as they are, every step, without Back and Skip (the browser takes over).
 */
function flowOfChildren(html, tag) {
  if (tag !== 'tend-flow') return false;
  const steps = /<tend-flow\b[^>]*\bsteps="([^"]*)"/.exec(html)?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return steps === undefined || customElements.get(tag).checkAttribute('steps', steps) !== null;
}

async function renderChecked(template) {
  try {
    const { result: html, calls } = await captureConsole(() => render(template));
    return { html, calls };
  } catch (error) {
    return { error };
  }
}

const counts = [];
for (const widget of widgets) {
  const { tag, exercise } = widget;
  const cls = customElements.get(tag);
  let sets = 0;

  // The examples, as the stories and the browser tests show them (a `setup` acts in a browser only).
  for (const example of examples[exercise] ?? []) {
    const name = `${tag} · example "${example.name}"`;
    const { html, calls, error } = await renderChecked(example.template);
    sets += 1;
    if (error) {
      check(name, [`threw ${error.stack?.split('\n').slice(0, 3).join(' / ')}`]);
      continue;
    }
    check(name, [...calls.map((call) => `console.${call.level}: ${call.text}`), ...contentProblems(html, tag, { buttons: !flowOfChildren(html, tag) })]);
  }

  // Every attribute its class declares.
  for (const set of attributeSets(cls, tag)) {
    const page = markup(tag, set.attributes);
    const name = `${tag} · ${Object.entries(set.attributes).filter(([key]) => key === Object.keys(set.attributes).at(-1)).map(([key, value]) => (value === true ? key : `${key}=${JSON.stringify(value).slice(0, 40)}`)).join(' ')}`;
    const { html, calls, error } = await renderChecked(page);
    sets += 1;
    if (error) {
      check(name, [`threw ${error.stack?.split('\n').slice(0, 3).join(' / ')}`]);
      continue;
    }
    const problems = contentProblems(html, tag, { buttons: !flowOfChildren(html, tag) });
    const warnings = calls.filter((call) => call.level === 'warn');
    const others = calls.filter((call) => call.level !== 'warn');
    problems.push(...others.map((call) => `console.${call.level}: ${call.text}`));
    // Hostile text in an attribute the element checks is a rejected value: one warning, as for any other.
    const expected = set.hostile ? [0, 1] : [set.warns];
    if (!expected.includes(warnings.length)) problems.push(`${warnings.length} warnings, expected ${expected.join(' or ')}: ${warnings.map((call) => call.text).join(' | ')}`);
    if (warnings.length && !warnings.every((call) => call.text.startsWith(`<${tag}>`) && call.text.includes(Object.keys(set.attributes).at(-1)))) {
      problems.push(`the warning names neither <${tag}> nor the attribute: ${warnings.map((call) => call.text).join(' | ')}`);
    }
    if (set.hostile && (html.includes('<img src=x') || html.includes('<script>alert'))) problems.push(`hostile text came out as markup: ${HOSTILE}`);
    check(name, problems);
  }
  counts.push(`${tag}: ${(examples[exercise] ?? []).length} examples + ${sets - (examples[exercise] ?? []).length} attribute sets`);
}

// One page with every element, as an Eleventy page or a Next.js route holds them.
const everything = widgets.map((widget) => markup(widget.tag, { ...baseAttributes(widget.tag), heading: `All on one page: ${widget.tag}` })).join('\n');
const page = await renderChecked(`<main lang="en">${everything}</main>`);
check('every element on one page', page.error ? [`threw ${page.error.message}`] : [...page.calls.map((call) => `console.${call.level}: ${call.text}`), ...widgets.flatMap((widget) => contentProblems(page.html, widget.tag))]);

console.log(counts.map((line) => `  ${line}`).join('\n'));
for (const failure of failures) console.log(failure);
console.log(`server render: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
