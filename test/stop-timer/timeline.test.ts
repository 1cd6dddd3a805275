import { expect } from '@open-wc/testing';
import { begin, finishAt, holdAtEndOf, pauseAt, positionAt, progressAt, releaseAt, resumeAt, skipAt, totalMs } from '../../src/stop-timer/timeline.js';

describe('stop-timer timeline (pure)', () => {
  const t0 = 1000;

  it('places a moment in the right step with the right remaining time', () => {
    const tl = begin([5, 30, 20, 10], t0);
    expect(totalMs(tl)).to.equal(65_000);
    expect(positionAt(tl, t0)).to.deep.include({ index: 0, remainingMs: 5000, elapsedMs: 0, pausedMs: 0, timeUp: false });
    expect(positionAt(tl, t0 + 4999)).to.deep.include({ index: 0, remainingMs: 1 });
    expect(positionAt(tl, t0 + 5000)).to.deep.include({ index: 1, remainingMs: 30_000, stepElapsedMs: 0 });
    expect(positionAt(tl, t0 + 40_000)).to.deep.include({ index: 2, remainingMs: 15_000, elapsedMs: 40_000 });
    expect(positionAt(tl, t0 + 64_999)).to.deep.include({ index: 3, remainingMs: 1, timeUp: false });
    expect(positionAt(tl, t0 + 65_000)).to.deep.include({ index: 3, remainingMs: 0, timeUp: true, elapsedMs: 65_000 });
    expect(positionAt(tl, t0 + 999_000)).to.deep.include({ index: 3, timeUp: true, elapsedMs: 999_000 });
  });

  it('never counts time before the start', () => {
    expect(positionAt(begin([1, 1, 1, 1], t0), t0 - 500)).to.deep.include({ index: 0, elapsedMs: 0, remainingMs: 1000 });
  });

  it('excludes pauses from elapsed time and reports them, open or closed', () => {
    let tl = begin([5, 30, 20, 10], t0);
    tl = pauseAt(tl, t0 + 2000);
    expect(positionAt(tl, t0 + 9000)).to.deep.include({ index: 0, remainingMs: 3000, elapsedMs: 2000, pausedMs: 7000 });
    expect(pauseAt(tl, t0 + 9000)).to.equal(tl); // pausing twice changes nothing
    tl = resumeAt(tl, t0 + 9000);
    expect(resumeAt(tl, t0 + 9500)).to.equal(tl);
    expect(positionAt(tl, t0 + 12_000)).to.deep.include({ index: 1, remainingMs: 30_000, elapsedMs: 5000, pausedMs: 7000 });
  });

  it('skips to the start of the next step without counting the skipped time as spent', () => {
    let tl = begin([5, 30, 20, 10], t0);
    tl = skipAt(tl, t0 + 1000);
    expect(positionAt(tl, t0 + 1000)).to.deep.include({ index: 1, remainingMs: 30_000, elapsedMs: 1000 });
    tl = skipAt(tl, t0 + 2000);
    expect(positionAt(tl, t0 + 2000)).to.deep.include({ index: 2, remainingMs: 20_000, elapsedMs: 2000 });
    tl = skipAt(skipAt(tl, t0 + 2000), t0 + 2000);
    expect(positionAt(tl, t0 + 2000)).to.deep.include({ index: 3, timeUp: true, elapsedMs: 2000 });
  });

  it('freezes on finish, closing an open pause', () => {
    let tl = begin([1, 1, 1, 1], t0);
    tl = pauseAt(tl, t0 + 500);
    tl = finishAt(tl, t0 + 1500);
    const frozen = positionAt(tl, t0 + 99_000);
    expect(frozen).to.deep.include({ elapsedMs: 500, pausedMs: 1000 });
    expect(finishAt(tl, t0 + 99_000)).to.equal(tl);
    expect(skipAt(tl, t0 + 99_000)).to.equal(tl);
  });
});

describe('timeline: holding a step while a note is written', () => {
  it('holds at the end of the step (not at the late frame that noticed), then the next step gets its whole length', () => {
    const t0 = begin([10, 20], 0);
    const held = holdAtEndOf(t0, 0, 10_400); // noticed 400 ms late
    expect(held.heldAt).to.equal(10_000);
    expect(positionAt(held, 15_000).index).to.equal(1);
    expect(positionAt(held, 15_000).remainingMs).to.equal(20_000);
    const released = releaseAt(held, 15_000);
    expect(released.heldMs).to.equal(5000);
    const later = positionAt(released, 16_000);
    expect(later).to.include({ index: 1, remainingMs: 19_000, elapsedMs: 16_000, pausedMs: 0 });
    expect(progressAt(released, 16_000)).to.equal(11_000);
  });

  it('does not hold a paused or finished run, and finishing closes a hold', () => {
    const t0 = begin([10, 20], 0);
    const paused = pauseAt(t0, 5000);
    expect(holdAtEndOf(paused, 0, 6000)).to.equal(paused);
    const held = holdAtEndOf(t0, 0, 10_000);
    expect(pauseAt(held, 11_000)).to.equal(held);
    const finished = finishAt(held, 12_000);
    expect(finished.heldAt).to.equal(null);
    expect(finished.heldMs).to.equal(2000);
  });
});
