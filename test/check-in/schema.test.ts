import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { isCheckIn } from '../../src/check-in/history.js';
import { checkInSchema } from '../../src/check-in/schema.js';

const good = { rhythm: 'daily', date: '2026-03-01', with: ['Sam'], feelings: ['calm'], highlight: 'a walk', challenge: '', need: '' };

/** The history's plain guard and the value's schema: one shape, two ways of checking it. */
describe('check-in schema and history guard', () => {
  const cases: [string, unknown][] = [
    ['a check-in', good],
    ['weekly', { ...good, rhythm: 'weekly' }],
    ['extra fields', { ...good, mood: 3 }],
    ['another rhythm', { ...good, rhythm: 'monthly' }],
    ['a date that is no date', { ...good, date: '2026-02-30' }],
    ['a date in another form', { ...good, date: '01/03/2026' }],
    ['names not strings', { ...good, with: [1] }],
    ['feelings missing', { ...good, feelings: undefined }],
    ['a number for text', { ...good, need: 4 }],
    ['null', null],
    ['a string', 'daily'],
    ['an array', [good]],
  ];
  for (const [name, value] of cases) {
    it(`agree on ${name}`, () => {
      expect(isCheckIn(value), 'guard').to.equal(z.safeParse(checkInSchema, value).success);
    });
  }

  it('accept a check-in and reject the rest of the cases', () => {
    expect(cases.filter(([, value]) => isCheckIn(value)).map(([name]) => name)).to.deep.equal(['a check-in', 'weekly', 'extra fields']);
  });
});
