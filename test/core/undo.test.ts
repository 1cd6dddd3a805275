import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/index.js';
import { storageKey } from '../../src/core/persistence.js';
import { button, findButton, press, recordEvents, type } from '../helpers/harness.js';
import { FakeClock } from '../stop-timer/fake-clock.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; value: Record<string, unknown>; clock?: unknown };

const undoButton = (el: Widget) => findButton(el, 'Undo', '[part~=undo]') ?? null;

describe('Start over, Reset and Remove: no stored draft, and a few seconds to undo', () => {
  afterEach(() => localStorage.clear());

  // Start over / Remove on every widget (no draft, tend-change, Undo, typing again): test/contract/.
  it('the offer has no time limit (WCAG 2.2.1): it stays until the next edit', async () => {
    const el = await fixture<Widget>(html`<tend-reflection-card persist="k"></tend-reflection-card>`);
    await type(el, '#answer', 'Quiet mornings');
    await press(el, '.actions:not(.nav) button:last-child');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(undoButton(el), 'still offered').to.not.equal(null);
    expect(localStorage.getItem(storageKey('reflection-card', 'k'))).to.equal(null);
    await type(el, '#answer', 'Something new');
    expect(undoButton(el), 'the next edit ends it').to.equal(null);
  });

  it('Ctrl+Z outside a text field undoes; inside one it is the field’s own', async () => {
    const el = await fixture<Widget>(html`<tend-i-statement></tend-i-statement>`);
    await type(el, '#emotion', 'calm');
    await press(el, '.actions button:last-child');
    expect((el.value as { emotion: string }).emotion).to.equal('');
    const inField = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, composed: true, cancelable: true });
    el.shadowRoot!.querySelector('#situation')!.dispatchEvent(inField);
    await el.updateComplete;
    expect(inField.defaultPrevented, 'a text field keeps its own Ctrl+Z').to.equal(false);
    expect((el.value as { emotion: string }).emotion).to.equal('');
    const onMessage = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, composed: true, cancelable: true });
    el.shadowRoot!.querySelector('#undo-message')!.dispatchEvent(onMessage);
    await el.updateComplete;
    await el.updateComplete;
    expect((el.value as { emotion: string }).emotion).to.equal('calm');
    expect(undoButton(el)).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id, 'focus goes back to where the words are').to.equal('emotion');
  });

  it('<tend-reflection-card>: Start over can be undone, answers and card back', async () => {
    const el = await fixture<Widget>(html`<tend-reflection-card></tend-reflection-card>`);
    await type(el, '#answer', 'Quiet mornings');
    await press(el, '.actions.nav button:nth-child(2)');
    await press(el, '.actions:not(.nav) button:last-child');
    expect((el.value.answers as { answer: string }[])[0]!.answer).to.equal('');
    await press(el, '[part~=undo] button');
    expect((el.value.answers as { answer: string }[])[0]!.answer).to.equal('Quiet mornings');
    expect(el.shadowRoot!.querySelector('[part~=progress]')!.textContent).to.contain('2 of');
  });

  it('<tend-agreement>: "Removed. Undo" puts the item back where it was', async () => {
    const el = await fixture<Widget>(html`<tend-agreement></tend-agreement>`);
    for (const item of ['Tuesday evenings', 'A daily check in', 'Sunday walks']) {
      await type(el, '#add-0', item);
      await press(el, 'button[aria-label^="Add to"]');
    }
    await press(el, 'button[aria-label="Remove A daily check in"]');
    const sections = () => el.value.sections as { items: string[] }[];
    expect(sections()[0]!.items).to.deep.equal(['Tuesday evenings', 'Sunday walks']);
    expect(el.shadowRoot!.querySelector('[part~=undo]')!.textContent).to.contain('Removed');
    await press(el, '[part~=undo] button');
    expect(sections()[0]!.items).to.deep.equal(['Tuesday evenings', 'A daily check in', 'Sunday walks']);
  });

  it('<tend-stop-timer>: Reset sends tend-change, and Undo brings the run back, paused, with its notes', async () => {
    const changes = recordEvents('tend-change');
    try {
      const el = await fixture<Widget>(html`<tend-stop-timer notes durations="1 1 30 30"></tend-stop-timer>`);
      const clock = new FakeClock();
      el.clock = clock;
      await press(el, '[data-main]');
      clock.run(5000);
      await el.updateComplete;
      await type(el, '#note-observe', 'tight chest');
      clock.run(4000);
      const before = changes.details.length;
      await press(el, '[data-reset]');
      expect(changes.details.length, 'Reset sends tend-change').to.equal(before + 1);
      expect((el.value.notes as { observe: string }).observe).to.equal('');
      expect(button(el, 'Start')).to.exist;
      await press(el, '[part~=undo] button');
      expect((el.value.notes as { observe: string }).observe).to.equal('tight chest');
      expect(button(el, 'Resume')).to.exist;
      expect(el.shadowRoot!.querySelector('li[aria-current=step]')!.textContent).to.contain('Observe');
      const elapsed = el.value.elapsedMs as number;
      clock.run(5000);
      expect(el.value.elapsedMs, 'stays paused until Resume').to.equal(elapsed);
      await press(el, '[data-main]');
      clock.run(1000);
      expect(el.value.elapsedMs).to.equal(elapsed + 1000);
    } finally {
      changes.stop();
    }
  });
});
