import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { AttributeReader } from '../../src/core/attributes.js';
import { FOLLOW_UP_DAYS, followUpRule, repairSchema, wholeNumber } from '../../src/repair/schema.js';
import { followUpDate, followUpReminder } from '../../src/repair/follow-up.js';
import { captureWarnings } from '../helpers/warnings.js';

const good = {
  with: ['Sam'],
  part: 'I was on my phone',
  impact: 'you felt alone',
  apology: 'ignoring you',
  plan: 'leave it in the hall',
  followUp: '2026-03-08',
  reconnect: '',
  text: 'Sam, I want to own my part: I was on my phone. …',
};
const valid = (value: unknown) => z.safeParse(repairSchema, value).success;

describe('repair schema', () => {
  it('accepts the contract shape, an empty draft and a cleared follow-up', () => {
    expect(valid(good)).to.equal(true);
    expect(valid({ ...good, with: [], part: '', impact: '', apology: '', plan: '', text: '' })).to.equal(true);
    expect(valid({ ...good, followUp: null })).to.equal(true);
    expect(valid({ ...good, followUp: '2024-02-29' }), 'a leap day').to.equal(true);
  });

  it('refuses what is not the contract shape', () => {
    for (const [name, value] of [
      ['a date that is no date', { ...good, followUp: '2026-02-30' }],
      ['a date in another form', { ...good, followUp: '08/03/2026' }],
      ['an empty date', { ...good, followUp: '' }],
      ['a follow-up in days', { ...good, followUp: 7 }],
      ['a name that is not text', { ...good, with: [1] }],
      ['names as one string', { ...good, with: 'Sam' }],
      ['a missing apology', { ...good, apology: undefined }],
      ['a missing text', { ...good, text: undefined }],
      ['null', null],
      ['a string', 'repair'],
    ] as [string, unknown][]) {
      expect(valid(value), name).to.equal(false);
    }
  });

  it('reads follow-up as whole days from 1 to 90, default 7', () => {
    const accepts = (raw: string) => z.safeParse(followUpRule.schema, raw);
    for (const [raw, days] of [['7', 7], ['1', 1], ['90', 90], [' 14 ', 14], ['030', 30]] as const) {
      const result = accepts(raw);
      expect(result.success, raw).to.equal(true);
      expect(result.data, raw).to.equal(days);
    }
    for (const raw of ['0', '91', '-3', '7.5', '1e1', 'seven', '', ' ', '7 days', '9999999999', '0x10']) {
      expect(accepts(raw).success, JSON.stringify(raw)).to.equal(false);
    }
    expect(followUpRule.fallback).to.equal(FOLLOW_UP_DAYS.fallback);
    expect(FOLLOW_UP_DAYS.fallback).to.equal(7);
    expect(wholeNumber(' 12 ')).to.equal(12);
    expect(wholeNumber('12a')).to.be.NaN;
  });

  it('warns once for a bad follow-up and uses 7', () => {
    const element = document.createElement('tend-repair');
    const reader = new AttributeReader(element);
    const warnings = captureWarnings();
    try {
      expect(reader.read('follow-up', '120', followUpRule)).to.equal(7);
      expect(reader.read('follow-up', '120', followUpRule)).to.equal(7);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<tend-repair>').and.to.contain('follow-up').and.to.contain('"120"').and.to.contain('1 to 90');
    expect(reader.read('follow-up', null, followUpRule)).to.equal(7);
  });
});

describe('repair follow-up', () => {
  it('counts whole calendar days ahead, across months, years and leap days', () => {
    expect(followUpDate('2026-03-01', 7)).to.equal('2026-03-08');
    expect(followUpDate('2026-03-28', 7)).to.equal('2026-04-04');
    expect(followUpDate('2026-12-28', 7)).to.equal('2027-01-04');
    expect(followUpDate('2024-02-28', 1)).to.equal('2024-02-29');
    expect(followUpDate('2025-02-28', 1)).to.equal('2025-03-01');
    expect(followUpDate('2026-01-01', 90)).to.equal('2026-04-01');
    // Daylight saving changes in late March and late October in much of the world: still whole days.
    expect(followUpDate('2026-03-25', 7)).to.equal('2026-04-01');
    expect(followUpDate('2026-10-22', 7)).to.equal('2026-10-29');
  });

  it('refuses a today that is not a date', () => {
    expect(() => followUpDate('today', 7)).to.throw(RangeError);
  });

  it('gives the reminder a title only, unless the person chose to include their words', () => {
    const words = { title: 'Follow up on our repair', titleNamed: 'Follow up with {name}', names: '' };
    expect(followUpReminder(words, 'I want to own my part…', false)).to.deep.equal({ summary: 'Follow up on our repair', description: '' });
    expect(followUpReminder({ ...words, names: 'Sam and Alex' }, 'I want to own my part…', true)).to.deep.equal({
      summary: 'Follow up with Sam and Alex',
      description: 'I want to own my part…',
    });
  });
});
