import type { TimerClock } from '../../src/core/frame-loop-controller.js';

/** A clock the test moves by hand: `frame(ms)` advances time and runs the frames that were waiting. */
export class FakeClock implements TimerClock {
  time = 10_000;
  requested = 0;
  cancelled = 0;
  private readonly frames = new Map<number, () => void>();
  private nextId = 1;

  now(): number {
    return this.time;
  }

  requestFrame(callback: () => void): number {
    const id = this.nextId++;
    this.frames.set(id, callback);
    this.requested++;
    return id;
  }

  cancelFrame(id: number): void {
    if (this.frames.delete(id)) this.cancelled++;
  }

  /** Frames waiting to run. */
  get pending(): number {
    return this.frames.size;
  }

  /** Moves time forward by `ms` and runs one frame (a long one, when `ms` is large: a blocked main thread). */
  frame(ms = 16): void {
    this.time += ms;
    const due = [...this.frames.values()];
    this.frames.clear();
    due.forEach((callback) => callback());
  }

  /** Moves time forward by `ms` in frames of `step` milliseconds. */
  run(ms: number, step = 250): void {
    for (let done = 0; done < ms; done += step) this.frame(Math.min(step, ms - done));
  }
}
