import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * A polite live region for screen readers. The region is always in the DOM (so it is registered
 * before anything is said); a message is cleared first and set a moment later, so saying the same
 * thing twice is heard twice. It is `aria-live` without `role="status"`: a screen reader reading
 * the page through names that role ("statusbar") even while the region is empty.
 */
export class AnnouncerController implements ReactiveController {
  private message = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  announce(message: string): void {
    clearTimeout(this.timer);
    this.message = '';
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.message = message;
      this.host.requestUpdate();
    }, 50);
  }

  get current(): string {
    return this.message;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  render() {
    return html`<div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
