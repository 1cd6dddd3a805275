// Generated from src/registry.ts by `npm run registry`. Do not edit.
import type { ExerciseSummary } from '../core/summary.js';
import type { ExerciseDataMap, StepExerciseId } from '../core/types.js';
import { summary as iStatement } from '../i-statement/summary.js';
import { summary as stopTimer } from '../stop-timer/summary.js';
import { summary as agreement } from '../agreement/summary.js';
import { summary as reflectionCard } from '../reflection-card/summary.js';
import { summary as checkIn } from '../check-in/summary.js';
import { summary as jealousyJournal } from '../jealousy-journal/summary.js';
import { summary as activeListening } from '../active-listening/summary.js';
import { summary as repair } from '../repair/summary.js';

/** What each exercise says about its data away from its element (a flow's summary, xAPI). */
export const summaries: { readonly [E in StepExerciseId]: ExerciseSummary<ExerciseDataMap[E]> } = {
  'i-statement': iStatement,
  'stop-timer': stopTimer,
  agreement: agreement,
  'reflection-card': reflectionCard,
  'check-in': checkIn,
  'jealousy-journal': jealousyJournal,
  'active-listening': activeListening,
  repair: repair,
};

/** The tags of the exercises a flow takes as steps. */
export const stepTags: ReadonlySet<string> = new Set(['tend-i-statement', 'tend-stop-timer', 'tend-agreement', 'tend-reflection-card', 'tend-check-in', 'tend-jealousy-journal', 'tend-active-listening', 'tend-repair']);
