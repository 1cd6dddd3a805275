#!/usr/bin/env node
// The README's recipe for a new exercise, followed to the letter in a copy of the repository: the exercise's folder
// (test/recipe/fixture/src/gratitude/, a one-field note of thanks), its examples, its Spanish part
// (src/locales/es/gratitude.ts) and ONE line in src/registry.ts — nothing else by hand. Then `npm run registry`,
// `npm run analyze` and the build, and in Chromium: the CDN autoloader loads <tend-gratitude> when the page has one,
// a <tend-flow> takes it as a step and sums it up (in English and in Spanish), and the builder offers it, alone and
// as a flow's step. Prints the files the recipe touched. Ends with "recipe: N passed, M failed".
// Usage: node test/recipe/run.mjs   (TEND_RECIPE_KEEP=1 keeps the copy)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-flags.mjs';
import { serveStatic } from '../consumer/serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = join(ROOT, 'test/recipe/fixture');
const REGISTRY_LINE = "  widget('gratitude', 'TendGratitude', { xapi: { verb: 'answered', name: 'Note of thanks', description: 'One thing I appreciate about you.', interactionType: 'long-fill-in' }, budget: { alone: 40, share: 3, page: 40 } }),";

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? '✓' : '✖'} ${name}${!ok && detail ? `: ${detail}` : ''}`);
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 900_000 });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

// ——— the copy: the repository's files (not its build or its installs), node_modules shared ———
const copy = mkdtempSync(join(tmpdir(), 'tend-recipe-'));
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
for (const file of files) {
  if (file.startsWith('test/recipe/') || file.startsWith('wordpress/') && file.endsWith('.zip')) continue;
  mkdirSync(dirname(join(copy, file)), { recursive: true });
  try {
    cpSync(join(ROOT, file), join(copy, file));
  } catch {
    // listed but deleted in the working tree
  }
}
symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
execFileSync('git', ['init', '-q'], { cwd: copy });
execFileSync('git', ['add', '-A'], { cwd: copy });
execFileSync('git', ['-c', 'user.name=recipe', '-c', 'user.email=recipe@localhost', 'commit', '-qm', 'before the recipe', '--no-verify'], { cwd: copy });

// ——— the recipe: the exercise's own files, and one line in the registry ———
cpSync(FIXTURE, copy, { recursive: true });
const registry = readFileSync(join(copy, 'src/registry.ts'), 'utf8');
const end = registry.indexOf('] as const satisfies readonly WidgetInfo[];');
writeFileSync(join(copy, 'src/registry.ts'), `${registry.slice(0, end)}${REGISTRY_LINE}\n${registry.slice(end)}`);
const byHand = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: copy, encoding: 'utf8' }).split('\n').filter(Boolean);

for (const [name, args] of [
  ['npm run registry', ['scripts/registry.mjs']],
  ['npm run analyze (the manifest and the builder\'s catalogue)', ['scripts/analyze.mjs', '--quiet']],
  ['the builder\'s catalogue', ['scripts/builder-catalog.mjs']],
  ['npm run build', ['scripts/build.mjs']],
]) {
  const result = run('node', args, copy);
  check(name, result.ok, result.output.trim().split('\n').slice(-12).join('\n'));
  if (!result.ok) break;
}
const touched = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: copy, encoding: 'utf8' }).split('\n').filter(Boolean);
console.log(`\nwritten by hand (${byHand.length}):\n${byHand.map((line) => `  ${line.slice(3)}`).join('\n')}`);
const generated = touched.map((line) => line.slice(3)).filter((file) => !byHand.some((line) => line.slice(3) === file));
console.log(`generated (${generated.length}):\n${generated.map((file) => `  ${file}`).join('\n')}\n`);
check('by hand: the exercise\'s folder, its examples, its Spanish part and the registry line, nothing else', byHand.every((line) => /src\/gratitude\/|stories\/examples\/gratitude\.ts|src\/locales\/es\/gratitude\.ts|src\/registry\.ts/.test(line)), byHand.join(', '));

// ——— the built files, as a page uses them ———
if (!failed) {
  const server = await serveStatic(copy);
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  let pages = 0;
  /** A fresh page of the copy's site holding `body`, with `script` in its head. */
  const page = async (body, script) => {
    const file = `recipe-page-${(pages += 1)}.html`;
    writeFileSync(join(copy, file), `<!doctype html><html lang="en"><head><meta charset="utf-8">${script}</head><body>${body}</body></html>`);
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${server.origin}/${file}`);
    return { tab, errors };
  };
  try {
    {
      const { tab, errors } = await page('<tend-gratitude></tend-gratitude>', '<script type="module" src="/dist/cdn/autoloader.js"></script>');
      const heading = await tab.waitForFunction(() => document.querySelector('tend-gratitude')?.shadowRoot?.querySelector('[part~=heading]')?.textContent?.trim(), { timeout: 20_000 }).then((h) => h.jsonValue()).catch(() => '');
      check('the CDN autoloader loads <tend-gratitude> when the page has one', heading === 'A note of thanks', `heading "${heading}", errors: ${errors.join('; ')}`);
      await tab.close();
    }
    for (const [lang, label, name] of [['en', 'I appreciate', 'A note of thanks'], ['es', 'Aprecio', 'Una nota de gratitud']]) {
      const { tab, errors } = await page(
        `<tend-flow lang="${lang}" heading="Tonight"><tend-gratitude></tend-gratitude></tend-flow>`,
        '<script type="module" src="/dist/tend.min.js"></script><script type="module" src="/dist/locales/es.js"></script>',
      );
      const summary = await tab
        .waitForFunction(async () => {
          const flow = document.querySelector('tend-flow');
          const step = document.querySelector('tend-gratitude');
          const note = step?.shadowRoot?.querySelector('#note');
          if (!flow?.shadowRoot || !note) return '';
          if (!flow.shadowRoot.querySelector('[part~=summary]')) {
            note.value = 'The tea you made me.';
            note.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
            await step.updateComplete;
            step.shadowRoot.querySelector('button.primary').click();
            return '';
          }
          return flow.shadowRoot.querySelector('[part~=summary]').textContent.replace(/\s+/g, ' ').trim();
        }, { timeout: 20_000, polling: 200 })
        .then((h) => h.jsonValue())
        .catch(() => '');
      check(`a flow (lang="${lang}") takes <tend-gratitude> as its step and sums it up ("${label}: …")`, summary.includes(name) && summary.includes(label) && summary.includes('The tea you made me.'), `summary "${summary}", errors: ${errors.join('; ')}`);
      await tab.close();
    }
    {
      const { tab, errors } = await page('<tend-builder></tend-builder>', '<script type="module" src="/dist/builder.js"></script>');
      const offered = await tab
        .waitForFunction(() => [...(document.querySelector('tend-builder')?.shadowRoot?.querySelectorAll('#exercise option') ?? [])].map((o) => o.value).join(' '), { timeout: 20_000 })
        .then((h) => h.jsonValue())
        .catch(() => '');
      check('the builder offers <tend-gratitude>', offered.split(' ').includes('tend-gratitude'), `offers "${offered}", errors: ${errors.join('; ')}`);
      const steps = await tab.evaluate(async () => {
        const builder = document.querySelector('tend-builder');
        const select = builder.shadowRoot.querySelector('#exercise');
        select.value = 'tend-flow';
        select.dispatchEvent(new Event('change'));
        await builder.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100));
        return [...builder.shadowRoot.querySelectorAll('option')].map((option) => option.value).join(' ');
      });
      check("the builder offers it as a flow's step", steps.split(' ').filter((value) => value === 'tend-gratitude').length >= 2, steps);
      await tab.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (!process.env.TEND_RECIPE_KEEP) rmSync(copy, { recursive: true, force: true });
else console.log(`the copy: ${copy}`);
console.log(`recipe: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
