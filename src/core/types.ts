import type { ExerciseId } from '../registry.js';

/** The exercises, by the id that appears in every event's `detail.exercise` (from src/registry.ts). */
export type { ExerciseId };

export type { IStatementData } from '../i-statement/schema.js';
export type { StopTimerData } from '../stop-timer/schema.js';
export type { AgreementData, AgreementSection } from '../agreement/schema.js';
export type { ReflectionCardData } from '../reflection-card/schema.js';
export type { CheckInData, CheckInRhythm } from '../check-in/schema.js';
import type { IStatementData } from '../i-statement/schema.js';
import type { StopTimerData } from '../stop-timer/schema.js';
import type { AgreementData } from '../agreement/schema.js';
import type { ReflectionCardData } from '../reflection-card/schema.js';
import type { CheckInData } from '../check-in/schema.js';

export type StopStep = 'stop' | 'breathe' | 'observe' | 'proceed';

export type ReviewCadence = 'weekly' | 'monthly' | 'quarterly';

/** One step of a `<tend-flow>`: its exercise's data, and when it was finished (`null`: skipped or not reached). */
export type FlowStep = {
  [E in Exclude<ExerciseId, 'flow'>]: { exercise: E; data: ExerciseDataMap[E]; completedAt: string | null };
}[Exclude<ExerciseId, 'flow'>];

export interface FlowData {
  /** One entry per step, in document order. */
  steps: FlowStep[];
}

/** Each exercise's data (types derived from the widgets' schemas); a widget added to the registry needs its entry. */
export interface ExerciseDataMap extends Record<ExerciseId, unknown> {
  'i-statement': IStatementData;
  'stop-timer': StopTimerData;
  agreement: AgreementData;
  'reflection-card': ReflectionCardData;
  'check-in': CheckInData;
  flow: FlowData;
}
