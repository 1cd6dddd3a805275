import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The time source of the timer (and of any breathing guide): a monotonic clock plus a way to be called on the next frame.
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

/**
 * The element's next frame, one at a time: none is asked for while the element is off the page, and
 * one still waiting is cancelled through the clock that gave it (even if `clock` has changed since),
 * at the latest when the element leaves the page.
 */
export class FrameLoopController implements ReactiveController {
  private frame: { clock: TimerClock; id: number } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly clock: () => TimerClock,
    private readonly onFrame: () => void,
  ) {
    host.addController(this);
  }

  /** Asks for a frame (in `dueInMs` at the latest) unless one is already waiting. */
  request(dueInMs?: number): void {
    if (this.frame || !this.host.isConnected) return;
    const clock = this.clock();
    const id = clock.requestFrame(() => {
      this.frame = undefined;
      this.onFrame();
    }, dueInMs);
    this.frame = { clock, id };
  }

  cancel(): void {
    if (!this.frame) return;
    this.frame.clock.cancelFrame(this.frame.id);
    this.frame = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
