/**
 * The time source of the timer: a monotonic clock plus a way to be called on the next frame.
 * The element takes one as its `clock` property, so tests (or a host) can drive time themselves.
 */
export interface TimerClock {
  /** Milliseconds from a monotonic origin (like `performance.now()`); never goes backwards. */
  now(): number;
  /** Calls `callback` before the next repaint; returns an id for `cancelFrame`. */
  requestFrame(callback: () => void): number;
  cancelFrame(id: number): void;
}

/** The browser's clock: `performance.now()` and `requestAnimationFrame`. */
export const systemClock: TimerClock = {
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(() => callback()),
  cancelFrame: (id) => cancelAnimationFrame(id),
};
