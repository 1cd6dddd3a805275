import type { StopStep } from '../core/types.js';

/**
 * The four steps of the STOP technique, in order (seed 001: "Stop what you're doing /
 * Take a breath (or several) / Observe your emotions and thoughts / Proceed with intention,
 * not reaction"). Their words live in strings.ts under `step.<id>.title` and `step.<id>.instruction`.
 */
export const STEPS = ['stop', 'breathe', 'observe', 'proceed'] as const satisfies readonly StopStep[];

/**
 * The wordings of the steps (`variant`): `mindfulness` is seed 001's STOP technique ("Take a breath");
 * `dbt` is the STOP skill of Dialectical Behavior Therapy, developed by Marsha M. Linehan (Stop, Take a step
 * back, Observe, Proceed mindfully), paraphrased and credited in the widget. The step ids stay the same.
 */
export const VARIANTS = ['mindfulness', 'dbt'] as const;
export type StopVariant = (typeof VARIANTS)[number];

/** The string key of a step's title or instruction: mindfulness keeps the plain `step.<id>.…` keys, DBT adds `dbt.`. */
export function stepKey(variant: StopVariant, step: StopStep, part: 'title' | 'instruction'): `${'dbt.' | ''}step.${StopStep}.${'title' | 'instruction'}` {
  return `${variant === 'dbt' ? 'dbt.' : ''}step.${step}.${part}`;
}

/** The steps that can carry a note when `notes` is on. */
export const NOTE_STEPS = ['observe', 'proceed'] as const;
export type NoteStep = (typeof NOTE_STEPS)[number];

/** The notes before anything is written (or when `notes` is off). */
export const NO_NOTES: Readonly<Record<NoteStep, string>> = { observe: '', proceed: '' };

export function isNoteStep(step: StopStep): step is NoteStep {
  return step === 'observe' || step === 'proceed';
}

/** Seconds per step when `durations` is absent or invalid: a short halt, a real breath, time to notice, a moment to choose. */
export const DEFAULT_DURATIONS: readonly number[] = [5, 30, 20, 10];
