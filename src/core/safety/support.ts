import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Voice } from '../voice.js';
import { detectDanger, type DangerMatch } from './detect.js';

export interface SafetyHost extends ReactiveControllerHost, HTMLElement {
  persist?: string;
}

interface SafetyOptions {
  /** Every free-text field's current text. */
  read: () => readonly string[];
  voice: Voice;
}

/**
 * Watches the person's free text for words of danger (see `phrases.ts`). While it finds them, the
 * widget coaches nothing (`danger` is set: hints, examples and reframing stop) and a calm support
 * note shows: the host's own `slot="support"` content, else a built-in line. It records nothing.
 */
export class SafetyController implements ReactiveController {
  private key: string | undefined;
  private found: DangerMatch | null = null;
  private shown = false;

  constructor(
    private readonly host: SafetyHost,
    private readonly options: SafetyOptions,
  ) {
    host.addController(this);
  }

  /** The sign of danger in what the person wrote now, or null. */
  get danger(): DangerMatch | null {
    const texts = this.options.read();
    const key = texts.join('\u0000');
    if (key !== this.key) {
      this.key = key;
      this.found = detectDanger(texts);
    }
    return this.found;
  }

  hostUpdated(): void {
    const shown = this.danger !== null;
    if (shown && !this.shown) {
      const own = this.host.querySelector(':scope > [slot="support"]')?.textContent?.trim();
      const { t, announce } = this.options.voice;
      // After the render that shows the note, so the live region is there to speak.
      queueMicrotask(() => announce(`${t('supportHeading')}. ${own || t('supportText')}`));
    }
    this.shown = shown;
  }

  render(): unknown {
    if (!this.danger) return nothing;
    const { t } = this.options.voice;
    return html`<div part="support" class="support" role="note" aria-labelledby="support-heading">
      <p class="support-heading" id="support-heading">${t('supportHeading')}</p>
      <slot name="support"><p>${t('supportText')}</p></slot>
      ${this.host.persist ? html`<p>${t('supportKept')}</p>` : nothing}
    </div>`;
  }
}
