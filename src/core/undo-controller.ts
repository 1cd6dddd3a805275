import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Voice } from './voice.js';

interface Offer {
  message: string;
  restore: () => void;
}

/**
 * "Removed. Undo": after an action that throws the person's words away (Start over, Reset,
 * Remove), the widget offers to bring them back for a few seconds. The next edit ends the offer.
 */
export class UndoController implements ReactiveController {
  /** How long the offer stays (milliseconds). */
  static windowMs = 10_000;
  private offer: Offer | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly voice: Voice,
  ) {
    host.addController(this);
  }

  get offered(): boolean {
    return this.offer !== null;
  }

  /** "Start over": `clear` empties the widget (and its draft) at once; Undo runs `restore` for a few seconds. */
  startOver(clear: () => void, restore: () => void): void {
    const { t, announce } = this.voice;
    clear();
    this.offerUndo(t('startedOver'), () => {
      restore();
      announce(t('undone'));
    });
    announce(`${t('startedOver')} ${t('undoHint')}`);
  }

  /** Offers to undo: `restore` puts back what the action removed. */
  offerUndo(message: string, restore: () => void): void {
    this.dismiss();
    this.offer = { message, restore };
    this.timer = setTimeout(() => this.dismiss(), UndoController.windowMs);
    this.host.requestUpdate();
  }

  undo(): void {
    const offer = this.offer;
    this.dismiss();
    offer?.restore();
  }

  dismiss(): void {
    clearTimeout(this.timer);
    if (!this.offer) return;
    this.offer = null;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.dismiss();
  }

  render(): unknown {
    if (!this.offer) return nothing;
    return html`<p part="undo" class="undo no-print">
      <span>${this.offer.message}</span>
      <button part="button" type="button" @click=${() => this.undo()}>${this.voice.t('undo')}</button>
    </p>`;
  }
}
