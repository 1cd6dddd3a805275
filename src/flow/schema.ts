import * as z from 'zod/mini';
import { orNull } from '../core/checks.js';
import type { ExerciseDataMap, StepExerciseId } from '../core/types.js';

/** One step of a `<tend-flow>`: its exercise's data, and when it was finished (`null`: skipped or not reached). */
export type FlowStep = {
  [E in StepExerciseId]: { exercise: E; data: ExerciseDataMap[E]; completedAt: string | null };
}[StepExerciseId];

export interface FlowData {
  /** One entry per step, in document order. */
  steps: FlowStep[];
}

const flowShape = z.object({
  steps: z.array(z.object({ exercise: z.string(), data: z.unknown(), completedAt: orNull(z.string()) })),
});

/** A flow's data: the shape of its steps; each step's own data is checked by its element when it is given to it. */
export const flowSchema = z.custom<FlowData>((value) => z.safeParse(flowShape, value).success);
