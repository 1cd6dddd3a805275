import { expect } from '@open-wc/testing';
import { frameKey, quietIn, TYPING_QUIET_MS, undoPoint, writingThrough } from '../../src/stop-timer/run.js';
import { begin, pauseAt, positionAt, holdAtEndOf } from '../../src/stop-timer/timeline.js';

describe('stop-timer run rules (pure)', () => {
  const t0 = 1000;
  const breath = { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 };
  // Steps: stop 5 s, breathe 10 s, observe 5 s, proceed 5 s.
  const timeline = begin([5, 10, 5, 5], t0);

  describe('quietIn', () => {
    it('counts down from the last keystroke, and is over without one', () => {
      expect(quietIn(null, t0)).to.equal(0);
      expect(quietIn({ at: t0, step: 'observe' }, t0)).to.equal(TYPING_QUIET_MS);
      expect(quietIn({ at: t0, step: 'observe' }, t0 + 1000)).to.equal(TYPING_QUIET_MS - 1000);
      expect(quietIn({ at: t0, step: 'observe' }, t0 + TYPING_QUIET_MS)).to.equal(0);
    });
  });

  describe('writingThrough', () => {
    const observe = 2;
    const afterObserve = t0 + 20_000; // in proceed
    const past = positionAt(timeline, afterObserve);

    it('holds a note step whose time is over while its note is being written', () => {
      expect(writingThrough({ at: afterObserve - 500, step: 'observe' }, false, observe, past, afterObserve)).to.equal(true);
    });

    it('holds it while focus is in its note, typing or not (reading back with the arrows)', () => {
      expect(writingThrough(null, true, observe, past, afterObserve)).to.equal(true);
      expect(writingThrough({ at: afterObserve - TYPING_QUIET_MS * 10, step: 'observe' }, true, observe, past, afterObserve)).to.equal(true);
    });

    it('moves on once the typing has been quiet long enough and focus is elsewhere', () => {
      expect(writingThrough({ at: afterObserve - TYPING_QUIET_MS, step: 'observe' }, false, observe, past, afterObserve)).to.equal(false);
    });

    it('moves on when nothing was typed, or only in another step’s note', () => {
      expect(writingThrough(null, false, observe, past, afterObserve)).to.equal(false);
      expect(writingThrough({ at: afterObserve, step: 'proceed' }, false, observe, past, afterObserve)).to.equal(false);
      expect(writingThrough({ at: afterObserve, step: 'observe' }, false, 1, past, afterObserve)).to.equal(false);
    });

    it('does not hold while the step still has time', () => {
      const inObserve = t0 + 17_000;
      expect(writingThrough({ at: inObserve, step: 'observe' }, true, observe, positionAt(timeline, inObserve), inObserve)).to.equal(false);
    });

    it('never holds the last step: its time running out waits for Done anyway', () => {
      const end = t0 + 30_000;
      const position = positionAt(timeline, end);
      expect(position.timeUp).to.equal(true);
      expect(writingThrough({ at: end - 100, step: 'proceed' }, true, 3, position, end)).to.equal(false);
    });
  });

  describe('frameKey', () => {
    it('changes with the second shown, not within it', () => {
      const at = (ms: number) => frameKey('running', 0, positionAt(timeline, t0 + ms), breath);
      expect(at(100)).to.equal(at(900));
      expect(at(100)).to.not.equal(at(1100));
    });

    it('changes with the status and the step', () => {
      const position = positionAt(timeline, t0 + 100);
      expect(frameKey('running', 0, position, breath)).to.not.equal(frameKey('paused', 0, position, breath));
      expect(frameKey('running', 0, position, breath)).to.not.equal(frameKey('running', 2, position, breath));
    });

    it('follows the breath within a second while breathing', () => {
      const at = (ms: number) => frameKey('running', 1, positionAt(timeline, t0 + 5000 + ms), breath);
      expect(at(100)).to.not.equal(at(300));
      expect(at(100)).to.contain('|in|');
      expect(at(4500)).to.contain('|out|');
    });
  });

  describe('undoPoint', () => {
    it('brings a running run back paused where it was', () => {
      const point = undoPoint(timeline, 'running', t0 + 2000);
      expect(point.status).to.equal('paused');
      expect(point.timeline?.pausedAt).to.equal(t0 + 2000);
    });

    it('releases a held step and brings it back paused', () => {
      const held = holdAtEndOf(timeline, 2, t0 + 21_000);
      expect(held.heldAt).to.not.equal(null);
      const point = undoPoint(held, 'holding', t0 + 22_000);
      expect(point.status).to.equal('paused');
      expect(point.timeline?.heldAt).to.equal(null);
    });

    it('keeps any other run as it was', () => {
      const paused = pauseAt(timeline, t0 + 1000);
      expect(undoPoint(paused, 'paused', t0 + 5000)).to.deep.equal({ timeline: paused, status: 'paused' });
      expect(undoPoint(timeline, 'waiting', t0)).to.deep.equal({ timeline, status: 'waiting' });
      expect(undoPoint(null, 'idle', t0)).to.deep.equal({ timeline: null, status: 'idle' });
    });
  });
});
