import { expect } from '@open-wc/testing';
import { breathAt, cycleMs } from '../../src/core/breath.js';

describe('stop-timer breath (pure)', () => {
  const inOut = { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 };
  const box = { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 };
  const relax = { inhale: 4, holdIn: 7, exhale: 8, holdOut: 0 };

  it('follows inhale-exhale and repeats', () => {
    expect(cycleMs(inOut)).to.equal(10_000);
    expect(breathAt(inOut, 0)).to.deep.include({ kind: 'in', progress: 0, remainingMs: 4000, fullness: 0 });
    expect(breathAt(inOut, 2000)).to.deep.include({ kind: 'in', progress: 0.5 });
    expect(breathAt(inOut, 2000).fullness).to.be.closeTo(0.5, 1e-9);
    expect(breathAt(inOut, 4000)).to.deep.include({ kind: 'out', progress: 0, fullness: 1, remainingMs: 6000 });
    expect(breathAt(inOut, 9999).kind).to.equal('out');
    expect(breathAt(inOut, 9999).fullness).to.be.below(0.001);
    expect(breathAt(inOut, 10_000)).to.deep.include({ kind: 'in', progress: 0 });
    expect(breathAt(inOut, 31_000)).to.deep.include({ kind: 'in', remainingMs: 3000 });
  });

  it('holds full and empty in box breathing', () => {
    expect(cycleMs(box)).to.equal(16_000);
    expect(breathAt(box, 5000)).to.deep.include({ kind: 'hold', fullness: 1 });
    expect(breathAt(box, 9000).kind).to.equal('out');
    expect(breathAt(box, 13_000)).to.deep.include({ kind: 'hold', fullness: 0 });
  });

  it('follows 4-7-8', () => {
    expect(cycleMs(relax)).to.equal(19_000);
    expect(breathAt(relax, 10_999)).to.deep.include({ kind: 'hold', fullness: 1, remainingMs: 1 });
    expect(breathAt(relax, 11_000).kind).to.equal('out');
    expect(breathAt(relax, 19_000).kind).to.equal('in');
  });
});
