import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether the browser sizes a textarea to its text by itself (CSS `field-sizing: content`). */
function sizesItself(): boolean {
  return typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');
}

const fitted = new WeakMap<HTMLTextAreaElement, string>();

/**
 * Fits a textarea's height to its text where `field-sizing: content` is missing, so a long item wraps
 * onto more lines instead of being clipped. The height is set through the CSSOM, which a strict CSP allows.
 */
export function fitToContent(area: HTMLTextAreaElement): void {
  if (sizesItself()) return;
  // Measuring forces a layout: only when the text or the width changed since the last fit.
  const key = `${area.clientWidth}:${area.value}`;
  if (fitted.get(area) === key) return;
  fitted.set(area, key);
  area.style.blockSize = 'auto';
  area.style.blockSize = `${area.scrollHeight + area.offsetHeight - area.clientHeight}px`;
}

/** Keeps every `textarea.grow` in the host's shadow root fitted after each render and when the host's width changes. */
export class GrowController implements ReactiveController {
  private observer: ResizeObserver | undefined;
  private width = -1;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (sizesItself() || typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width === this.width) return;
      this.width = width;
      // Next frame, not inside the observer's callback: the heights change the host's size, which
      // would otherwise be a ResizeObserver loop (an error event in WebKit).
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.fitAll());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated(): void {
    this.fitAll();
  }

  private fitAll(): void {
    if (sizesItself()) return;
    this.host.shadowRoot?.querySelectorAll<HTMLTextAreaElement>('textarea.grow').forEach(fitToContent);
  }
}
