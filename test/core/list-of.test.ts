import { expect } from '@open-wc/testing';
import { listOf } from '../../src/core/localize.js';

describe('listOf', () => {
  it('joins items the way each language does, one formatter per language', () => {
    expect(listOf('en', ['calm', 'tired', 'hopeful'])).to.equal('calm, tired, and hopeful');
    expect(listOf('es', ['tranquilo', 'cansado', 'esperanzado'])).to.equal('tranquilo, cansado y esperanzado');
    expect(listOf('en', ['calm'])).to.equal('calm');
    expect(listOf('en', [])).to.equal('');
  });
});
