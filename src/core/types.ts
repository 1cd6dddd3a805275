import type { ExerciseId, StepExerciseId } from '../registry.js';

/** The exercises, by the id that appears in every event's `detail.exercise` (from src/registry.ts). */
export type { ExerciseId, StepExerciseId };

export type StopStep = 'stop' | 'breathe' | 'observe' | 'proceed';

export type ReviewCadence = 'weekly' | 'monthly' | 'quarterly';

/**
 * Each exercise's data, by id: the output of its schema (`src/<exercise>/schema.ts`). The entries are added by
 * src/entries/data.ts, which `npm run registry` writes from the registry, so the core imports no exercise.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging (src/entries/data.ts)
export interface ExerciseDataMap extends Record<ExerciseId, unknown> {}
