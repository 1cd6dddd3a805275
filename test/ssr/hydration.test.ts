// Lit's hydrate support first: it changes how LitElement starts, so it comes before anything that imports Lit.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { aTimeout, expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/entries/index.js';
import '../../src/entries/locales/es.js';
import { storageKey } from '../../src/core/persistence.js';
import { button, recordEvents, root, text, textOf, type, type Updatable } from '../helpers/harness.js';
import { captureWarnings } from '../helpers/warnings.js';

/**
 * The server's HTML taken over in each engine: markup rendered through Lit SSR from the same source
 * modules (test/ssr/render-source.mjs), put in the page as a server's response is parsed (declarative
 * shadow DOM), hydrated by the elements. test/ssr/hydrate.mjs does the same with whole pages in Chromium.
 */
async function serverRendered(markup: string, options: { now?: string; lang?: string } = {}): Promise<HTMLElement> {
  const [html] = await executeServerCommand<string[], { markup: string[]; now?: string }>('tend-ssr-render', { markup: [markup], now: options.now });
  const page = document.createElement('div');
  if (options.lang) page.lang = options.lang;
  document.body.append(page);
  page.setHTMLUnsafe(html!);
  return page.firstElementChild as HTMLElement;
}

/** Waits for the element (and its own steps) to hydrate and take in what only the browser knows. */
async function settled(el: Updatable): Promise<void> {
  for (let round = 0; round < 4; round++) {
    await el.updateComplete;
    for (const inner of el.shadowRoot?.querySelectorAll<Updatable>('[data-tend-ssr]') ?? []) await inner.updateComplete;
    await aTimeout(0);
  }
}

const headingOf = (el: Element) => root(el).querySelector('[part~="heading"]');

describe('server rendering: the browser takes over the server’s HTML', () => {
  afterEach(() => {
    document.body.replaceChildren();
    localStorage.clear();
  });

  it('hydrates: the server’s nodes stay, one copy, and the exercise works (typing, events)', async () => {
    const warnings = captureWarnings();
    try {
      const el = await serverRendered('<tend-i-statement heading="From the server"></tend-i-statement>');
      const heading = headingOf(el);
      expect(text(heading)).to.equal('From the server');
      await settled(el);
      expect(headingOf(el)).to.equal(heading);
      expect(root(el).querySelectorAll('[part~="heading"]')).to.have.length(1);
      const changes = recordEvents<{ data: { emotion: string } }>('tend-change');
      await type(el, '#emotion', 'calm');
      expect(changes.events.at(-1)?.detail.data.emotion).to.equal('calm');
      changes.stop();
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('a draft kept in this browser comes back after hydrating', async () => {
    const draft = { emotion: 'hopeful', situation: 'we plan the week', reason: '', need: 'a walk together', text: '' };
    localStorage.setItem(storageKey('i-statement', 'ssr-draft'), JSON.stringify({ version: 1, savedAt: '2024-01-15T12:00:00.000Z', data: draft }));
    const el = await serverRendered('<tend-i-statement persist="ssr-draft"></tend-i-statement>');
    expect(root(el).querySelector<HTMLInputElement>('#emotion')!.value).to.equal('');
    const heading = headingOf(el);
    await settled(el);
    expect(headingOf(el)).to.equal(heading);
    expect(root(el).querySelector<HTMLInputElement>('#emotion')!.value).to.equal('hopeful');
  });

  it('lang on the element renders on the server; the page’s language comes in after hydrating', async () => {
    const own = await serverRendered('<tend-i-statement lang="es"></tend-i-statement>');
    expect(text(headingOf(own))).to.equal('Dilo sin culpar');
    const inherited = await serverRendered('<tend-i-statement></tend-i-statement>', { lang: 'es' });
    expect(text(headingOf(inherited))).to.equal('Say it without blame');
    await settled(inherited);
    expect(text(headingOf(inherited))).to.equal('Dilo sin culpar');
  });

  it('attribute forms render on the server; children forms come in after hydrating', async () => {
    const attribute = await serverRendered(`<tend-reflection-card prompts='["What went well this week?"]'></tend-reflection-card>`);
    expect(textOf(attribute, 'label[for="answer"]')).to.equal('What went well this week?');
    const children = await serverRendered('<tend-reflection-card><li>What would I like more of?</li></tend-reflection-card>');
    expect(textOf(children, 'label[for="answer"]')).to.not.equal('What would I like more of?');
    await settled(children);
    expect(textOf(children, 'label[for="answer"]')).to.equal('What would I like more of?');
    const template = await serverRendered(`<tend-agreement custom-template='{"sections": [{"title": "Evenings"}]}'></tend-agreement>`);
    expect(textOf(template, '[part~="section-title"]')).to.equal('Evenings');
    const strings = await serverRendered(`<tend-stop-timer strings='{"heading": "STOP"}'></tend-stop-timer>`);
    expect(text(headingOf(strings))).to.equal('STOP');
  });

  it('today’s date replaces the server’s, though the server rendered long ago', async () => {
    const el = await serverRendered('<tend-agreement></tend-agreement>', { now: '2024-01-15' });
    expect(root(el).querySelector<HTMLInputElement>('#agreed-on')!.value).to.equal('2024-01-15');
    const heading = headingOf(el);
    await settled(el);
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(headingOf(el)).to.equal(heading);
    expect(root(el).querySelector<HTMLInputElement>('#agreed-on')!.value).to.equal(today);
  });

  it('a shuffled card set keeps the server’s order', async () => {
    const el = await serverRendered('<tend-reflection-card shuffle></tend-reflection-card>');
    const first = textOf(el, 'label[for="answer"]');
    await settled(el);
    expect(textOf(el, 'label[for="answer"]')).to.equal(first);
  });

  it('a flow’s steps given as `steps` hydrate inside it, and it goes on from step to step', async () => {
    const steps = JSON.stringify([{ exercise: 'i-statement', intro: 'First, one sentence.' }, { exercise: 'reflection-card', deck: 'repair' }]);
    const flow = await serverRendered(`<tend-flow heading="Tonight" steps='${steps}'></tend-flow>`);
    const first = root(flow).querySelector<Updatable>('tend-i-statement')!;
    const heading = headingOf(first);
    expect(textOf(flow, '#position')).to.equal('Step 1 of 2');
    await settled(flow);
    expect(headingOf(first)).to.equal(heading);
    expect(first.hasAttribute('defer-hydration')).to.equal(false);
    button(flow, 'Skip').click();
    await settled(flow);
    expect(textOf(flow, '#position')).to.equal('Step 2 of 2');
    expect(first.hidden).to.equal(true);
    expect(root(flow).querySelector<HTMLElement>('tend-reflection-card')!.hidden).to.equal(false);
  });

  it('a flow of children shows one step at a time once it has taken over', async () => {
    const flow = await serverRendered('<tend-flow><tend-i-statement></tend-i-statement><tend-reflection-card></tend-reflection-card></tend-flow>');
    const card = flow.querySelector<HTMLElement>('tend-reflection-card')!;
    expect(card.offsetHeight, 'every step is shown before the flow takes over').to.be.greaterThan(0);
    await settled(flow);
    await (card as Updatable).updateComplete;
    expect(textOf(flow, '#position')).to.equal('Step 1 of 2');
    expect(card.offsetHeight).to.equal(0);
    button(flow, 'Skip').click();
    await settled(flow);
    expect(card.offsetHeight).to.be.greaterThan(0);
    expect(flow.querySelector<HTMLElement>('tend-i-statement')!.offsetHeight).to.equal(0);
  });
});
