import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { React, ReactDOMClient, Vue } from '../.generated/frameworks.js';
import { TendAgreement, TendCheckIn, TendFlow, TendIStatement, TendReflectionCard, TendStopTimer } from '../../src/entries/react.js';
import type { TendFlow as TendFlowElement } from '../../src/entries/flow.js';
import type { TendCompleteEvent } from '../../src/core/events.js';
import type { IStatementData } from '../../src/entries/data.js';
import type { TendIStatement as TendIStatementElement } from '../../src/entries/i-statement.js';
import { button } from '../helpers/harness.js';

const h = React.createElement;

/** Completes the I-statement as a person would: typing into its fields, then pressing Done. */
async function completeIStatement(el: TendIStatementElement): Promise<void> {
  await el.updateComplete;
  for (const [id, text] of [
    ['situation', 'plans change at the last minute'],
    ['need', 'a heads-up'],
  ]) {
    el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!.focus();
    await sendKeys({ type: text });
  }
  button(el, 'Done').click();
}

function mount(): { host: HTMLDivElement; cleanup: () => void } {
  const host = document.createElement('div');
  document.body.append(host);
  return { host, cleanup: () => host.remove() };
}

describe('React 19', () => {
  it('wrappers render every widget, pass attributes and properties, and call onTendComplete', async () => {
    const { host, cleanup } = mount();
    const completed: TendCompleteEvent[] = [];
    const changes: string[] = [];
    const steps: string[] = [];
    const root = ReactDOMClient.createRoot(host);
    root.render(
      h('main', null, [
        h(TendIStatement, {
          key: 'i',
          emotion: 'anxious',
          heading: 'From React',
          onTendComplete: (event: TendCompleteEvent) => completed.push(event),
          onTendChange: (event: Event) => changes.push(event.type),
        }),
        h(TendStopTimer, { key: 't', durations: '5 5 5 5', onTendStep: (event: CustomEvent) => steps.push(event.detail.step) }),
        h(TendAgreement, { key: 'a', with: 'Alex, Sam' }),
        h(TendReflectionCard, { key: 'r', deck: 'repair' }),
        h(TendCheckIn, { key: 'c', with: 'Alex', rhythm: 'weekly' }),
      ]),
    );
    await waitUntil(() => host.querySelector('tend-reflection-card')?.shadowRoot, 'widgets did not render');
    const statement = host.querySelector<TendIStatementElement>('tend-i-statement')!;
    expect(statement.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('From React');
    expect(statement.value.emotion).to.equal('anxious');
    expect(host.querySelector('tend-agreement')!.value.with).to.deep.equal(['Alex', 'Sam']);
    expect(host.querySelector('tend-reflection-card')!.value.deck).to.equal('repair');
    expect(host.querySelector('tend-check-in')!.value).to.include({ rhythm: 'weekly' });
    host.querySelector('tend-stop-timer')!.start();
    await waitUntil(() => steps.length > 0, 'onTendStep was not called');
    expect(steps[0]).to.equal('stop');

    await completeIStatement(statement);
    await waitUntil(() => completed.length === 1, 'onTendComplete was not called');
    expect(changes.length).to.be.greaterThan(0);
    expect(completed[0].detail.exercise).to.equal('i-statement');
    expect((completed[0].detail.data as IStatementData).text).to.equal('I feel anxious when plans change at the last minute. I need a heads-up.');
    root.unmount();
    cleanup();
  });

  it('TendFlow: its children are the steps, a step React adds later joins it, onTendComplete carries every step', async () => {
    const { host, cleanup } = mount();
    const completed: TendCompleteEvent[] = [];
    const root = ReactDOMClient.createRoot(host);
    const render = (withCards: boolean) =>
      root.render(
        h(TendFlow, { heading: 'From React', onTendComplete: (event: TendCompleteEvent) => completed.push(event) }, [
          h('p', { key: 'p' }, 'Start with one sentence.'),
          h(TendIStatement, { key: 'i', emotion: 'calm' }),
          withCards ? h(TendReflectionCard, { key: 'r', prompt: 'What helped?' }) : null,
        ]),
      );
    render(false);
    await waitUntil(() => host.querySelector('tend-i-statement')?.shadowRoot, 'the flow did not render');
    const flow = host.querySelector('tend-flow') as TendFlowElement;
    await flow.updateComplete;
    expect(flow.shadowRoot!.querySelector('#position')!.textContent).to.equal('Step 1 of 1');
    render(true);
    await waitUntil(() => flow.shadowRoot!.querySelector('#position')!.textContent === 'Step 1 of 2', 'the added step was not picked up');
    await completeIStatement(host.querySelector<TendIStatementElement>('tend-i-statement')!);
    await waitUntil(() => flow.shadowRoot!.querySelector('#position')!.textContent === 'Step 2 of 2', 'the flow did not move on');
    expect(completed.map((event) => event.detail.exercise), 'the step’s own event reaches React too').to.deep.equal(['i-statement']);
    button(flow, /^Skip$/).click();
    await flow.updateComplete;
    button(flow, /^Done$/).click();
    await waitUntil(() => completed.length === 2, 'onTendComplete was not called for the flow');
    const detail = completed[1]!.detail;
    expect(detail.exercise).to.equal('flow');
    expect((detail.data as TendFlowElement['value']).steps.map((step) => [step.exercise, step.completedAt !== null])).to.deep.equal([
      ['i-statement', true],
      ['reflection-card', false],
    ]);
    root.unmount();
    cleanup();
  });

  it('plain React 19 (no wrappers) sets attributes and receives tend-complete through ontend-complete', async () => {
    const { host, cleanup } = mount();
    const completed: TendCompleteEvent[] = [];
    const root = ReactDOMClient.createRoot(host);
    root.render(
      h('tend-i-statement', {
        emotion: 'hurt',
        'no-hints': true,
        'ontend-complete': (event: TendCompleteEvent) => completed.push(event),
      }),
    );
    await waitUntil(() => host.querySelector('tend-i-statement')?.shadowRoot);
    const statement = host.querySelector<TendIStatementElement>('tend-i-statement')!;
    expect(statement.value.emotion).to.equal('hurt');
    expect(statement.noHints).to.equal(true);
    await completeIStatement(statement);
    await waitUntil(() => completed.length === 1, 'ontend-complete was not called');
    expect((completed[0].detail.data as IStatementData).emotion).to.equal('hurt');
    root.unmount();
    cleanup();
  });
});

describe('Vue 3', () => {
  it('binds attributes with isCustomElement and receives @tend-complete', async () => {
    const { host, cleanup } = mount();
    const completed: TendCompleteEvent[] = [];
    const app = Vue.createApp({
      data: () => ({ feeling: 'lonely', people: 'Robin' }),
      methods: {
        onComplete(event: TendCompleteEvent) {
          completed.push(event);
        },
      },
      template: `<div>
        <tend-i-statement :emotion="feeling" @tend-complete="onComplete"></tend-i-statement>
        <tend-agreement :with="people"></tend-agreement>
      </div>`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('tend-');
    const vm = app.mount(host) as unknown as { feeling: string };
    await waitUntil(() => host.querySelector('tend-i-statement')?.shadowRoot);
    const statement = host.querySelector<TendIStatementElement>('tend-i-statement')!;
    expect(statement.value.emotion).to.equal('lonely');
    expect(host.querySelector('tend-agreement')!.value.with).to.deep.equal(['Robin']);
    vm.feeling = 'worried';
    await aTimeout(0);
    await statement.updateComplete;
    // Vue sets a property when the element has one, as it does here.
    expect(statement.emotion).to.equal('worried');
    expect(statement.value.emotion).to.equal('worried');
    await completeIStatement(statement);
    await waitUntil(() => completed.length === 1, '@tend-complete was not called');
    expect((completed[0].detail.data as IStatementData).text).to.contain('I feel worried when');
    app.unmount();
    cleanup();
  });
});
