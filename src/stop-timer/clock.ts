/**
 * The time source of the timer: a monotonic clock plus a way to be called on the next frame.
 * The element takes one as its `clock` property, so tests (or a host) can drive time themselves.
 */
export interface TimerClock {
  /** Milliseconds from a monotonic origin (like `performance.now()`); never goes backwards. */
  now(): number;
  /**
   * Calls `callback` before the next repaint, or after `dueInMs` (the time left in the step) when no
   * frame comes first; returns an id for `cancelFrame`.
   */
  requestFrame(callback: () => void, dueInMs?: number): number;
  cancelFrame(id: number): void;
}

const pending = new Map<number, () => void>();
let lastId = 0;

/**
 * The browser's clock: `performance.now()`, and `requestAnimationFrame` backed by a timer at the
 * next step boundary, because a hidden page runs no animation frames but still runs timers.
 */
export const systemClock: TimerClock = {
  now: () => performance.now(),
  requestFrame(callback, dueInMs = 1000) {
    const id = ++lastId;
    const frame = requestAnimationFrame(() => {
      clearTimeout(timer);
      pending.delete(id);
      callback();
    });
    const timer = setTimeout(() => {
      cancelAnimationFrame(frame);
      pending.delete(id);
      callback();
    }, Math.max(0, dueInMs));
    pending.set(id, () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      pending.delete(id);
    });
    return id;
  },
  cancelFrame: (id) => pending.get(id)?.(),
};
