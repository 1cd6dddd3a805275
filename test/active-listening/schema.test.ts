import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { AttributeReader } from '../../src/core/attributes.js';
import { activeListeningSchema, isPair, pairRule, ROUNDS, roundsRule } from '../../src/active-listening/schema.js';
import { captureWarnings } from '../helpers/warnings.js';

const round = { speaker: 'Sam', said: 'I felt alone', reflection: 'You felt alone', tries: 1, question: '', validation: 'It makes sense' };
const good = { with: ['Sam', 'Alex'], rounds: [round, { ...round, speaker: 'Alex', tries: 3 }], breaks: 1 };
const valid = (value: unknown) => z.safeParse(activeListeningSchema, value).success;

describe('active listening schema', () => {
  it('accepts two names, the rounds that count and the breaks', () => {
    expect(valid(good)).to.equal(true);
    expect(valid({ ...good, rounds: [], breaks: 0 })).to.equal(true);
  });

  it('refuses what is not the contract shape', () => {
    for (const [name, value] of [
      ['one name', { ...good, with: ['Sam'] }],
      ['three names', { ...good, with: ['Sam', 'Alex', 'Robin'] }],
      ['the same name twice', { ...good, with: ['Sam', 'sam'] }],
      ['an empty name', { ...good, with: ['Sam', ' '] }],
      ['a speaker who is neither', { ...good, rounds: [{ ...round, speaker: 'Robin' }] }],
      ['no try', { ...good, rounds: [{ ...round, tries: 0 }] }],
      ['half a try', { ...good, rounds: [{ ...round, tries: 1.5 }] }],
      ['a round without its validation', { ...good, rounds: [{ ...round, validation: ' ' }] }],
      ['a round without its words', { ...good, rounds: [{ ...round, said: '' }] }],
      ['a round without its reflection', { ...good, rounds: [{ ...round, reflection: '' }] }],
      ['a question that is not text', { ...good, rounds: [{ ...round, question: null }] }],
      ['negative breaks', { ...good, breaks: -1 }],
      ['breaks as text', { ...good, breaks: '1' }],
      ['no breaks', { ...good, breaks: undefined }],
      ['null', null],
    ] as [string, unknown][]) {
      expect(valid(value), name).to.equal(false);
    }
  });

  it('tells two names apart whatever their case and spacing', () => {
    expect(isPair(['Sam', 'Alex'])).to.equal(true);
    expect(isPair(['Sam', ' SAM '])).to.equal(false);
    expect(isPair(['Sam', 3])).to.equal(false);
  });

  it('reads rounds as a whole number from 1 to 6, default 2', () => {
    const read = (raw: string) => z.safeParse(roundsRule.schema, raw);
    for (const [raw, rounds] of [['1', 1], ['6', 6], [' 3 ', 3], ['02', 2]] as const) expect(read(raw).data, raw).to.equal(rounds);
    for (const raw of ['0', '7', '-1', '2.5', 'two', '', '1e0', '100']) expect(read(raw).success, raw).to.equal(false);
    expect(roundsRule.fallback).to.equal(ROUNDS.fallback);
    expect(ROUNDS.fallback).to.equal(2);
  });

  it('reads with as two different names, else the neutral names (null) with one warning', () => {
    const read = (raw: string) => z.safeParse(pairRule.schema, raw);
    expect(read('Sam, Alex').data).to.deep.equal(['Sam', 'Alex']);
    expect(read('  Sam ,   Alex  ').data).to.deep.equal(['Sam', 'Alex']);
    expect(read('Sam,Alex,').data).to.deep.equal(['Sam', 'Alex']);
    for (const raw of ['Sam', 'Sam, Alex, Robin', 'Sam, sam', '', ',']) expect(read(raw).success, raw).to.equal(false);
    const reader = new AttributeReader(document.createElement('tend-active-listening'));
    const warnings = captureWarnings();
    try {
      expect(reader.read('with', 'Sam', pairRule)).to.equal(null);
      expect(reader.read('with', 'Sam', pairRule)).to.equal(null);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<tend-active-listening>').and.to.contain('"Sam"').and.to.contain('two different names');
  });
});
