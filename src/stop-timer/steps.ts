import type { StopStep } from '../core/types.js';

/**
 * The four steps of the STOP technique, in order (seed 001: "Stop what you're doing /
 * Take a breath (or several) / Observe your emotions and thoughts / Proceed with intention,
 * not reaction"). Their words live in strings.ts under `step.<id>.title` and `step.<id>.instruction`.
 */
export const STEPS = ['stop', 'breathe', 'observe', 'proceed'] as const satisfies readonly StopStep[];

/** The steps that can carry a note when `notes` is on. */
export const NOTE_STEPS = ['observe', 'proceed'] as const;
export type NoteStep = (typeof NOTE_STEPS)[number];

export function isNoteStep(step: StopStep): step is NoteStep {
  return step === 'observe' || step === 'proceed';
}

/** Seconds per step when `durations` is absent or invalid: a short halt, a real breath, time to notice, a moment to choose. */
export const DEFAULT_DURATIONS: readonly number[] = [5, 30, 20, 10];
