/**
 * Lifecycle: 1,000 create/connect/disconnect cycles of each widget (the timer running in some,
 * announcements pending in others) leave no timer, interval, animation frame or listener on
 * window/document, and no locale subscription; moving a widget in the DOM keeps its state.
 * (The bundle beside the npm modules: test/core/coexist.test.ts.)
 */
import { expect } from '@open-wc/testing';
import { cleanup, container, create, skipTo, stopTimer, widgets, type Widget } from './widgets.js';
import { button, field, fill, root } from '../helpers/harness.js';
import { FakeClock } from '../stop-timer/fake-clock.js';

const CYCLES = 1_000;

type Listener = { target: EventTarget; type: string; listener: unknown; capture: boolean };

/** Wraps the timer, frame and listener APIs of window and document, and counts what is still live. */
function instrument() {
  const timers = new Set<number>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  const listeners: Listener[] = [];
  const w = window as unknown as Record<string, unknown>;
  const saved = new Map<string, unknown>(
    ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'].map((name) => [name, w[name]]),
  );
  const original = <T>(name: string) => saved.get(name) as T;
  w.setTimeout = (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const id = original<(...a: unknown[]) => number>('setTimeout').call(
      window,
      (...a: unknown[]) => {
        timers.delete(id);
        fn(...a);
      },
      ms,
      ...args,
    );
    timers.add(id);
    return id;
  };
  w.clearTimeout = (id?: number) => {
    if (id !== undefined) timers.delete(id);
    original<typeof clearTimeout>('clearTimeout').call(window, id);
  };
  w.setInterval = (fn: () => void, ms?: number) => {
    const id = original<typeof setInterval>('setInterval').call(window, fn, ms) as unknown as number;
    intervals.add(id);
    return id;
  };
  w.clearInterval = (id?: number) => {
    if (id !== undefined) intervals.delete(id);
    original<typeof clearInterval>('clearInterval').call(window, id);
  };
  w.requestAnimationFrame = (fn: FrameRequestCallback) => {
    const id = original<typeof requestAnimationFrame>('requestAnimationFrame').call(window, (t: number) => {
      frames.delete(id);
      fn(t);
    });
    frames.add(id);
    return id;
  };
  w.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    original<typeof cancelAnimationFrame>('cancelAnimationFrame').call(window, id);
  };
  const capture = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      const entry = { target, type, listener, capture: capture(options) };
      if (listener && !listeners.some((l) => l.target === target && l.type === type && l.listener === listener && l.capture === entry.capture)) {
        listeners.push(entry);
      }
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      const index = listeners.findIndex((l) => l.target === target && l.type === type && l.listener === listener && l.capture === capture(options));
      if (index >= 0) listeners.splice(index, 1);
      return remove.call(this, type, listener, options);
    };
  }
  return {
    live: () => ({
      timers: timers.size,
      intervals: intervals.size,
      frames: frames.size,
      listeners: listeners.map((l) => `${l.target === window ? 'window' : 'document'}:${l.type}`),
    }),
    restore() {
      for (const [name, fn] of saved) w[name] = fn;
      delete (window as unknown as Record<string, unknown>).addEventListener;
      delete (window as unknown as Record<string, unknown>).removeEventListener;
      delete (document as unknown as Record<string, unknown>).addEventListener;
      delete (document as unknown as Record<string, unknown>).removeEventListener;
    },
  };
}

const localeSubscribers = () =>
  ((globalThis as Record<symbol, unknown>)[Symbol.for('tend-widgets.locales')] as { subscribers: Set<unknown> }).subscribers.size;

describe('lifecycle', () => {
  afterEach(() => cleanup());

  for (const spec of widgets) {
    it(`<${spec.tag}>: ${CYCLES} create/connect/disconnect cycles leave no timer, frame, listener or subscription`, async function () {
      this.timeout(60_000);
      const subscribers = localeSubscribers();
      const probe = instrument();
      try {
        for (let i = 0; i < CYCLES; i++) {
          const attributes: Record<string, string> = i % 2 ? { persist: `cycle-${i % 7}` } : {};
          if (spec === stopTimer && i % 3 === 0) attributes.autostart = '';
          const el = await create(spec, attributes);
          if (i % 25 === 0) {
            // Something that schedules work: the timer runs on real frames; the others announce (a 50 ms timer).
            if (spec === stopTimer) button(el, i % 3 === 0 ? 'Pause' : 'Start').click();
            else {
              fill(el, spec.fields(el)[0]!.selector, 'half a thought');
              button(el, 'Done').click();
            }
            await el.updateComplete;
          }
          el.remove();
        }
        await Promise.resolve();
        expect(probe.live()).to.deep.equal({ timers: 0, intervals: 0, frames: 0, listeners: [] });
        expect(localeSubscribers()).to.equal(subscribers);
      } finally {
        probe.restore();
      }
    });
  }

  for (const spec of widgets) {
    it(`<${spec.tag}>: moving it in the DOM keeps what was typed, and it keeps working`, async () => {
      const el = await create(spec);
      await spec.prepare?.(el);
      const first = spec.fields(el)[0]!;
      fill(el, first.selector, 'typed before the move');
      await el.updateComplete;
      const elsewhere = document.createElement('article');
      container().append(elsewhere);
      elsewhere.append(el);
      await el.updateComplete;
      expect(el.parentElement).to.equal(elsewhere);
      expect(first.read(el)).to.equal('typed before the move');
      expect(field(el, first.selector).value).to.equal('typed before the move');
      fill(el, first.selector, 'typed after the move');
      await el.updateComplete;
      expect(first.read(el)).to.equal('typed after the move');
    });
  }

  it('<tend-stop-timer>: a running timer moved in the DOM keeps counting and still completes', async () => {
    const el = await create(stopTimer);
    const clock = new FakeClock();
    el.clock = clock;
    await el.updateComplete;
    button(el, 'Start').click();
    await el.updateComplete;
    clock.frame(2_000);
    await el.updateComplete;
    const elsewhere = document.createElement('aside');
    container().append(elsewhere);
    elsewhere.append(el);
    expect(clock.pending, 'a frame is waiting after the move').to.equal(1);
    clock.frame(1_000);
    await el.updateComplete;
    expect((el.value as { elapsedMs: number }).elapsedMs).to.equal(3_000);
    let completed = 0;
    el.addEventListener('tend-complete', () => completed++);
    await skipTo(el, 3);
    clock.run(60_000);
    await el.updateComplete;
    // With notes (the suites' set-up) the time running out waits for Done.
    expect(completed).to.equal(0);
    button(el, 'Done').click();
    expect(completed).to.equal(1);
    expect(root(el).querySelector('[part~=status]')).to.exist;
  });
});

export type { Widget };
