import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { breathAt, breathKey, DEFAULT_BREATH, type BreathPattern, type BreathPhase } from './breath.js';
import { FrameLoopController, type TimerClock } from './frame-loop-controller.js';

/**
 * A breathing guide that runs on its own (the STOP timer's runs inside its timed step): started, it follows
 * `pattern` from that moment and has the host re-render only when what it shows changes; stopped, it asks
 * for no more frames. Under reduced motion it still moves on (its progress bar does), a frame at a time.
 */
export class BreathGuideController implements ReactiveController {
  private startedAt: number | null = null;
  private shown = '';
  private readonly frames: FrameLoopController;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly clock: () => TimerClock,
    private readonly pattern: () => BreathPattern = () => DEFAULT_BREATH,
  ) {
    host.addController(this);
    this.frames = new FrameLoopController(host, clock, () => this.tick());
  }

  get running(): boolean {
    return this.startedAt !== null;
  }

  /** Where the breath is now (the start of an in-breath while stopped). */
  get phase(): BreathPhase {
    return breathAt(this.pattern(), this.startedAt === null ? 0 : this.clock().now() - this.startedAt);
  }

  start(): void {
    if (this.running) return;
    this.startedAt = this.clock().now();
    this.shown = '';
    this.tick();
  }

  stop(): void {
    this.startedAt = null;
    this.frames.cancel();
  }

  hostConnected(): void {
    if (this.running) this.frames.request(this.phase.remainingMs);
  }

  private tick(): void {
    if (!this.running) return;
    const phase = this.phase;
    const key = breathKey(phase);
    if (key !== this.shown) {
      this.shown = key;
      this.host.requestUpdate();
    }
    this.frames.request(phase.remainingMs);
  }
}
