import { expect } from '@open-wc/testing';
import { partsFrom } from '../../src/i-statement/compose.js';

describe('i-statement partsFrom (pure)', () => {
  it('takes the four parts, empty where one is missing', () => {
    expect(partsFrom({})).to.deep.equal({ emotion: '', situation: '', reason: '', need: '' });
    expect(partsFrom({ emotion: 'calm', need: 'rest' })).to.deep.equal({ emotion: 'calm', situation: '', reason: '', need: 'rest' });
  });

  it('keeps nothing but the four parts, in the formula’s order', () => {
    const source = { need: 'n', text: 'a whole sentence', reason: 'r', situation: 's', emotion: 'e' };
    const parts = partsFrom(source);
    expect(Object.keys(parts)).to.deep.equal(['emotion', 'situation', 'reason', 'need']);
    expect(parts).to.deep.equal({ emotion: 'e', situation: 's', reason: 'r', need: 'n' });
  });
});
