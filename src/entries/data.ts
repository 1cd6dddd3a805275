// Generated from src/registry.ts by `npm run registry`. Do not edit.
import type { IStatementData } from '../i-statement/schema.js';
import type { StopTimerData } from '../stop-timer/schema.js';
import type { AgreementData } from '../agreement/schema.js';
import type { ReflectionCardData } from '../reflection-card/schema.js';
import type { CheckInData } from '../check-in/schema.js';
import type { JealousyJournalData } from '../jealousy-journal/schema.js';
import type { ActiveListeningData } from '../active-listening/schema.js';
import type { RepairData } from '../repair/schema.js';
import type { FlowData } from '../flow/schema.js';

export type { ExerciseDataMap, ExerciseId, StepExerciseId, ReviewCadence, StopStep } from '../core/types.js';
export type { IStatementData } from '../i-statement/schema.js';
export type { StopTimerData } from '../stop-timer/schema.js';
export type { AgreementData, AgreementSection } from '../agreement/schema.js';
export type { ReflectionCardData } from '../reflection-card/schema.js';
export type { CheckInData, CheckInRhythm } from '../check-in/schema.js';
export type { JealousyJournalData, JealousyEntry } from '../jealousy-journal/schema.js';
export type { ActiveListeningData, ListeningRound } from '../active-listening/schema.js';
export type { RepairData } from '../repair/schema.js';
export type { FlowStep, FlowData } from '../flow/schema.js';

declare module '../core/types.js' {
  /** Each exercise's data, by id: the output of its schema. */
  interface ExerciseDataMap {
    'i-statement': IStatementData;
    'stop-timer': StopTimerData;
    agreement: AgreementData;
    'reflection-card': ReflectionCardData;
    'check-in': CheckInData;
    'jealousy-journal': JealousyJournalData;
    'active-listening': ActiveListeningData;
    repair: RepairData;
    flow: FlowData;
  }
}
