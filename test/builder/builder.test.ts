import { expect, waitUntil, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { engine, skipBecause } from '../helpers/skip.js';
import type { TendBuilder } from '../../src/builder/builder.js';
import { type Widget, CDN, root, settle, byLabel, byName, type, choose, tick, addEntries, reword, code, copyEmbedCode, pasteIntoBlankPage, texts, newBuilder } from './helpers.js';

describe('<tend-builder>', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
  afterEach(() => {
    document.querySelectorAll('iframe.blank-page').forEach((frame) => frame.remove());
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('offers every exercise of the manifest under "Exercise", and a preview region', async () => {
    const b = await newBuilder();
    const options = [...byLabel<HTMLSelectElement>(b, 'Exercise').options].map((o) => o.value);
    expect(options).to.include.members(['tend-i-statement', 'tend-stop-timer', 'tend-agreement', 'tend-reflection-card']);
    const preview = root(b).querySelector('[role=region]')!;
    expect(preview.getAttribute('aria-labelledby')).to.equal('preview-heading');
    expect(root(b).getElementById('preview-heading')!.textContent).to.equal('Preview');
    expect(byLabel<HTMLTextAreaElement>(b, 'Embed code').readOnly).to.equal(true);
  });

  it('I-statement: configured in the builder, the pasted code gives the same element on a blank page', async () => {
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-i-statement');
    await type(b, byLabel(b, 'Title'), 'Before our session');
    await addEntries(b, 'Feelings to choose from', 'calm', 'hurt, hopeful');
    await tick(b, 'Turn the coaching hints off');
    await type(b, byLabel(b, 'Email address'), 'therapist@example.org');
    await reword(b, 'Done', "I'm finished");
    const preview = root(b).querySelector('tend-i-statement') as unknown as Widget;
    expect(texts(preview, 'h2')).to.deep.equal(['Before our session']);
    const copied = await copyEmbedCode(b);
    expect(copied).to.equal(code(b));
    // The page loads this one exercise (and the shared core), not every element.
    expect(copied).to.contain(`<script type="module" src="${CDN}cdn/i-statement.js"></script>`).and.not.contain('tend.min.js');
    expect(copied).to.contain(`<link rel="stylesheet" href="${CDN}tend.css">`);
    const el = await pasteIntoBlankPage(copied, 'tend-i-statement');
    expect(texts(el, 'h2')).to.deep.equal(['Before our session']);
    expect(el.getAttribute('emotions')).to.equal('calm, hurt, hopeful');
    expect(el.hasAttribute('no-hints')).to.equal(true);
    expect(texts(el, 'button')).to.include("I'm finished");
    // "Email my words" appears once the client has written something.
    expect(texts(el, 'a')).not.to.include('Email my words to therapist@example.org');
    const emotion = el.shadowRoot!.getElementById('emotion') as HTMLInputElement;
    emotion.value = 'calm';
    emotion.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    // The link's code comes with the element's first `send-to` (a module of its own): wait for it, not for a render.
    await waitUntil(() => texts(el, 'a').includes('Email my words to therapist@example.org'), '"Email my words" once something is written');
  });

  it('STOP timer: four step lengths, typed as people write them, are written as durations in seconds', async () => {
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-stop-timer');
    await type(b, byLabel(b, 'Stop'), '3 s');
    await type(b, byLabel(b, 'Observe'), '1:30');
    await type(b, byLabel(b, 'Proceed'), '15');
    expect(byLabel<HTMLInputElement>(b, 'Observe').value).to.equal('1 min 30 s');
    await tick(b, 'Note fields');
    await type(b, byLabel(b, 'Breathing pattern'), '4-7-8');
    await reword(b, 'Start', 'Begin');
    const el = await pasteIntoBlankPage(await copyEmbedCode(b), 'tend-stop-timer');
    expect(el.getAttribute('durations')).to.equal('3 30 90 15');
    expect(el.getAttribute('breath')).to.equal('4-7-8');
    expect(el.hasAttribute('notes')).to.equal(true);
    expect(texts(el, 'button')).to.include('Begin');
    expect((el.value as { durations: number[] }).durations).to.deep.equal([3, 30, 90, 15]);
  });

  it('agreement: people, review rhythm and a custom template of sections and items', async () => {
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-agreement');
    await addEntries(b, 'Names of the other people', 'Alex', 'Sam');
    await choose(b, byLabel(b, 'Review rhythm'), 'weekly');
    await choose(b, byLabel(b, 'Template'), 'custom');
    await type(b, byLabel(b, 'Title of the agreement'), 'Our weekday rhythm');
    await type(b, byLabel(b, 'Section title'), 'Evenings');
    await type(b, byLabel(b, 'Starting items'), 'Tuesday is ours\n\nThursday is for friends');
    await reword(b, 'Download calendar reminder (.ics)', 'Put it in my calendar');
    const pasted = await copyEmbedCode(b);
    expect(pasted).to.contain('<script type="application/json">');
    const el = await pasteIntoBlankPage(pasted, 'tend-agreement');
    const value = el.value as { title: string; with: string[]; sections: { title: string; items: string[] }[]; review: { cadence: string } };
    expect(value.title).to.equal('Our weekday rhythm');
    expect(value.with).to.deep.equal(['Alex', 'Sam']);
    expect(value.review.cadence).to.equal('weekly');
    expect(value.sections).to.have.length(1);
    expect(value.sections[0]!.title).to.equal('Evenings');
    expect(value.sections[0]!.items).to.deep.equal(['Tuesday is ours', 'Thursday is for friends']);
    expect(texts(el, 'button')).to.include('Put it in my calendar');
  });

  it('reflection card: own prompts (pasted markup flagged and left out, hostile text never runs), word count, heading', async () => {
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-reflection-card');
    const hostile = 'What <b>matters</b> & "why"? </script><script>alert(1)</script>';
    await addEntries(b, 'Prompt', 'What went well this week?', hostile);
    await tick(b, 'Show a word count');
    await type(b, byLabel(b, 'Title'), 'Between "sessions" <i>');
    await reword(b, 'Next', 'Onwards');
    expect(root(b).getElementById('prompt-markup')!.textContent).to.contain('<b>').and.contain('plain text');
    expect(root(b).getElementById('f-heading-markup')!.textContent).to.contain('<i>');
    const pasted = await copyEmbedCode(b);
    expect(pasted).not.to.contain('<b>').and.not.contain('&lt;b&gt;').and.not.contain('<script>alert').and.not.contain('&lt;script');
    expect(pasted).to.contain('heading="Between &quot;sessions&quot;"');
    const el = await pasteIntoBlankPage(pasted, 'tend-reflection-card');
    expect(el.ownerDocument.querySelectorAll('b, i, body > script:not([src])')).to.have.length(0);
    const answers = (el.value as { answers: { prompt: string }[] }).answers.map((a) => a.prompt);
    // Clients read the words, never the tags.
    expect(answers).to.deep.equal(['What went well this week?', 'What matters & "why"? alert(1)']);
    expect(texts(el, 'h2')).to.deep.equal(['Between "sessions"']);
    expect(el.shadowRoot!.querySelector('.word-count')).to.exist;
    expect(texts(el, 'button')).to.include('Onwards');
  });

  it('a value the element rejects is flagged at its field and never reaches the code', async () => {
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-stop-timer');
    await type(b, byLabel(b, 'Observe'), '0');
    expect(root(b).getElementById('f-durations-error')!.textContent).to.contain('Observe needs at least one second.');
    expect(byLabel(b, 'Observe').getAttribute('aria-invalid')).to.equal('true');
    expect(code(b)).not.to.contain('durations');
    // Said in her words, and never a silent fallback: the code says what it leaves out.
    expect(root(b).getElementById('code-problems')!.textContent).to.contain('Step lengths: Observe needs at least one second.');
    await type(b, byLabel(b, 'Email address'), 'someone@example.org?bcc=everyone@example.org');
    expect(root(b).getElementById('f-send-to-error')!.textContent).to.contain('Write one e-mail address');
    expect(code(b)).not.to.contain('send-to');
    await type(b, byLabel(b, 'Breathing pattern'), '4-6');
    expect(code(b)).to.contain('breath="4-6"');
    // The agreement's custom template goes through the agreement's own parser too.
    await choose(b, byLabel(b, 'Exercise'), 'tend-agreement');
    await choose(b, byLabel(b, 'Template'), 'custom');
    await type(b, byLabel(b, 'Section title'), '   ');
    expect(root(b).getElementById('template-error')!.textContent).to.contain('Section 1 needs a title.');
    expect(root(b).getElementById('code-problems')!.textContent).to.contain('Section 1 needs a title.');
    expect(code(b)).not.to.contain('application/json');
    expect(code(b)).not.to.contain('template=');
  });

  it('the whole state is in the URL fragment: reopening the link restores it', async () => {
    const first = await newBuilder();
    await choose(first, byLabel(first, 'Exercise'), 'tend-reflection-card');
    await choose(first, byLabel(first, 'Deck'), 'repair');
    await tick(first, 'Shuffle the cards');
    await reword(first, 'Previous', 'Back');
    const configured = code(first);
    expect(location.hash).to.match(/^#tend=/);
    first.remove();
    const reopened = await newBuilder();
    expect(code(reopened)).to.equal(configured);
    expect(byLabel<HTMLSelectElement>(reopened, 'Deck').value).to.equal('repair');
    expect(byLabel<HTMLSelectElement>(reopened, 'Exercise').value).to.equal('tend-reflection-card');
  });

  it('pasting an existing embed code loads it for editing, without running it', async () => {
    const source = await newBuilder();
    await choose(source, byLabel(source, 'Exercise'), 'tend-agreement');
    await addEntries(source, 'Names of the other people', 'Robin');
    await choose(source, byLabel(source, 'Template'), 'custom');
    await type(source, byLabel(source, 'Section title'), 'Money');
    await reword(source, 'Done', 'Signed');
    const pasted = `${code(source)}<img src=x onerror="window.__ran = true"><script>window.__ran = true</script>`;
    source.remove();
    history.replaceState(null, '', location.pathname);
    const b = await newBuilder();
    expect(code(b)).not.to.contain('Robin');
    await type(b, byLabel(b, 'Paste an embed code'), pasted);
    byName(b, 'button', 'Load this code').click();
    await settle(b);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((window as { __ran?: boolean }).__ran).to.equal(undefined);
    expect(byLabel<HTMLSelectElement>(b, 'Exercise').value).to.equal('tend-agreement');
    expect(code(b)).to.contain('with="Robin"').and.contain('"Money"').and.contain('"done": "Signed"');
  });

  it('checks colour contrast live and says against what', async () => {
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-i-statement');
    const accent = byLabel(b, '--tend-accent');
    await type(b, accent, '#9aa0a6');
    await settle(b);
    const warning = root(b).querySelector('#contrast .warning')!.textContent!;
    expect(warning).to.match(/accent on the background is \d\.\d:1/);
    expect(code(b)).to.contain('style="--tend-accent: #9aa0a6"');
    byName(b, 'button', 'Reset --tend-accent').click();
    await settle(b);
    expect(root(b).querySelector('#contrast .warning')).to.equal(null);
    expect(code(b)).not.to.contain('style=');
  });

  it('shows the React and Vue forms, and how to paste into WordPress, Squarespace and Wix', async () => {
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-i-statement');
    await tick(b, 'Turn the coaching hints off');
    const blocks = [...root(b).querySelectorAll('pre')].map((pre) => pre.textContent!);
    expect(blocks[0]).to.contain("import { TendIStatement } from 'tend-widgets/react';").and.contain('noHints');
    expect(blocks[1]).to.contain("import 'tend-widgets/i-statement';").and.contain('<tend-i-statement').and.contain('no-hints');
    const howTo = root(b).querySelector('details ul')!.textContent!;
    expect(howTo).to.contain('WordPress').and.contain('Squarespace').and.contain('Wix');
  });

  it('defaults to the published package on a public CDN, versioned', async () => {
    const b = await fixture<TendBuilder>(html`<tend-builder></tend-builder>`);
    await settle(b);
    expect(code(b)).to.match(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/tend-widgets@\d+\.\d+\.\d+\/dist\/cdn\/[a-z-]+\.js"/);
  });

  it('speaks Spanish under lang="es", and Spanish exercises get their locale script', async () => {
    const b = await fixture<TendBuilder>(html`<div lang="es"><tend-builder cdn=${CDN}></tend-builder></div>`).then((d) => d.querySelector('tend-builder')!);
    await settle(b);
    expect(root(b).querySelector('h2')!.textContent).to.equal('Creador de ejercicios');
    await choose(b, byLabel(b, 'Idioma'), 'es');
    const spanish = (root(b).getElementById('code') as HTMLTextAreaElement).value;
    expect(spanish).to.contain(`<script type="module" src="${CDN}locales/es.js"></script>`);
    expect(spanish).to.contain('lang="es"');
  });

  for (const tag of ['tend-i-statement', 'tend-stop-timer', 'tend-agreement', 'tend-reflection-card']) {
    it(`is accessible (axe) with ${tag} chosen and every section open`, async function () {
      this.timeout(40000);
      const b = await newBuilder();
      await choose(b, byLabel(b, 'Exercise'), tag);
      if (tag === 'tend-agreement') await choose(b, byLabel(b, 'Template'), 'custom');
      root(b).querySelectorAll('details').forEach((d) => (d.open = true));
      await settle(b);
      await expect(b).to.be.accessible();
    });
  }

  it('fits 320 px without sideways scrolling', async function () {
    // The builder's layout follows the viewport, and MiniBrowser's window cannot get narrower than 447 px.
    if (engine === 'WebKit') skipBecause(this, "MiniBrowser's window cannot be 320 px wide; Chromium and Firefox check it");
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-agreement');
    await choose(b, byLabel(b, 'Template'), 'custom');
    root(b).querySelectorAll('details').forEach((d) => (d.open = true));
    await setViewport({ width: 320, height: 640 });
    try {
      await settle(b);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('sends nothing anywhere: configuring, copying and loading make no request', async () => {
    const b = await newBuilder();
    const before = performance.getEntriesByType('resource').length;
    await choose(b, byLabel(b, 'Exercise'), 'tend-i-statement');
    await type(b, byLabel(b, 'Title'), 'Mine');
    await type(b, byLabel(b, 'Email address'), 'therapist@example.org');
    await copyEmbedCode(b);
    await type(b, byLabel(b, 'Paste an embed code'), '<tend-stop-timer durations="1 2 3 4"><img src="/should-not-load.png"></tend-stop-timer>');
    byName(b, 'button', 'Load this code').click();
    await settle(b);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = performance.getEntriesByType('resource').slice(before).map((entry) => entry.name);
    expect(after).to.deep.equal([]);
    expect(code(b)).to.contain('durations="1 2 3 4"');
  });

  it('is operable from the keyboard: every control is a native, focusable one', async () => {
    const b = await newBuilder();
    const controls = [...root(b).querySelectorAll<HTMLElement>('input, select, textarea, button, summary')];
    expect(controls.length).to.be.greaterThan(10);
    for (const control of controls) expect(control.tabIndex, control.outerHTML.slice(0, 60)).to.be.at.least(0);
  });
});
