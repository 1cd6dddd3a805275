// Generated from src/registry.ts by `npm run registry`. Do not edit.
import type { ExerciseId } from '../../src/registry.js';
import type { Example } from './example.js';
import { iStatementExamples } from './i-statement.js';
import { stopTimerExamples } from './stop-timer.js';
import { agreementExamples } from './agreement.js';
import { reflectionCardExamples } from './reflection-card.js';
import { checkInExamples } from './check-in.js';
import { jealousyJournalExamples } from './jealousy-journal.js';
import { activeListeningExamples } from './active-listening.js';
import { repairExamples } from './repair.js';
import { flowExamples } from './flow.js';

/** Every widget's examples, by exercise id (the stories, the axe loop and the layout tests read them). */
export const examplesByExercise: Record<ExerciseId, readonly Example<never>[]> = {
  'i-statement': iStatementExamples,
  'stop-timer': stopTimerExamples,
  agreement: agreementExamples,
  'reflection-card': reflectionCardExamples,
  'check-in': checkInExamples,
  'jealousy-journal': jealousyJournalExamples,
  'active-listening': activeListeningExamples,
  repair: repairExamples,
  flow: flowExamples,
};
