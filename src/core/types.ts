/** The exercises, and the flow that guides through several, by the id in every event's `detail.exercise`. */
export type ExerciseId = 'i-statement' | 'stop-timer' | 'agreement' | 'reflection-card' | 'check-in' | 'flow';

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
    /**
     * `YYYY-MM-DD`: the day the agreement was agreed (a first draft asks for it, today by default); the first
     * review counts from it. Null when unknown (e.g. an agreement given with only `reviewed`).
     */
    agreedOn?: string | null;
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

/** One step of a `<tend-flow>`: its exercise's data, and when it was finished (`null`: skipped or not reached). */
export type FlowStep = {
  [E in Exclude<ExerciseId, 'flow'>]: { exercise: E; data: ExerciseDataMap[E]; completedAt: string | null };
}[Exclude<ExerciseId, 'flow'>];

export interface FlowData {
  /** One entry per step, in document order. */
  steps: FlowStep[];
}

export type CheckInRhythm = 'daily' | 'weekly';

export interface CheckInData {
  rhythm: CheckInRhythm;
  /** The local `YYYY-MM-DD` of the check-in; one per date in the history. */
  date: string;
  with: string[];
  feelings: string[];
  /** The highlight of the day (weekly: the small win of the week). */
  highlight: string;
  challenge: string;
  need: string;
}

export interface ExerciseDataMap {
  'i-statement': IStatementData;
  'stop-timer': StopTimerData;
  agreement: AgreementData;
  'reflection-card': ReflectionCardData;
  flow: FlowData;
  'check-in': CheckInData;
}
