import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { breathRule, durationsRule, splitDurations } from '../../src/stop-timer/parse.js';

const parse = <T>(rule: { schema: z.ZodMiniType<T, string> }, raw: string) => z.safeParse(rule.schema, raw);

describe('stop-timer attribute parsing (pure)', () => {
  it('accepts four whole seconds separated by spaces and/or commas', () => {
    expect(parse(durationsRule, '5 30 20 10').data).to.deep.equal([5, 30, 20, 10]);
    expect(parse(durationsRule, ' 5, 30,20 ,  10 ').data).to.deep.equal([5, 30, 20, 10]);
    expect(parse(durationsRule, '1 1 1 600').data).to.deep.equal([1, 1, 1, 600]);
    expect(durationsRule.fallback).to.deep.equal([5, 30, 20, 10]);
  });

  for (const bad of ['', '5 30 20', '5 30 20 10 5', '0 30 20 10', '5 30 20 601', '5 30.5 20 10', '0x10 1 1 1', 'a b c d', '-5 30 20 10', '5;30;20;10']) {
    it(`rejects durations ${JSON.stringify(bad)}`, () => {
      expect(parse(durationsRule, bad).success).to.equal(false);
    });
  }

  it('splits empty input into nothing', () => {
    expect(splitDurations('   ')).to.deep.equal([]);
  });

  it('reads 2, 3 and 4 breath numbers as in-out, in-hold-out and in-hold-out-hold', () => {
    expect(parse(breathRule, '4-6').data).to.deep.equal({ inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 });
    expect(parse(breathRule, '4-7-8').data).to.deep.equal({ inhale: 4, holdIn: 7, exhale: 8, holdOut: 0 });
    expect(parse(breathRule, '4-4-4-4').data).to.deep.equal({ inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 });
    expect(parse(breathRule, ' 5.5 - 5.5 ').data).to.deep.equal({ inhale: 5.5, holdIn: 0, exhale: 5.5, holdOut: 0 });
    expect(breathRule.fallback).to.deep.equal({ inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 });
  });

  for (const bad of ['', '4', '4-0', '4-6-', 'a-b', '1-2-3-4-5', '61-4', '4 6', '-4-6', '4--6']) {
    it(`rejects breath ${JSON.stringify(bad)}`, () => {
      expect(parse(breathRule, bad).success).to.equal(false);
    });
  }
});
