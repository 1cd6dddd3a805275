/**
 * Storage faults, per widget, with `persist`: localStorage that throws on read or on write, a quota
 * that runs out mid-session, corrupt JSON, data of the wrong shape, a draft from a newer version,
 * and another tab writing or removing the same key. The widget keeps working, warns once, and
 * what the person typed on this page is never lost.
 */
import { expect } from '@open-wc/testing';
import { storageKey } from '../../src/core/persistence.js';
import type { ExerciseId } from '../../src/core/types.js';
import { captureWarnings } from '../helpers/warnings.js';
import { cleanup, create, widgets, type Widget, type WidgetSpec } from './widgets.js';
import { field, fill } from '../helpers/harness.js';

const proto = Storage.prototype as unknown as Record<'getItem' | 'setItem', (...args: string[]) => unknown>;
const originals = { getItem: proto.getItem, setItem: proto.setItem };

function fail(method: 'getItem' | 'setItem', error: () => DOMException, when: () => boolean = () => true): void {
  const original = originals[method];
  proto[method] = function (this: Storage, ...args: string[]) {
    if (when()) throw error();
    return original.apply(this, args);
  };
}

const denied = () => new DOMException('The operation is insecure.', 'SecurityError');
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

interface Session {
  el: Widget;
  type(text: string): Promise<void>;
  read(): string;
  shown(): string;
}

async function open(spec: WidgetSpec): Promise<Session> {
  const el = await create(spec, { persist: 'k' });
  await spec.prepare?.(el);
  const first = spec.fields(el)[0]!;
  return {
    el,
    async type(text) {
      fill(el, first.selector, text);
      await el.updateComplete;
    },
    read: () => first.read(el),
    shown: () => field(el, first.selector).value,
  };
}

const stored = (key: string) => JSON.parse(originals.getItem.call(localStorage, key) as string) as { version: number; data: unknown };

describe('storage faults', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
    warnings = captureWarnings();
  });
  afterEach(() => {
    proto.getItem = originals.getItem;
    proto.setItem = originals.setItem;
    warnings.restore();
    window.removeEventListener('error', onError);
    cleanup();
    expect(errors, 'uncaught errors').to.deep.equal([]);
  });

  for (const spec of widgets) {
    const key = storageKey(spec.tag.replace(/^tend-/, '') as ExerciseId, 'k');
    const persistWarnings = () => warnings.messages.filter((m) => m.includes('persist'));

    /** Types twice; both stay on the page; exactly one warning, about persist. */
    async function keepsWorking(session: Session): Promise<void> {
      await session.type('first thoughts');
      await session.type('second thoughts');
      expect(session.read()).to.equal('second thoughts');
      expect(session.shown()).to.equal('second thoughts');
      expect(warnings.messages, warnings.messages.join(' | ')).to.have.length(1);
      expect(persistWarnings()).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`<${spec.tag}>`);
    }

    describe(`<${spec.tag}>`, () => {
      it('saves and restores a draft (the baseline the faults below break)', async () => {
        const session = await open(spec);
        await session.type('kept');
        session.el.remove();
        const again = await open(spec);
        expect(again.read()).to.equal('kept');
        expect(warnings.messages).to.deep.equal([]);
      });

      it('localStorage throws on read', async () => {
        fail('getItem', denied);
        await keepsWorking(await open(spec));
      });

      it('localStorage throws on write', async () => {
        fail('setItem', denied);
        await keepsWorking(await open(spec));
      });

      it('the quota runs out mid-session: the last saved draft stays, the page keeps the newer text', async () => {
        let full = false;
        fail('setItem', quota, () => full);
        const session = await open(spec);
        await session.type('saved before it filled up');
        full = true;
        await session.type('typed after');
        await session.type('typed after, and more');
        expect(session.read()).to.equal('typed after, and more');
        expect(persistWarnings()).to.have.length(1);
        expect(warnings.messages[0]).to.contain('full');
        full = false;
        expect(JSON.stringify(stored(key).data)).to.contain('saved before it filled up');
      });

      it('corrupt JSON: starts fresh, warns once, then saves the new draft', async () => {
        localStorage.setItem(key, '{"version":1,"data":');
        await keepsWorking(await open(spec));
        expect(JSON.stringify(stored(key).data)).to.contain('second thoughts');
      });

      it('data of the wrong shape', async () => {
        localStorage.setItem(key, JSON.stringify({ version: 1, savedAt: 'x', data: { not: 'this widget' } }));
        await keepsWorking(await open(spec));
      });

      it('a draft from a newer version: left untouched, the page keeps its own', async () => {
        const newer = JSON.stringify({ version: 2, savedAt: 'x', data: { from: 'the future' } });
        localStorage.setItem(key, newer);
        await keepsWorking(await open(spec));
        expect(originals.getItem.call(localStorage, key)).to.equal(newer);
      });

      it('another tab writes, then removes, the same key: this page keeps what was typed here', async () => {
        const session = await open(spec);
        await session.type('written on this page');
        const theirs = JSON.stringify({ version: 1, savedAt: 'x', data: session.el.value });
        for (const newValue of [theirs.replace('written on this page', 'written in the other tab'), null]) {
          const oldValue = localStorage.getItem(key);
          if (newValue === null) localStorage.removeItem(key);
          else localStorage.setItem(key, newValue);
          window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue, storageArea: localStorage }));
          await session.el.updateComplete;
        }
        expect(session.read()).to.equal('written on this page');
        expect(session.shown()).to.equal('written on this page');
        expect(persistWarnings()).to.have.length(1);
        expect(warnings.messages[0]).to.contain('another tab');
        // …and keeps saving this page's state.
        await session.type('written on this page, then more');
        expect(JSON.stringify(stored(key).data)).to.contain('written on this page, then more');
        expect(warnings.messages).to.have.length(1);
      });
    });
  }
});
