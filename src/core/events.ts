import type { ExerciseDataMap, ExerciseId, StopStep } from './types.js';

export const EVENT_VERSION = 1 as const;

type ByExercise<T, Of extends ExerciseId> = { [E in Of]: T & { exercise: E; version: typeof EVENT_VERSION; data: ExerciseDataMap[E] } }[Of];

/** `detail` of `tend-change`, discriminated by `exercise` (`TendChangeDetail<'i-statement'>`: one exercise's). */
export type TendChangeDetail<Of extends ExerciseId = ExerciseId> = ByExercise<object, Of>;
/** `detail` of `tend-complete`, discriminated by `exercise` (`TendCompleteDetail<'i-statement'>`: one exercise's). */
export type TendCompleteDetail<Of extends ExerciseId = ExerciseId> = ByExercise<{ completedAt: string }, Of>;
/** `detail` of `tend-step` (the timer only). */
export interface TendStepDetail {
  exercise: 'stop-timer';
  version: typeof EVENT_VERSION;
  index: number;
  step: StopStep;
}

const init = { bubbles: true, composed: true } as const;

/** The user's data changed. Bubbles and is composed, so a page can listen on `document`. */
export class TendChangeEvent<Of extends ExerciseId = ExerciseId> extends CustomEvent<TendChangeDetail<Of>> {
  constructor(detail: TendChangeDetail<Of>) {
    super('tend-change', { ...init, detail });
  }
}

/** The user finished the exercise. */
export class TendCompleteEvent<Of extends ExerciseId = ExerciseId> extends CustomEvent<TendCompleteDetail<Of>> {
  constructor(detail: TendCompleteDetail<Of>) {
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
export function changeEvent<E extends ExerciseId>(exercise: E, data: ExerciseDataMap[E]): TendChangeEvent<E> {
  return new TendChangeEvent({ exercise, version: EVENT_VERSION, data } as TendChangeDetail<E>);
}

/** `tend-complete` of `exercise`, finished now. */
export function completeEvent<E extends ExerciseId>(exercise: E, data: ExerciseDataMap[E]): TendCompleteEvent<E> {
  return new TendCompleteEvent({ exercise, version: EVENT_VERSION, data, completedAt: new Date().toISOString() } as TendCompleteDetail<E>);
}

/** `tend-step` of the timer: step `index` began. */
export function stepEvent(index: number, step: StopStep): TendStepEvent {
  return new TendStepEvent({ exercise: 'stop-timer', version: EVENT_VERSION, index, step });
}

/**
 * The exercises whose events reach an element of exercise `E`: its own, and for `<tend-flow>` its
 * steps' as well (they bubble through it).
 */
type Heard<E extends ExerciseId> = E extends 'flow' ? ExerciseId : E;

/** The events an element of exercise `E` dispatches (and, for `<tend-flow>`, hears from its steps), by name. */
export type TendEventMap<E extends ExerciseId = ExerciseId> = {
  'tend-change': TendChangeEvent<Heard<E>>;
  'tend-complete': TendCompleteEvent<Heard<E>>;
} & ('stop-timer' extends Heard<E> ? { 'tend-step': TendStepEvent } : unknown);

declare global {
  interface GlobalEventHandlersEventMap {
    'tend-change': TendChangeEvent;
    'tend-complete': TendCompleteEvent;
    'tend-step': TendStepEvent;
  }
}
