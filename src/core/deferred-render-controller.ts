import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PENDING = 'data-tend-pending';

/** How far outside the viewport an element still renders at once: one screen either way. */
const NEAR = 1;

/**
 * Holds the first render of an element that was on the page before its script arrived (a blogger's
 * article) and is far below (or above) the viewport, until it comes within a screen of it, so that
 * widgets deep in an article cost the first screen nothing. Elements that a script creates (a host
 * app, a test) render at once. Its data,
 * events and form value do not wait (they do not depend on rendering); printing, or `now()` (called
 * by the element's methods), renders at once. Until its first render the host carries
 * `data-tend-pending`, under which dist/tend.css keeps reserving its space: elements upgraded in one
 * go then still sit where they will be, and the ones below them measure their real distance.
 */
export class DeferredRenderController implements ReactiveController {
  ready = false;
  private observer: IntersectionObserver | undefined;

  /** Constructed in place, as an element already in the document is when its definition arrives. */
  private readonly upgraded: boolean;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.upgraded = host.isConnected;
  }

  hostConnected(): void {
    if (this.ready) return;
    this.host.setAttribute(PENDING, '');
    if (!this.upgraded || typeof IntersectionObserver === 'undefined' || isNearViewport(this.host)) {
      this.ready = true;
      return;
    }
    this.observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && this.now(), {
      rootMargin: `${NEAR * 100}% 0px`,
    });
    this.observer.observe(this.host);
    window.addEventListener('beforeprint', this.now);
  }

  hostUpdated(): void {
    this.host.removeAttribute(PENDING);
  }

  hostDisconnected(): void {
    this.stopWatching();
  }

  /** Renders now (if it was waiting). */
  readonly now = (): void => {
    if (this.ready) return;
    this.ready = true;
    this.stopWatching();
    this.host.requestUpdate();
  };

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    window.removeEventListener('beforeprint', this.now);
  }
}

function isNearViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const screen = window.innerHeight || document.documentElement.clientHeight;
  // A hidden element (no box) renders at once: it may be shown at any moment (a tab, a flow step).
  if (box.width === 0 && box.height === 0 && box.top === 0) return true;
  return box.top < screen * (1 + NEAR) && box.bottom > -screen * NEAR;
}
