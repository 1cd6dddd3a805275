import { expect } from '@open-wc/testing';
import { focusAfterRemoval, moveEntry } from '../../src/builder/step-edits.js';

describe('builder step edits', () => {
  it('moves an entry one place up or down, and nowhere past either end', () => {
    const steps = ['a', 'b', 'c'];
    expect(moveEntry(steps, 1, -1)).to.deep.equal(['b', 'a', 'c']);
    expect(moveEntry(steps, 1, 1)).to.deep.equal(['a', 'c', 'b']);
    expect(moveEntry(steps, 0, -1)).to.equal(null);
    expect(moveEntry(steps, 2, 1)).to.equal(null);
    expect(moveEntry(steps, 5, -1)).to.equal(null);
    expect(steps).to.deep.equal(['a', 'b', 'c']);
  });

  it('after a removal, focuses the step now in its place, the last one, or the choice of a new step', () => {
    expect(focusAfterRemoval(0, 2)).to.equal('#step-0-title');
    expect(focusAfterRemoval(2, 2)).to.equal('#step-1-title');
    expect(focusAfterRemoval(0, 0)).to.equal('#new-step');
  });
});
