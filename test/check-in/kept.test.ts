import { expect } from '@open-wc/testing';
import { envelopeData, holdsEntry } from '../../src/core/history.js';
import { readKept } from '../../src/check-in/history.js';
import type { CheckInData } from '../../src/entries/data.js';

const entry = (date: string, extra: object = {}): CheckInData =>
  ({ rhythm: 'daily', date, with: [], feelings: ['calm'], highlight: 'tea', challenge: 'rain', need: '', ...extra }) as CheckInData;

describe('check-in: reading what is kept (pure)', () => {
  it('reads the check-ins of a stored draft newest first, one per date, only the contract’s fields, and counts the unreadable', () => {
    const { entries, unreadable } = readKept({
      entries: [entry('2025-03-01'), { date: 'nope' }, entry('2025-03-02', { secret: 'x' }), entry('2025-03-01', { highlight: 'later' }), 42],
    });
    expect(entries).to.deep.equal([entry('2025-03-02'), entry('2025-03-01')]);
    expect(unreadable).to.equal(2);
    expect(readKept({})).to.deep.equal({ entries: [], unreadable: 0 });
    expect(readKept({ entries: 'nope' })).to.deep.equal({ entries: [], unreadable: 0 });
  });

  it('finds the draft data in a stored envelope, and nothing in anything else', () => {
    expect(envelopeData('{"version":1,"data":{"entries":[]}}')).to.deep.equal({ entries: [] });
    for (const raw of [null, '', 'not json', 'null', '42', '{"data":"text"}', '{"data":null}', '{}']) {
      expect(envelopeData(raw), String(raw)).to.equal(undefined);
    }
  });

  it('tells whether the stored text holds an entry as it was kept', () => {
    const kept = entry('2025-03-01');
    const raw = JSON.stringify({ data: { entries: [kept] } });
    expect(holdsEntry(raw, kept)).to.equal(true);
    expect(holdsEntry(raw, entry('2025-03-01', { need: 'rest' }))).to.equal(false);
    expect(holdsEntry(null, kept)).to.equal(false);
  });
});
