import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rendersAsServer } from './server-render.js';

const QUERY = '(prefers-reduced-motion: reduce)';

/**
 * Whether motion should be reduced: the user's `prefers-reduced-motion`, or an ancestor with
 * `data-tend-motion="reduce"` (how Storybook's toolbar and a host page can ask for it).
 * The host re-renders when the preference changes.
 */
export class MotionController implements ReactiveController {
  private media: MediaQueryList | undefined;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  get reduced(): boolean {
    // A server knows no preference: it renders the motion, and so does the render that hydrates its HTML.
    if (rendersAsServer(this.host)) return false;
    return Boolean(this.media?.matches || this.host.closest('[data-tend-motion="reduce"]'));
  }

  hostConnected(): void {
    this.media = window.matchMedia?.(QUERY);
    this.media?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onChange);
  }
}
