import { breathAt, type BreathPattern } from './breath.js';
import { STEPS, type NoteStep } from './steps.js';
import { pauseAt, releaseAt, type Position, type Timeline } from './timeline.js';

/**
 * Where a run of the exercise is, and the pure rules the element applies to it at each frame.
 * `holding`: a note step's time ran out while the person was writing its note; the next step waits for them.
 */
export type Status = 'idle' | 'running' | 'paused' | 'holding' | 'waiting' | 'complete';

/** A note counts as being written until this long after its last keystroke (clock milliseconds). */
export const TYPING_QUIET_MS = 3000;

/** When (clock time) and in which step's note the person last typed. */
export interface Typed {
  at: number;
  step: NoteStep;
}

/** Milliseconds until the person's typing counts as over (0 or less: it is over). */
export function quietIn(typed: Typed | null, now: number): number {
  return typed ? TYPING_QUIET_MS - (now - typed.at) : 0;
}

/**
 * The clock is past the note step `stepIndex` while the person is still in that step's note: focus is
 * in it (`inNote`, reading back counts as writing), or they typed in it a moment ago. The last step
 * is never held: its time running out waits for Done anyway.
 */
export function writingThrough(typed: Typed | null, inNote: boolean, stepIndex: number, position: Position, now: number): boolean {
  if (stepIndex >= STEPS.length - 1 || position.index <= stepIndex) return false;
  return inNote || (typed?.step === STEPS[stepIndex] && quietIn(typed, now) > 0);
}

/** What a frame shows (the step, the second, the breath): a frame re-renders only when it changes. */
export function frameKey(status: Status, stepIndex: number, position: Position, breath: BreathPattern): string {
  let key = `${status}|${stepIndex}|${Math.ceil(position.remainingMs / 1000)}`;
  if (STEPS[stepIndex] === 'breathe') {
    const phase = breathAt(breath, position.stepElapsedMs);
    key += `|${phase.kind}|${Math.round(phase.fullness * 200)}|${Math.round(phase.progress * 100)}`;
  }
  return key;
}

/** The run as Undo of Reset brings it back: a running or held one paused where it was, any other as it was. */
export function undoPoint(timeline: Timeline | null, status: Status, now: number): { timeline: Timeline | null; status: Status } {
  const paused = timeline && status === 'running' ? pauseAt(timeline, now) : timeline;
  return {
    timeline: status === 'holding' && paused ? releaseAt(paused, now) : paused,
    status: status === 'running' || status === 'holding' ? 'paused' : status,
  };
}
