import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import * as z from 'zod/mini';
import { attributeRule } from '../attributes.js';
import type { Voice } from '../voice.js';

/** `exit-url`: an absolute http(s) URL, kept as the URL parser writes it. */
export const exitUrlRule = attributeRule<string | null>(
  z.pipe(
    z.string().check(z.refine((raw) => httpUrl(raw.trim()) !== null)),
    z.transform((raw) => httpUrl(raw.trim())),
  ),
  null,
  'an absolute http or https address, such as "https://www.bbc.co.uk/weather"',
);

function httpUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** How the page is left; replaced in tests so that the test page stays. */
export const exitNavigation = {
  replace(url: string): void {
    window.location.replace(url);
  },
};

/** GOV.UK Frontend's "Exit this page": Shift pressed on its own three times within five seconds. */
const PRESSES = 3;
const WITHIN_MS = 5000;

interface ExitOptions {
  url: () => string | null;
  voice: Voice;
}

/**
 * A way out for someone who must hide what they are doing: a "Leave this page" button, and three
 * presses of Shift anywhere on the page, replace the page with `exit-url` (no history entry to go
 * back to). The widget hides its content at once.
 */
export class ExitController implements ReactiveController {
  leaving = false;
  private presses: number[] = [];
  /** True while Shift is down with no other key pressed (Shift used to type a capital does not count). */
  private shiftAlone = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ExitOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeydown, true);
    document.addEventListener('keyup', this.onKeyup, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeydown, true);
    document.removeEventListener('keyup', this.onKeyup, true);
  }

  leave(): void {
    const url = this.options.url();
    if (!url) return;
    this.leaving = true;
    this.host.requestUpdate();
    exitNavigation.replace(url);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    this.shiftAlone = event.key === 'Shift' && !event.repeat ? true : event.key === 'Shift' && this.shiftAlone;
    if (event.key !== 'Shift') this.presses = [];
  };

  private readonly onKeyup = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift' || !this.shiftAlone || !this.options.url()) return;
    this.shiftAlone = false;
    const now = event.timeStamp;
    this.presses = [...this.presses.filter((at) => now - at < WITHIN_MS), now];
    const left = PRESSES - this.presses.length;
    if (left <= 0) {
      this.presses = [];
      this.leave();
    } else {
      this.options.voice.announce(this.options.voice.plural('exitPressesLeft', left));
    }
  };

  render(): unknown {
    if (!this.options.url()) return nothing;
    return html`<div class="exit no-print">
      <button part="button exit" type="button" class="exit-button" aria-describedby="exit-hint" @click=${() => this.leave()}>
        ${this.options.voice.t('exitButton')}
      </button>
      <span part="hint" id="exit-hint" class="exit-hint">${this.options.voice.t('exitHint')}</span>
    </div>`;
  }
}
