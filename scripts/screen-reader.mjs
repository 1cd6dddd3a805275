#!/usr/bin/env node
// Walks every exercise with a real screen reader (Orca, Chromium, Xvfb; the harness in
// ../shared/tools/screen-reader) by the keyboard alone, and saves what Orca said as a transcript.
// Slow (several minutes) and Linux only: run it by hand, not in `npm test`.
//
//   npm run build && node scripts/screen-reader.mjs [--dist dist] [--out screen-reader.txt] [--only timer,agreement]
//
// env: TEND_SR_TOOLS (the harness folder), SR_DIR (its run folder). See the README's "Accessibility".
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { walks } from './screen-reader/walks.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.resolve(option('dist', path.join(root, 'dist')));
const out = path.resolve(option('out', 'screen-reader.txt'));
const only = option('only', '').split(',').filter(Boolean);
const tools = [process.env.TEND_SR_TOOLS, path.join(root, '../shared/tools/screen-reader'), path.join(root, '../../shared/tools/screen-reader')]
  .filter(Boolean)
  .find((dir) => existsSync(path.join(dir, 'sr-up.sh')));
if (!tools) {
  console.error('screen reader: the harness (sr-up.sh, keys.sh, transcript.py) was not found; set TEND_SR_TOOLS to its folder.');
  process.exit(2);
}
if (!existsSync(path.join(dist, 'tend.min.js'))) {
  console.error(`screen reader: no tend.min.js in ${dist}: run \`npm run build\` first (or give --dist).`);
  process.exit(2);
}
const chosen = walks.filter((walk) => !only.length || only.includes(walk.name));
const runDir = process.env.SR_DIR || path.join(process.env.TMPDIR || '/tmp', 'tend-screen-reader');
const env = { ...process.env, SR_DIR: runDir };

/** The X display and buses of the running harness (for xdotool). */
function harnessEnv() {
  const vars = {};
  for (const line of readFileSync(path.join(runDir, 'state.env'), 'utf8').split('\n')) {
    const m = /^(\w+)=(.*)$/.exec(line);
    if (m) vars[m[1]] = m[2].replace(/^'(.*)'$/, '$1').replace(/\\(.)/g, '$1');
  }
  return { ...env, ...vars };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const logLines = () => readFileSync(path.join(runDir, 'logs/orca.debug'), 'utf8').split('\n').length - 1;

/** The focused element, through shadow roots: "tag#id name" (the name from aria-label, its label, or its text). */
const FOCUSED = `(() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  if (!a) return ''; const name = a.getAttribute('aria-label') || (a.labels && a.labels[0] ? a.labels[0].textContent : '') || a.textContent || '';
  return a.localName + (a.id ? '#' + a.id : '') + ' ' + name.replace(/\\s+/g, ' ').trim().slice(0, 60); })()`;

async function main() {
  const up = spawnSync(path.join(tools, 'sr-up.sh'), [dist, chosen[0]?.query ?? 'w=i-statement'], { env, stdio: 'inherit' });
  if (up.status !== 0) process.exit(up.status ?? 1);
  const { connect } = await import(pathToFileURL(path.join(tools, 'driver.mjs')).href);
  const page = await connect();
  const xenv = harnessEnv();
  const key = (chord) => execFileSync('xdotool', ['key', '--delay', '150', chord], { env: xenv });
  const sections = [`Screen-reader walk: Orca and Chromium, keys only (scripts/screen-reader.mjs), ${new Date().toISOString().slice(0, 10)}`, `dist: ${dist}`, ''];
  /** Gives the page the keyboard (a walk before may have left it in the browser's own controls): a click on its h1. */
  const focusPage = async () => {
    const [x, y] = await page.evaluate(`(() => { const r = document.querySelector('h1').getBoundingClientRect();
      return [Math.round(window.screenX + r.left + 4), Math.round(window.screenY + window.outerHeight - window.innerHeight + r.top + r.height / 2)]; })()`);
    execFileSync('xdotool', ['mousemove', String(x), String(y), 'click', '1'], { env: xenv });
    await sleep(1500);
  };
  /** Orca's mode now: the last "Browse mode" / "Focus mode" it said (a page starts in browse mode). */
  const orcaMode = (from) => {
    const said = readFileSync(path.join(runDir, 'logs/orca.debug'), 'utf8').split('\n').slice(from).join('\n');
    return said.lastIndexOf("SPEECH OUTPUT: 'Focus mode'") > said.lastIndexOf("SPEECH OUTPUT: 'Browse mode'") ? 'focus' : 'browse';
  };
  /** Runs a page's steps; false (with a note) when a tab-to missed, and the rest is left out. */
  const runSteps = async (steps, notes, pageFrom) => {
    for (const step of steps) {
      if (step.startsWith('type:')) execFileSync('xdotool', ['type', '--delay', '150', step.slice(5)], { env: xenv });
      else if (step.startsWith('sleep:')) await sleep(Number(step.slice(6)) * 1000);
      else if (step.startsWith('note:')) notes.push({ at: logLines(), text: step.slice(5) });
      else if (step.startsWith('mode:')) {
        if (orcaMode(pageFrom) !== step.slice(5)) key('Insert+a');
      } else if (/^(tab|back)-to:/.test(step)) {
        // Tab (back-to: Shift+Tab) until the focused control's name matches: the tab stops show in the transcript.
        const target = new RegExp(step.slice(step.indexOf(':') + 1), 'i');
        const chord = step.startsWith('back') ? 'shift+Tab' : 'Tab';
        let found = false;
        for (let n = 0; n < 60 && !found; n++) {
          key(chord);
          await sleep(900);
          found = target.test(await page.evaluate(FOCUSED));
          // Focus left the page (into the browser's own controls): stop rather than type into them.
          if (!found && !(await page.evaluate('document.hasFocus()'))) break;
        }
        if (!found) {
          notes.push({ at: logLines(), text: `walk stopped: no control matching ${target} (this version differs here)` });
          return false;
        }
      } else key(step);
      await sleep(1200);
    }
    return true;
  };
  try {
    for (const walk of chosen) {
      process.stdout.write(`screen reader: ${walk.name}…\n`);
      await page.evaluate('localStorage.clear()').catch(() => {});
      const from = logLines();
      const notes = [];
      for (const [i, query] of walk.queries.entries()) {
        key('Escape');
        await page.goto(`${page.state.page}?${query}`);
        await focusPage();
        await sleep(i === 0 ? 3000 : 2000);
        if (!(await runSteps(walk.steps[i] ?? [], notes, logLines()))) break;
      }
      await sleep(4000);
      sections.push(`## ${walk.name}: ${walk.title}`, ...walk.queries.map((q) => `page: ?${decodeURIComponent(q)}`), '', annotate(from, notes), '');
    }
  } finally {
    await page.close();
    spawnSync(path.join(tools, 'sr-down.sh'), [], { env, stdio: 'inherit' });
  }
  writeFileSync(out, sections.join('\n'));
  console.log(`screen reader: transcript written to ${out}`);
}

/** The transcript of a walk, with its notes ("— remove the item —") where they were made. */
function annotate(from, notes) {
  const lines = readFileSync(path.join(runDir, 'logs/orca.debug'), 'utf8').split('\n');
  const marks = [...notes, { at: lines.length, text: '' }];
  let at = from;
  let text = '';
  for (const mark of marks) {
    const slice = path.join(runDir, 'logs/slice.debug');
    writeFileSync(slice, lines.slice(at, mark.at).join('\n'));
    text += execFileSync('python3', [path.join(tools, 'transcript.py')], { env: { ...env, ORCA_LOG: slice }, encoding: 'utf8' }).trimEnd();
    if (mark.text) text += `${text ? '\n' : ''}— ${mark.text} —\n`;
    at = mark.at;
  }
  return collapseTyping(text.trimEnd());
}

/** Typed characters, one key line each in Orca's log, as one line: ⌨ "you always". */
function collapseTyping(text) {
  const out = [];
  let typed = null;
  for (const line of text.split('\n')) {
    const m = /^⌨ (.|space|comma|period|apostrophe|minus)$/.exec(line);
    if (m) {
      const ch = { space: ' ', comma: ',', period: '.', apostrophe: "'", minus: '-' }[m[1]] ?? m[1];
      if (typed === null) out.push('');
      typed = (typed ?? '') + ch;
      out[out.length - 1] = `⌨ "${typed}"`;
      continue;
    }
    typed = null;
    out.push(line);
  }
  return out.join('\n');
}

await main();
