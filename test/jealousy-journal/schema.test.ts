import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { isJealousyEntry } from '../../src/jealousy-journal/history.js';
import { jealousyJournalSchema, strengthFrom } from '../../src/jealousy-journal/schema.js';

const good = {
  date: '2026-03-01',
  with: ['Sam'],
  situation: 'they posted photos from a weekend away',
  feelings: ['jealous', 'left out'],
  strength: 7,
  need: 'reassurance',
  say: '',
  agreement: '',
  glad: '',
};

/** The history's plain guard and the value's schema: one shape, two ways of checking it. */
describe('jealousy journal schema and history guard', () => {
  const cases: [string, unknown][] = [
    ['an entry', good],
    ['no strength yet', { ...good, strength: null }],
    ['strength 0', { ...good, strength: 0 }],
    ['strength 10', { ...good, strength: 10 }],
    ['an empty draft', { ...good, with: [], situation: '', feelings: [], strength: null, need: '' }],
    ['extra fields', { ...good, mood: 3 }],
    ['strength 11', { ...good, strength: 11 }],
    ['strength -1', { ...good, strength: -1 }],
    ['strength 6.5', { ...good, strength: 6.5 }],
    ['strength as text', { ...good, strength: '7' }],
    ['strength NaN', { ...good, strength: Number.NaN }],
    ['strength missing', { ...good, strength: undefined }],
    ['a date that is no date', { ...good, date: '2026-02-30' }],
    ['a date in another form', { ...good, date: '01/03/2026' }],
    ['feelings as one string', { ...good, feelings: 'jealous' }],
    ['a name that is not text', { ...good, with: [1] }],
    ['glad missing', { ...good, glad: undefined }],
    ['a number for text', { ...good, need: 4 }],
    ['null', null],
    ['an array', [good]],
  ];
  for (const [name, value] of cases) {
    it(`agree on ${name}`, () => {
      expect(isJealousyEntry(value), 'guard').to.equal(z.safeParse(jealousyJournalSchema, value).success);
    });
  }

  it('accept the contract shape and strengths 0–10 or null, and refuse the rest', () => {
    expect(cases.filter(([, value]) => isJealousyEntry(value)).map(([name]) => name)).to.deep.equal([
      'an entry',
      'no strength yet',
      'strength 0',
      'strength 10',
      'an empty draft',
      'extra fields',
    ]);
  });

  it('reads a strength from a slider’s or a radio’s value, and nothing else', () => {
    expect([strengthFrom('0'), strengthFrom('7'), strengthFrom(' 10 '), strengthFrom(3)]).to.deep.equal([0, 7, 10, 3]);
    for (const raw of ['11', '-1', '6.5', '', 'seven', '1e1', null, undefined, Number.NaN, 10.5]) expect(strengthFrom(raw), String(raw)).to.equal(null);
  });
});
