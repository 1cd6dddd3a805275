import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/flow.js';
import '../../src/entries/repair.js';
import '../../src/entries/reflection-card.js';
import '../../src/builder/builder.js';
import type { TendFlow } from '../../src/entries/flow.js';
import type { TendCompleteEvent } from '../../src/core/events.js';
import { button, recordEvents, root, textOf, type, type Updatable } from '../helpers/harness.js';
import { addEntries, byLabel, choose, code, copyEmbedCode, newBuilder, pasteIntoBlankPage, type as typeInBuilder } from '../builder/helpers.js';

/** The repair as the other ways people meet it: a step of a guided session, and set up in the builder by a therapist. */

const stepsOf = (flow: TendFlow) => [...root(flow).querySelectorAll<Updatable>('[data-tend-step]')];

async function settle(flow: TendFlow): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await flow.updateComplete;
    await Promise.all(stepsOf(flow).map((step) => step.updateComplete));
    await aTimeout(0);
  }
}

describe('<tend-repair> as a flow step', () => {
  afterEach(() => localStorage.clear());

  it('is given its attributes, completes as a step, and its words are in the session summary', async () => {
    const steps = JSON.stringify([
      { exercise: 'repair', with: 'Sam', 'follow-up': '3', intro: 'Take your time.' },
      { exercise: 'reflection-card', prompt: 'What would help next time?' },
    ]);
    const stage = await fixture<HTMLDivElement>(html`<div></div>`);
    stage.innerHTML = `<tend-flow heading="After the argument" steps='${steps}'></tend-flow>`;
    const flow = stage.querySelector<TendFlow>('tend-flow')!;
    await settle(flow);
    const [repair] = stepsOf(flow);
    expect(repair!.localName).to.equal('tend-repair');
    expect(textOf(flow, '#position')).to.equal('Step 1 of 2');
    expect(textOf(repair!, 'label[for=impact]')).to.equal('The impact on Sam');
    const completes = recordEvents<TendCompleteEvent['detail']>('tend-complete');
    try {
      await type(repair!, '#part', 'I raised my voice');
      await type(repair!, '#impact', 'You felt scared to talk');
      await type(repair!, '#apology', 'raising my voice');
      await type(repair!, '#plan', 'take a break and come back in twenty minutes');
      button(repair!, /^Done/).click();
      await settle(flow);
      expect(textOf(flow, '#position'), 'the flow moves on when the repair is done').to.equal('Step 2 of 2');
      expect(completes.details.map((detail) => detail.exercise)).to.deep.equal(['repair']);
      button(flow, 'Skip').click();
      await settle(flow);
      expect(textOf(flow, '#summary-heading')).to.equal('Your session');
      const summary = root(flow).textContent!.replace(/\s+/g, ' ');
      expect(summary).to.contain("Sam, I want to own my part: I raised my voice. I can see the impact it had on you: you felt scared to talk. I'm sorry for raising my voice.");
      const [step] = flow.value.steps;
      expect(step!.exercise).to.equal('repair');
      expect((step!.data as { followUp: string | null }).followUp).to.match(/^\d{4}-\d{2}-\d{2}$/);
    } finally {
      completes.stop();
    }
  });
});

describe('<tend-repair> in the builder', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
  afterEach(() => {
    document.querySelectorAll('iframe.blank-page').forEach((frame) => frame.remove());
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('is offered by its plain name; names and follow-up days set in her words reach the pasted code', async () => {
    const b = await newBuilder();
    const exercise = byLabel<HTMLSelectElement>(b, 'Exercise');
    const option = [...exercise.options].find((o) => o.value === 'tend-repair');
    expect(option?.textContent?.trim()).to.equal('Repair after a conflict');
    await choose(b, exercise, 'tend-repair');
    await addEntries(b, 'Names of the other people', 'Sam');
    await typeInBuilder(b, byLabel(b, 'Days until the follow-up'), '120');
    expect(root(b).getElementById('f-follow-up-error')!.textContent).to.contain('Write a whole number of days from 1 to 90, such as 7.');
    expect(code(b)).not.to.contain('follow-up=');
    await typeInBuilder(b, byLabel(b, 'Days until the follow-up'), '14');
    expect(root(b).getElementById('f-follow-up-error')?.textContent ?? '').to.equal('');
    const copied = await copyEmbedCode(b);
    expect(copied).to.contain('cdn/repair.js').and.not.contain('tend.min.js');
    const el = await pasteIntoBlankPage(copied, 'tend-repair');
    expect(el.getAttribute('with')).to.equal('Sam');
    expect(el.getAttribute('follow-up')).to.equal('14');
    expect(el.shadowRoot!.querySelector('label[for=impact]')!.textContent!.trim()).to.equal('The impact on Sam');
  });
});
