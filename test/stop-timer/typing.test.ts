import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/entries/stop-timer.js';
import type { TendStopTimer } from '../../src/stop-timer/stop-timer.js';
import { TYPING_QUIET_MS } from '../../src/stop-timer/run.js';
import { $, buttons, press, settle, status, textOf, type } from '../helpers/harness.js';
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
  it('holds a note step while the person types, says there is no rush, and moves on when they leave the note and stop', async () => {
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
    clock.run(TYPING_QUIET_MS * 3);
    await el.updateComplete;
    expect(current(el), 'held while focus is in the note').to.equal('Observe');
    // Left the note, typed a moment ago: held until the typing is quiet; then on to Proceed, the note whole in Observe.
    await type(el, '#note-observe', ' and shoulders');
    $<HTMLTextAreaElement>(el, '#note-observe').blur();
    await settle(el);
    clock.run(TYPING_QUIET_MS - 500);
    await el.updateComplete;
    expect(current(el)).to.equal('Observe');
    clock.run(1000);
    await el.updateComplete;
    expect(current(el)).to.equal('Proceed');
    expect(el.value.notes).to.deep.equal({ observe: 'my jaw is tight and my hands and shoulders', proceed: '' });
    // The held time is time spent in the step, not a pause, and the step after it gets its whole length.
    expect(el.value.pausedMs).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part~=countdown]')!.textContent!.trim()).to.equal('0:30');
  });

  it('holds while focus stays in the note with nothing typed (reading it back), the clock hidden and the words saying so', async () => {
    const { el, clock } = await inObserve();
    $<HTMLTextAreaElement>(el, '#note-observe').focus();
    clock.run(60_000);
    await el.updateComplete;
    expect(current(el)).to.equal('Observe');
    expect(status(el)).to.contain('No rush');
    expect(el.shadowRoot!.querySelector('[part~=countdown]'), 'no 0:00 while held').to.equal(null);
    expect($<HTMLTextAreaElement>(el, '#note-observe').labels![0]!.textContent).to.contain('What do I notice');
    // Tab on to Next: still held (on the way to press it); on past it: the next step begins.
    $<HTMLButtonElement>(el, '[data-next]').focus();
    await settle(el);
    clock.run(1000);
    expect(current(el)).to.equal('Observe');
    $<HTMLButtonElement>(el, '[data-reset]').focus();
    await settle(el);
    await el.updateComplete;
    expect(current(el)).to.equal('Proceed');
  });

  it('never reuses a focused field for the next question: Next gives Proceed its own note, focused', async () => {
    const { el, clock } = await inObserve();
    const observe = $<HTMLTextAreaElement>(el, '#note-observe');
    observe.focus();
    clock.run(20_000);
    await el.updateComplete;
    await press(el, '[data-next]');
    await settle(el);
    expect(current(el)).to.equal('Proceed');
    expect(observe.isConnected, 'the Observe note is gone, not relabelled').to.equal(false);
    const proceed = $<HTMLTextAreaElement>(el, '#note-proceed');
    expect(proceed).to.not.equal(observe);
    await waitUntil(() => el.shadowRoot!.activeElement === proceed, 'focus is in the new step’s own note');
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
