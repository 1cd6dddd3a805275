import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/entries/i-statement.js';
import type { TendIStatement } from '../../src/entries/i-statement.js';
import { typeKeys } from '../helpers/keyboard.js';

type Counted = Record<string, number>;
const calls: Counted = {};
(globalThis as Record<symbol, unknown>)[Symbol.for('tend-widgets.calls')] = (name: string) => (calls[name] = (calls[name] ?? 0) + 1);

describe('one keystroke (diagnostic)', () => {
  it('prints the counts', async () => {
    const el = await fixture<TendIStatement>(html`<tend-i-statement emotion="hurt" need="time" persist="keystroke-count"></tend-i-statement>`);
    const internal = el as unknown as { currentData(): unknown; safety: object };
    const data = internal.currentData.bind(el);
    let dataCount = 0;
    internal.currentData = () => (dataCount++, data());
    const safety = internal.safety;
    const getter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(safety), 'finding')!.get!;
    let reads = 0;
    Object.defineProperty(safety, 'finding', { get: () => (reads++, getter.call(safety)) });
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('#situation')!.focus();
    for (const key of Object.keys(calls)) delete calls[key];
    let changes = 0;
    el.addEventListener('tend-change', () => changes++);
    const changed = oneEvent(el, 'tend-change');
    await typeKeys(el, '#situation', 'w');
    await changed;
    await el.updateComplete;
    console.warn(JSON.stringify({ ...calls, currentData: dataCount, dangerReads: reads, changes }));
    expect(changes).to.equal(1);
  });
});
