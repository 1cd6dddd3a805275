// Generated from src/registry.ts by `npm run registry`. Do not edit.
import type * as z from 'zod/mini';
import type { iStatementSchema } from '../i-statement/schema.js';
import type { stopTimerSchema } from '../stop-timer/schema.js';
import type { agreementSchema } from '../agreement/schema.js';
import type { reflectionCardSchema } from '../reflection-card/schema.js';
import type { checkInSchema } from '../check-in/schema.js';
import type { flowSchema } from '../flow/schema.js';

export type { ExerciseDataMap, ExerciseId, StepExerciseId, ReviewCadence, StopStep } from '../core/types.js';
export type { IStatementData } from '../i-statement/schema.js';
export type { StopTimerData } from '../stop-timer/schema.js';
export type { AgreementData, AgreementSection } from '../agreement/schema.js';
export type { ReflectionCardData } from '../reflection-card/schema.js';
export type { CheckInData, CheckInRhythm } from '../check-in/schema.js';
export type { FlowStep, FlowData } from '../flow/schema.js';

declare module '../core/types.js' {
  /** Each exercise's data, by id: the output of its schema. */
  interface ExerciseDataMap {
    'i-statement': z.output<typeof iStatementSchema>;
    'stop-timer': z.output<typeof stopTimerSchema>;
    agreement: z.output<typeof agreementSchema>;
    'reflection-card': z.output<typeof reflectionCardSchema>;
    'check-in': z.output<typeof checkInSchema>;
    flow: z.output<typeof flowSchema>;
  }
}
