import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stateFromFragment, stateToFragment, type BuilderState } from './state.js';

/** The shortest time between two writes of the state to the URL (ms). */
export const URL_WRITE_GAP = 300;

/** Time and timers, so a test can move them by hand. */
export interface UrlClock {
  now(): number;
  later(callback: () => void, ms: number): unknown;
  cancel(timer: unknown): void;
}

const realClock: UrlClock = {
  now: () => Date.now(),
  later: (callback, ms) => setTimeout(callback, ms),
  cancel: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

interface UrlStateOptions {
  /** The state to write. */
  read(): BuilderState;
  /** A state the URL holds (on connecting, and when the fragment changes by navigation). */
  restore(state: BuilderState): void;
  tags: readonly string[];
  stepTags: readonly string[];
  clock?: UrlClock;
}

/**
 * Keeps the builder's state in the URL fragment (`#tend=…`), so a link reopens it: read when the
 * builder connects and when the fragment changes; written at most once per URL_WRITE_GAP ms (the
 * last change is always written), because Safari refuses more than 100 history changes in 10 seconds,
 * which fast typing reaches.
 */
export class UrlState implements ReactiveController {
  private lastFragment = '';
  private lastWrite = Number.NEGATIVE_INFINITY;
  private timer: unknown;
  private readonly clock: UrlClock;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlStateOptions,
  ) {
    this.clock = options.clock ?? realClock;
    host.addController(this);
  }

  hostConnected(): void {
    this.restore();
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** After a change: write now, or as soon as the gap since the last write allows. */
  write(): void {
    this.clock.cancel(this.timer);
    const wait = this.lastWrite + URL_WRITE_GAP - this.clock.now();
    if (wait > 0) this.timer = this.clock.later(() => this.writeNow(), wait);
    else this.writeNow();
  }

  /** Writes a waiting change at once (before the link is copied, or the builder leaves the page). */
  flush(): void {
    if (this.timer !== undefined) this.writeNow();
  }

  private readonly onHashChange = (): void => {
    if (location.hash !== this.lastFragment) this.restore();
  };

  private restore(): void {
    const restored = stateFromFragment(location.hash, this.options.tags, this.options.stepTags);
    if (restored) this.options.restore(restored);
  }

  private writeNow(): void {
    this.clock.cancel(this.timer);
    this.timer = undefined;
    const fragment = stateToFragment(this.options.read());
    if (fragment === this.lastFragment && location.hash === fragment) return;
    this.lastFragment = fragment;
    this.lastWrite = this.clock.now();
    try {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment}`);
    } catch {
      // Refused (too many changes at once): the next change writes the state again.
      this.lastFragment = '';
    }
  }
}
