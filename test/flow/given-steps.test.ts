import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/entries/flow.js';
import '../../src/entries/i-statement.js';
import '../../src/entries/stop-timer.js';
import '../../src/entries/reflection-card.js';
import '../../src/entries/locales/es.js';
import type { TendFlow } from '../../src/entries/flow.js';
import type { TendCompleteEvent } from '../../src/core/events.js';
import { storageKey } from '../../src/core/persistence.js';
import { axeViolations } from '../a11y/helpers.js';
import { button, deepActive, recordEvents, root, text, textOf, type Updatable } from '../helpers/harness.js';
import { tabTo } from '../helpers/keyboard.js';
import { captureWarnings } from '../helpers/warnings.js';

type Step = Updatable & { value: unknown; autostart?: boolean };

const session = JSON.stringify([
  { exercise: 'stop-timer', durations: '1 1 1 1', intro: 'When it heats up, start here.' },
  { exercise: 'i-statement', emotion: 'tired' },
  { exercise: 'reflection-card', prompt: 'What would help next time?', 'word-count': true },
]);

const stepsOf = (flow: TendFlow) => [...root(flow).querySelectorAll<Step>('[data-tend-step]')];

async function settle(flow: TendFlow): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await flow.updateComplete;
    await Promise.all(stepsOf(flow).map((step) => step.updateComplete));
    await aTimeout(0);
  }
}

async function mount(attributes: string): Promise<TendFlow> {
  const wrapper = document.createElement('div');
  // Written as a page's HTML would write it.
  wrapper.innerHTML = `<tend-flow heading="Tonight" ${attributes}></tend-flow>`;
  const el = await fixture<HTMLDivElement>(html`<div></div>`);
  el.append(wrapper);
  const flow = wrapper.querySelector<TendFlow>('tend-flow')!;
  await settle(flow);
  return flow;
}

describe('<tend-flow steps>: the steps given as an attribute', () => {
  afterEach(() => localStorage.clear());

  it('renders each step with its attributes and its intro, one at a time, "Step 1 of 3"', async () => {
    const flow = await mount(`steps='${session}'`);
    const [timer, sentence, card] = stepsOf(flow);
    expect([timer, sentence, card].map((step) => step!.localName)).to.deep.equal(['tend-stop-timer', 'tend-i-statement', 'tend-reflection-card']);
    expect(textOf(flow, '#position')).to.equal('Step 1 of 3');
    expect(text(root(flow).querySelector('p.intro'))).to.equal('When it heats up, start here.');
    expect(timer!.getAttribute('durations')).to.equal('1 1 1 1');
    expect(root(sentence!).querySelector<HTMLInputElement>('#emotion')!.value).to.equal('tired');
    expect(card!.hasAttribute('word-count')).to.equal(true);
    expect(timer!.getClientRects().length, 'step 1 is shown').to.be.greaterThan(0);
    expect(sentence!.getClientRects().length, 'step 2 waits').to.equal(0);
  });

  it('by keyboard: Skip to the sentence (focus on its heading), complete it, the summary; events reach the page', async () => {
    const flow = await mount(`steps='${session}'`);
    const [, sentence] = stepsOf(flow);
    const completes = recordEvents<TendCompleteEvent['detail']>('tend-complete');
    try {
      await tabTo((el) => el.localName === 'button' && text(el).startsWith('Skip'));
      await sendKeys({ press: 'Enter' });
      await settle(flow);
      expect(textOf(flow, '#position')).to.equal('Step 2 of 3');
      expect(deepActive()!.localName, 'focus is on the new step’s heading, a level below the flow’s').to.equal('h3');
      root(sentence!).querySelector<HTMLTextAreaElement>('#situation')!.focus();
      await sendKeys({ type: 'plans change late' });
      root(sentence!).querySelector<HTMLTextAreaElement>('#need')!.focus();
      await sendKeys({ type: 'a day’s notice' });
      button(sentence!, /^Done/).click();
      await settle(flow);
      expect(textOf(flow, '#position')).to.equal('Step 3 of 3');
      expect(completes.details.map((detail) => detail.exercise)).to.deep.equal(['i-statement']);
      expect(flow.value.steps.map((step) => [step.exercise, step.completedAt === null])).to.deep.equal([
        ['stop-timer', true],
        ['i-statement', false],
        ['reflection-card', true],
      ]);
      button(flow, 'Skip').click();
      await settle(flow);
      expect(textOf(flow, '#summary-heading')).to.equal('Your session');
      button(flow, /^Done/).click();
      await settle(flow);
      expect(completes.details.at(-1)!.exercise).to.equal('flow');
    } finally {
      completes.stop();
    }
  });

  it('lang, strings and persist of the flow reach its steps; a reload comes back to the same step with the words', async () => {
    const attributes = `lang="es" persist="tonight" strings='{"i-statement.heading": "Dilo con calma"}' steps='${session}'`;
    const flow = await mount(attributes);
    const [timer, sentence] = stepsOf(flow);
    // A step's heading says its place first, for a screen reader ("Paso 1 de 3:", visually hidden).
    expect(textOf(timer!, '[part~=heading]')).to.equal('Paso 1 de 3: La técnica STOP');
    expect(textOf(sentence!, '[part~=heading]')).to.equal('Paso 2 de 3: Dilo con calma');
    button(flow, 'Saltar').click();
    await settle(flow);
    root(sentence!).querySelector<HTMLTextAreaElement>('#situation')!.focus();
    await sendKeys({ type: 'cambian los planes' });
    await settle(flow);
    expect(localStorage.getItem(storageKey('i-statement', 'tonight/1'))).to.contain('cambian los planes');
    flow.parentElement!.remove();
    const again = await mount(attributes);
    expect(textOf(again, '#position')).to.equal('Paso 2 de 3');
    expect(root(stepsOf(again)[1]!).querySelector<HTMLTextAreaElement>('#situation')!.value).to.equal('cambian los planes');
  });

  it('a step with autostart starts when it is shown, not while it waits', async () => {
    const steps = JSON.stringify([{ exercise: 'i-statement' }, { exercise: 'stop-timer', autostart: true }]);
    const flow = await mount(`steps='${steps}'`);
    const timer = stepsOf(flow)[1]!;
    expect(textOf(timer, '[data-main]'), 'not started while hidden').to.equal('Start');
    button(flow, 'Skip').click();
    await settle(flow);
    expect(textOf(timer, '[data-main]')).to.equal('Pause');
  });

  it('the property takes an array; steps replace exercise children; no axe violation', async () => {
    const el = await fixture<TendFlow>(html`<tend-flow><tend-i-statement></tend-i-statement></tend-flow>`);
    el.steps = [{ exercise: 'reflection-card', deck: 'repair' }, { exercise: 'i-statement' }];
    await settle(el);
    expect(stepsOf(el).map((step) => step.localName)).to.deep.equal(['tend-reflection-card', 'tend-i-statement']);
    expect(textOf(el, '#position')).to.equal('Step 1 of 2');
    expect(root(el).querySelector('slot:not([name])'), 'children are not shown').to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('bad steps: the children are the steps again, with exactly one warning naming what it accepts', async () => {
    for (const bad of ['not json', '[{"exercise": "tend-unknown"}]', '[{"exercise": "i-statement", "onclick": "alert(1)"}]', '{"exercise": "i-statement"}']) {
      const warnings = captureWarnings();
      try {
        const el = await fixture<TendFlow>(html`<tend-flow steps=${bad}><tend-i-statement></tend-i-statement></tend-flow>`);
        await settle(el);
        expect(textOf(el, '#position'), bad).to.equal('Step 1 of 1');
        expect(el.querySelector('tend-i-statement')!.getAttribute('onclick')).to.equal(null);
        expect(warnings.messages, bad).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<tend-flow>').and.contain('steps=').and.contain('JSON array of steps');
      } finally {
        warnings.restore();
      }
    }
  });
});
