import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Waits for the page to paint, for focus moves a screen reader should hear after what changed. A wait
 * still going when the element leaves the page ends at once, so nothing of it is left behind.
 */
export class PaintController implements ReactiveController {
  private readonly waiting = new Set<() => void>();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Resolves once the next frame is painted (or after 100 ms with no frame: a hidden page). */
  next(): Promise<void> {
    return new Promise((resolve) => {
      let after: ReturnType<typeof setTimeout> | undefined;
      const finish = () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        clearTimeout(after);
        this.waiting.delete(finish);
        resolve();
      };
      const timer = setTimeout(finish, 100);
      const frame = requestAnimationFrame(() => (after = setTimeout(finish)));
      this.waiting.add(finish);
    });
  }

  hostDisconnected(): void {
    for (const finish of [...this.waiting]) finish();
  }
}
