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

/**
 * Whether the device has a keyboard, for the "press Shift three times" hint. A mouse or trackpad
 * (`any-pointer: fine`) comes with one on laptops and desktops; a key that on-screen keyboards do not
 * send (Shift on its own, Tab, Escape, an arrow) shows one was plugged into a phone or tablet. A touch
 * phone with only its on-screen keyboard matches neither, and never sees the hint. Replaced in tests.
 */
export const keyboardSignal = {
  finePointer(): boolean {
    return typeof matchMedia === 'function' && matchMedia('(any-pointer: fine)').matches;
  },
};

const PHYSICAL_KEYS = new Set(['Shift', 'Tab', 'Escape', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Control', 'Alt', 'Meta']);

/** GOV.UK Frontend's "Exit this page": Shift pressed on its own three times within five seconds. */
const PRESSES = 3;
const WITHIN_MS = 5000;

interface ExitOptions {
  /** The element's own `exit-url`: the top "Leave this page" and the Shift presses. */
  url: () => string | null;
  /** An address the element takes from around it (a flow's), used inside the support note when it has none of its own. */
  inherited?: () => string | null;
  voice: Voice;
}

/**
 * A way out for someone who must hide what they are doing: a "Leave this page" button that stays at
 * the top of the screen while the person is anywhere in the widget (sticky), a second one inside the
 * support note, and three presses of Shift anywhere on the page; each replaces the page with
 * `exit-url` (no history entry to go back to). The widget hides its content at once.
 */
export class ExitController implements ReactiveController {
  leaving = false;
  /** A keyboard is there (see `keyboardSignal`): the Shift hint is shown. */
  keyboard = false;
  private presses: number[] = [];
  /** True while Shift is down with no other key pressed (Shift used to type a capital does not count). */
  private shiftAlone = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ExitOptions,
  ) {
    host.addController(this);
  }

  /** The address "Leave this page" goes to: the element's own, else the one it inherits. */
  get url(): string | null {
    return this.options.url() ?? this.options.inherited?.() ?? null;
  }

  hostConnected(): void {
    this.keyboard ||= keyboardSignal.finePointer();
    document.addEventListener('keydown', this.onKeydown, true);
    document.addEventListener('keyup', this.onKeyup, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeydown, true);
    document.removeEventListener('keyup', this.onKeyup, true);
  }

  leave(): void {
    const url = this.url;
    if (!url) return;
    this.leaving = true;
    this.host.requestUpdate();
    exitNavigation.replace(url);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (!this.keyboard && PHYSICAL_KEYS.has(event.key)) {
      this.keyboard = true;
      if (this.options.url()) this.host.requestUpdate();
    }
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

  private button(describedBy?: string): unknown {
    return html`<button
      part="button exit"
      type="button"
      class="exit-button"
      aria-describedby=${describedBy ?? nothing}
      @click=${() => this.leave()}
    >
      ${this.options.voice.t('exitButton')}
    </button>`;
  }

  /** The top "Leave this page" (the element's own `exit-url` only), with the Shift hint where there is a keyboard. */
  render(): unknown {
    if (!this.options.url()) return nothing;
    const hint = this.keyboard;
    return html`<div class="exit no-print">
      ${this.button(hint ? 'exit-hint' : undefined)}
      ${hint ? html`<span part="hint" id="exit-hint" class="exit-hint">${this.options.voice.t('exitHint')}</span>` : nothing}
    </div>`;
  }

  /** "Leave this page" inside the support note, beside the person's place in the exercise. */
  renderInNote(): unknown {
    if (!this.url) return nothing;
    return html`<p class="exit-in-note no-print">${this.button()}</p>`;
  }
}
