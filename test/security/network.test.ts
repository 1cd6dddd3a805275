/**
 * Zero network, in the browser: a full completion of each widget (every copy and download button
 * pressed, persistence and the chime on) adds no resource timing entry and calls no fetch, XHR,
 * beacon, WebSocket or EventSource. The strict page (test/e2e/strict-page.mjs) checks the same
 * from outside the page, against dist/tend.min.js.
 */
import { expect } from '@open-wc/testing';
import { cleanup, create, widgets } from './widgets.js';

describe('zero network', () => {
  const calls: string[] = [];
  const saved: [object, string, unknown][] = [];
  function spy(owner: object, name: string): void {
    const original = (owner as Record<string, unknown>)[name];
    if (typeof original !== 'function') return;
    saved.push([owner, name, original]);
    (owner as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      calls.push(`${name} ${String(args[0])} ${String(args[1] ?? '')}`.trim());
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
  let click: typeof HTMLAnchorElement.prototype.click;

  before(() => {
    spy(window, 'fetch');
    spy(XMLHttpRequest.prototype, 'open');
    spy(navigator, 'sendBeacon');
    spy(window, 'WebSocket');
    spy(window, 'EventSource');
    // The download link is made and its Blob URL created for real; only the final save is skipped.
    click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.href.startsWith('blob:')) calls.push(`download from ${this.href}`);
    };
  });
  after(() => {
    for (const [owner, name, original] of saved) (owner as Record<string, unknown>)[name] = original;
    HTMLAnchorElement.prototype.click = click;
  });
  afterEach(() => cleanup());

  for (const spec of widgets) {
    it(`<${spec.tag}>: a full completion fetches nothing`, async () => {
      const entries: string[] = [];
      const observer = new PerformanceObserver((list) => entries.push(...list.getEntries().map((e) => e.name)));
      observer.observe({ type: 'resource' });
      const before = performance.getEntriesByType('resource').length;
      calls.length = 0;
      const el = await create(spec, { persist: 'network', ...(spec.booleans.includes('chime') ? { chime: '' } : {}) });
      let completed = 0;
      el.addEventListener('tend-complete', () => completed++);
      await spec.complete(el);
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      expect(completed, 'completed').to.equal(1);
      expect(entries, 'resource entries').to.deep.equal([]);
      expect(performance.getEntriesByType('resource').length).to.equal(before);
      expect(calls, 'network calls').to.deep.equal([]);
    });
  }
});
