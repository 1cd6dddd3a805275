import { expect } from '@open-wc/testing';
import { countTexts, keep, normaliseHistory, overTime, pickEntry, windowStart } from '../../src/jealousy-journal/history.js';
import { readKept } from '../../src/jealousy-journal/history.js';
import type { JealousyEntry } from '../../src/jealousy-journal/schema.js';

const entry = (date: string, strength: number | null, need = '', feelings = ['jealous'], situation = `on ${date}`): JealousyEntry => ({
  date,
  with: [],
  situation,
  feelings,
  strength,
  need,
  say: '',
  agreement: '',
  glad: '',
});
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

describe('jealousy journal history (pure)', () => {
  it('keeps every entry, several a day, newest date first and the latest of a day before the earlier', () => {
    let kept = keep([], entry('2026-03-01', 4, '', ['jealous'], 'morning'));
    kept = keep(kept, entry('2026-02-27', 6));
    kept = keep(kept, entry('2026-03-01', 8, '', ['jealous'], 'evening'));
    expect(kept.map((e) => [e.date, e.situation])).to.deep.equal([
      ['2026-03-01', 'evening'],
      ['2026-03-01', 'morning'],
      ['2026-02-27', 'on 2026-02-27'],
    ]);
    // The same entry twice is two entries: nothing is merged away.
    expect(keep(kept, entry('2026-03-01', 8, '', ['jealous'], 'evening'))).to.have.length(4);
  });

  it('sorts a stored history newest first without losing the order within a day', () => {
    const sorted = normaliseHistory([entry('2026-01-01', 1, '', [], 'a'), entry('2026-03-01', 2), entry('2026-01-01', 3, '', [], 'b')]);
    expect(sorted.map((e) => e.situation)).to.deep.equal(['on 2026-03-01', 'a', 'b']);
  });

  it('shows the strength of each entry of the last four weeks, oldest first, and leaves out entries without one', () => {
    const history = normaliseHistory([
      entry('2026-03-01', 3),
      entry('2026-03-01', null),
      entry('2026-02-28', 9),
      entry('2026-02-02', 10), // the window's first day
      entry('2026-02-01', 5), // 29 days before: outside
      entry('2026-03-02', 1), // a date to come: outside
    ]);
    const view = overTime(history, at(2026, 3, 1));
    expect(view.from).to.equal('2026-02-02');
    expect(view.to).to.equal('2026-03-01');
    expect(view.recent).to.equal(4);
    expect(view.strengths).to.deep.equal([
      { date: '2026-02-02', strength: 10 },
      { date: '2026-02-28', strength: 9 },
      { date: '2026-03-01', strength: 3 },
    ]);
  });

  it('counts the feelings (once per entry, any case) and the needs that come back (case, spacing and closing punctuation aside)', () => {
    const history = normaliseHistory([
      entry('2026-03-01', 5, 'Reassurance.', ['Jealous', 'jealous', 'left out']),
      entry('2026-02-20', 5, 'reassurance', ['jealous']),
      entry('2026-02-19', 5, 'time  together', ['insecure']),
      entry('2026-02-10', 5, 'a boundary about overnights', []),
      entry('2026-01-01', 5, 'time together', ['insecure']), // outside the window
    ]);
    const view = overTime(history, at(2026, 3, 1));
    expect(view.feelings).to.deep.equal([
      { text: 'Jealous', count: 2 },
      { text: 'insecure', count: 1 },
      { text: 'left out', count: 1 },
    ]);
    expect(view.needs).to.deep.equal([{ text: 'Reassurance', count: 2 }]);
    expect(countTexts([['', '  '], ['a'], ['A.']])).to.deep.equal([{ text: 'a', count: 2 }]);
  });

  it('says nothing about streaks, scores or averages: the view holds only what was written', () => {
    expect(Object.keys(overTime([], at(2026, 3, 1))).sort()).to.deep.equal(['feelings', 'from', 'needs', 'recent', 'strengths', 'to']);
  });

  it('counts the window by local calendar days', () => {
    expect(windowStart(at(2026, 3, 1))).to.equal('2026-02-02');
    expect(windowStart(at(2026, 3, 1, 0))).to.equal('2026-02-02');
    expect(windowStart(at(2024, 3, 28, 23))).to.equal('2024-03-01');
  });

  it('reads kept entries back: only the contract’s fields, newest first, and counts the unreadable', () => {
    const { entries, unreadable } = readKept({
      entries: [entry('2026-03-01', 2), { date: 'nope' }, { ...entry('2026-03-02', 11) }, { ...entry('2026-03-02', 4), secret: 'x' }, 42],
    });
    expect(entries).to.deep.equal([entry('2026-03-02', 4), entry('2026-03-01', 2)]);
    expect(unreadable).to.equal(3);
    expect(readKept({})).to.deep.equal({ entries: [], unreadable: 0 });
    expect(readKept({ entries: 'nope' })).to.deep.equal({ entries: [], unreadable: 0 });
    expect(pickEntry({ ...entry('2026-03-01', 1), extra: true } as JealousyEntry)).to.deep.equal(entry('2026-03-01', 1));
  });
});
