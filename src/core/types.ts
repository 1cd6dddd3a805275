import type { ExerciseId } from '../registry.js';

/** The exercises, by the id that appears in every event's `detail.exercise` (from src/registry.ts). */
export type { ExerciseId };

export interface IStatementData {
  emotion: string;
  situation: string;
  reason: string;
  need: string;
  /** The composed sentence; `''` until emotion, situation and need are all given. */
  text: string;
}

export type StopStep = 'stop' | 'breathe' | 'observe' | 'proceed';

export interface StopTimerData {
  /** Seconds of each of the four steps. */
  durations: number[];
  /** Time spent in the steps, pauses excluded. */
  elapsedMs: number;
  /** Time spent paused. */
  pausedMs: number;
  notes: { observe: string; proceed: string };
}

export type ReviewCadence = 'weekly' | 'monthly' | 'quarterly';

export interface AgreementSection {
  id: string;
  title: string;
  items: string[];
}

export interface AgreementData {
  title: string;
  with: string[];
  sections: AgreementSection[];
  review: {
    cadence: ReviewCadence;
    /** `YYYY-MM-DD`, or null until a review is marked. */
    lastReviewed: string | null;
    /** `YYYY-MM-DD`. */
    nextReview: string;
  };
}

export interface ReflectionCardData {
  /** The deck id, or `custom` for custom prompts. */
  deck: string;
  answers: { prompt: string; answer: string }[];
}

export interface ExerciseDataMap {
  'i-statement': IStatementData;
  'stop-timer': StopTimerData;
  agreement: AgreementData;
  'reflection-card': ReflectionCardData;
}
