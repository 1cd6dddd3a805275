import type { ExerciseDataMap, ExerciseId, StopStep } from './types.js';

export const EVENT_VERSION = 1 as const;

type ByExercise<T> = { [E in ExerciseId]: T & { exercise: E; version: typeof EVENT_VERSION; data: ExerciseDataMap[E] } }[ExerciseId];

/** `detail` of `tend-change`, discriminated by `exercise`. */
export type TendChangeDetail = ByExercise<object>;
/** `detail` of `tend-complete`, discriminated by `exercise`. */
export type TendCompleteDetail = ByExercise<{ completedAt: string }>;
/** `detail` of `tend-step` (the timer only). */
export interface TendStepDetail {
  exercise: 'stop-timer';
  version: typeof EVENT_VERSION;
  index: number;
  step: StopStep;
}

const init = { bubbles: true, composed: true } as const;

/** The user's data changed. Bubbles and is composed, so a page can listen on `document`. */
export class TendChangeEvent extends CustomEvent<TendChangeDetail> {
  constructor(detail: TendChangeDetail) {
    super('tend-change', { ...init, detail });
  }
}

/** The user finished the exercise. */
export class TendCompleteEvent extends CustomEvent<TendCompleteDetail> {
  constructor(detail: TendCompleteDetail) {
    super('tend-complete', { ...init, detail });
  }
}

/** A step of the STOP timer began. */
export class TendStepEvent extends CustomEvent<TendStepDetail> {
  constructor(detail: TendStepDetail) {
    super('tend-step', { ...init, detail });
  }
}

/** `tend-change` of `exercise`, with its data now. */
export function changeEvent<E extends ExerciseId>(exercise: E, data: ExerciseDataMap[E]): TendChangeEvent {
  return new TendChangeEvent({ exercise, version: EVENT_VERSION, data } as TendChangeDetail);
}

/** `tend-complete` of `exercise`, finished now. */
export function completeEvent<E extends ExerciseId>(exercise: E, data: ExerciseDataMap[E]): TendCompleteEvent {
  return new TendCompleteEvent({ exercise, version: EVENT_VERSION, data, completedAt: new Date().toISOString() } as TendCompleteDetail);
}

/** `tend-step` of the timer: step `index` began. */
export function stepEvent(index: number, step: StopStep): TendStepEvent {
  return new TendStepEvent({ exercise: 'stop-timer', version: EVENT_VERSION, index, step });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tend-change': TendChangeEvent;
    'tend-complete': TendCompleteEvent;
    'tend-step': TendStepEvent;
  }
}
