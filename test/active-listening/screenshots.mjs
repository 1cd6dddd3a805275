#!/usr/bin/env node
// Screenshots of <tend-active-listening> in use, from the built files (dist/tend.min.js and dist/locales/es.js) on a
// plain page, at 390 CSS px (a phone) and 1280 px: docs/screenshots/active-listening-*.png. The pair is driven as a
// person would (typing, pressing buttons by name). Run after `npm run build`:
//   node test/active-listening/screenshots.mjs
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-flags.mjs';
import { serveStatic } from '../consumer/serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'docs/screenshots');
const PAGE = 'active-listening-screenshots.html';

/** In the page: types into a field, presses a button by the start of its name, waits for the element. */
const DRIVER = `
window.drive = {
  el: () => document.querySelector('tend-active-listening'),
  async settle() { const el = drive.el(); await el.updateComplete; await new Promise((r) => setTimeout(r, 80)); await el.updateComplete; },
  async type(id, words) {
    const field = drive.el().shadowRoot.querySelector('#' + id);
    field.focus();
    field.value += words;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: words, inputType: 'insertText' }));
    await drive.settle();
  },
  async press(name) {
    const button = [...drive.el().shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(name));
    if (!button) throw new Error('no button ' + name);
    button.focus();
    button.click();
    await drive.settle();
  },
};`;

const shots = [
  {
    name: 'say',
    markup: '<tend-active-listening with="Sam, Alex"></tend-active-listening>',
    steps: [['type', 'said', 'When you looked at your phone during dinner I felt alone, like I was talking to myself.']],
  },
  {
    name: 'reflect-no-peeking',
    markup: '<tend-active-listening with="Sam, Alex" no-peeking></tend-active-listening>',
    steps: [
      ['type', 'said', 'When you looked at your phone during dinner I felt alone, like I was talking to myself.'],
      ['press', 'Pass to'],
      ['type', 'heard', 'You felt alone at dinner when I was on my phone.'],
    ],
  },
  {
    name: 'check',
    markup: '<tend-active-listening with="Sam, Alex"></tend-active-listening>',
    steps: [
      ['type', 'said', 'When you looked at your phone during dinner I felt alone, like I was talking to myself.'],
      ['press', 'Pass to'],
      ['type', 'heard', 'You felt alone at dinner when I was on my phone, like you were talking to yourself.'],
      ['press', 'Check with'],
    ],
  },
  {
    name: 'respond-tips',
    markup: '<tend-active-listening with="Sam, Alex"></tend-active-listening>',
    steps: [
      ['type', 'said', 'When you looked at your phone during dinner I felt alone.'],
      ['press', 'Pass to'],
      ['type', 'heard', 'You felt alone at dinner when I was on my phone.'],
      ['press', 'Check with'],
      ['press', "That's it"],
      ['type', 'question', 'Why do you always make a big deal of it?'],
      ['type', 'validation', 'It makes sense that you felt alone, because I was on my phone. But it was only a minute.'],
    ],
  },
  {
    name: 'break',
    markup: '<tend-active-listening with="Sam, Alex"></tend-active-listening>',
    steps: [
      ['type', 'said', 'I feel overwhelmed when plans change at the last minute.'],
      ['press', 'Take a break'],
      ['press', 'Breathe with'],
      ['wait', 1800],
    ],
  },
  {
    name: 'second-round-es',
    markup: '<tend-active-listening lang="es" with="Ana, Luis"></tend-active-listening>',
    steps: [
      ['type', 'said', 'Cuando llegas tarde sin avisar me quedo preocupada toda la noche.'],
      ['press', 'Pasar a'],
      ['type', 'heard', 'Te preocupas toda la noche cuando llego tarde sin avisar.'],
      ['press', 'Comprobar con'],
      ['press', 'Eso es'],
      ['type', 'validation', 'Tiene sentido que te preocupes, porque no sabes dónde estoy.'],
      ['press', 'Cambiar los papeles'],
    ],
  },
  {
    name: 'danger',
    markup:
      '<tend-active-listening with="Sam, Alex" exit-url="https://www.bbc.co.uk/weather"><p slot="support">Call our practice on 555 0100 (weekdays), or a crisis line at any hour.</p></tend-active-listening>',
    steps: [['type', 'said', 'When he gets angry he hits me and I am scared to go home.']],
  },
];

const server = await serveStatic(ROOT);
const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
mkdirSync(OUT, { recursive: true });
try {
  for (const [width, height, suffix] of [
    [390, 844, ''],
    [1280, 900, '-1280'],
  ]) {
    for (const shot of shots) {
      if (suffix && !['check', 'respond-tips'].includes(shot.name)) continue;
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/dist/tend.min.js"></script><script type="module" src="/dist/locales/es.js"></script>
<style>body { font: 17px/1.5 system-ui, sans-serif; margin: 0 auto; padding: 12px; max-inline-size: 44rem; color: #1b1c1f; background: #fff; }</style>
</head><body>${shot.markup}<script>${DRIVER}</script></body></html>`;
      writeFileSync(join(ROOT, PAGE), html);
      const tab = await browser.newPage();
      await tab.setViewport({ width, height, deviceScaleFactor: 1 });
      await tab.goto(`${server.origin}/${PAGE}`);
      await tab.waitForFunction(() => document.querySelector('tend-active-listening')?.shadowRoot?.querySelector('[part~=turn]'));
      for (const [kind, ...args] of shot.steps) {
        if (kind === 'wait') await new Promise((r) => setTimeout(r, args[0]));
        else await tab.evaluate((k, a) => window.drive[k](...a), kind, args);
      }
      await tab.evaluate(() => document.activeElement?.blur?.());
      await new Promise((r) => setTimeout(r, 150));
      const file = join(OUT, `active-listening-${shot.name}${suffix}.png`);
      const el = await tab.$('tend-active-listening');
      await el.screenshot({ path: file });
      console.log(file.slice(ROOT.length + 1));
      await tab.close();
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(join(ROOT, PAGE), { force: true });
}
