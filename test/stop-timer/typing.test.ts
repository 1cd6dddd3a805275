import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/stop-timer.js';
import type { TendStopTimer } from '../../src/stop-timer/stop-timer.js';
import { TYPING_QUIET_MS } from '../../src/stop-timer/run.js';
import { buttons, press, status, textOf, type } from '../helpers/harness.js';
import { FakeClock } from './fake-clock.js';

const current = (el: TendStopTimer) => textOf(el, 'li[aria-current=step] span');
const names = (el: TendStopTimer) => buttons(el, '.actions').map((b) => b.textContent!.trim());

async function inObserve(): Promise<{ el: TendStopTimer; clock: FakeClock }> {
  const el = await fixture<TendStopTimer>(html`<tend-stop-timer notes durations="1 1 10 30"></tend-stop-timer>`);
  const clock = new FakeClock();
  el.clock = clock;
  await press(el, '[data-main]');
  clock.run(2100);
  await el.updateComplete;
  expect(current(el)).to.equal('Observe');
  return { el, clock };
}

describe('<tend-stop-timer notes>: never cuts off a person who is writing', () => {
  it('holds a note step while the person types, says there is no rush, and moves on when they stop', async () => {
    const { el, clock } = await inObserve();
    clock.run(9000);
    await type(el, '#note-observe', 'my jaw is tight and');
    clock.run(1500); // the step's time runs out while the person is writing
    await el.updateComplete;
    expect(current(el)).to.equal('Observe');
    expect(status(el)).to.contain('No rush');
    expect(names(el)).to.include('Next');
    // Still writing: still held.
    await type(el, '#note-observe', ' my hands');
    clock.run(TYPING_QUIET_MS - 500);
    await el.updateComplete;
    expect(current(el)).to.equal('Observe');
    // Stopped writing: on to Proceed, and the note is whole in Observe.
    clock.run(1000);
    await el.updateComplete;
    expect(current(el)).to.equal('Proceed');
    expect(el.value.notes).to.deep.equal({ observe: 'my jaw is tight and my hands', proceed: '' });
    // The held time is time spent in the step, not a pause, and the step after it gets its whole length.
    expect(el.value.pausedMs).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part~=countdown]')!.textContent!.trim()).to.equal('0:30');
  });

  it('moves on at once when the person presses Next', async () => {
    const { el, clock } = await inObserve();
    clock.run(9500);
    await type(el, '#note-observe', 'calmer now');
    clock.run(1000);
    await el.updateComplete;
    expect(current(el)).to.equal('Observe');
    await press(el, '[data-next]');
    expect(current(el)).to.equal('Proceed');
    expect(el.value.notes.observe).to.equal('calmer now');
  });

  it('does not wait when nobody typed', async () => {
    const { el, clock } = await inObserve();
    clock.run(10_500);
    await el.updateComplete;
    expect(current(el)).to.equal('Proceed');
  });

  it('pauses when the page is hidden and waits for Resume when the person is back', async () => {
    const { el, clock } = await inObserve();
    const state = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    const setVisibility = (value: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      setVisibility('hidden');
      const elapsed = el.value.elapsedMs;
      clock.run(60_000);
      setVisibility('visible');
      await el.updateComplete;
      expect(el.value.elapsedMs).to.equal(elapsed);
      expect(status(el)).to.contain('Paused while you were away');
      expect(names(el)[0]).to.equal('Resume');
      clock.run(5000);
      expect(el.value.elapsedMs, 'still paused: it waits for the person').to.equal(elapsed);
      await press(el, '[data-main]');
      clock.run(1000);
      expect(el.value.elapsedMs).to.equal(elapsed + 1000);
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
      Object.defineProperty(Document.prototype, 'visibilityState', state);
    }
  });
});
