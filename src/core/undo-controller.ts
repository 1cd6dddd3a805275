import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import type { Voice } from './voice.js';

interface Offer {
  message: string;
  restore: () => void;
  /** Where the offer is drawn: `''` after the widget's content, or a place a widget renders with `render(at)`. */
  at: string;
  /** What gets focus once Undo put the words back (a selector in the shadow root). */
  focus: string | undefined;
}

export interface OfferOptions {
  /** Where the offer is drawn (see `render`): right after what was removed. Default: after the widget's content. */
  at?: string;
  /** The control focused after Undo (a selector in the shadow root), where the words came back. */
  focus?: string;
}

/** Ctrl+Z (⌘Z) outside a text field, where the field's own undo is not asked for. */
const isUndoKey = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'z';
const isTextField = (node: EventTarget | undefined): boolean =>
  node instanceof HTMLElement && (node.isContentEditable || node.matches('textarea, input:not([type=checkbox], [type=radio], [type=button], [type=submit])'));

/**
 * "Removed. Undo": after an action that throws the person's words away (Start over, Reset, Remove),
 * the widget offers to bring them back. The offer is drawn right after what was removed; focus
 * moves to its message, which the screen reader reads (nothing else is announced), and Undo is the
 * next Tab. It has no time limit (WCAG 2.2.1): it stays until the person's next edit, or Undo, or
 * Ctrl+Z (⌘Z) pressed outside a text field.
 */
export class UndoController implements ReactiveController {
  private offer: Offer | null = null;
  /** The offer was just made: its message takes focus once it is drawn. */
  private focusMessage = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly voice: Voice,
  ) {
    host.addController(this);
  }

  get offered(): boolean {
    return this.offer !== null;
  }

  /** "Start over": `clear` empties the widget (and its draft) at once; Undo runs `restore` and focuses `focus`. */
  startOver(clear: () => void, restore: () => void, focus?: string): void {
    clear();
    this.offerUndo(this.voice.t('startedOver'), restore, { focus });
  }

  /** Offers to undo: `restore` puts back what the action removed. */
  offerUndo(message: string, restore: () => void, options: OfferOptions = {}): void {
    this.offer = { message, restore, at: options.at ?? '', focus: options.focus };
    this.focusMessage = true;
    this.host.requestUpdate();
  }

  async undo(): Promise<void> {
    const offer = this.offer;
    if (!offer) return;
    this.dismiss();
    offer.restore();
    this.voice.announce(this.voice.t('undone'));
    if (!offer.focus) return;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(offer.focus)?.focus();
  }

  dismiss(): void {
    if (!this.offer) return;
    this.offer = null;
    this.focusMessage = false;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
    this.dismiss();
  }

  hostUpdated(): void {
    if (!this.focusMessage) return;
    this.focusMessage = false;
    this.host.renderRoot.querySelector<HTMLElement>('#undo-message')?.focus();
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (!this.offer || !isUndoKey(event) || isTextField(event.composedPath()[0])) return;
    event.preventDefault();
    void this.undo();
  };

  /** The offer, when it is to be drawn at `at` (`''`: after the widget's content, where the core draws it). */
  render(at = ''): unknown {
    const offer = this.offer;
    if (!offer || offer.at !== at) return nothing;
    return html`<p part="undo" class="undo no-print">
      <span id="undo-message" tabindex="-1">${offer.message} <span class="visually-hidden">${this.voice.t('undoHint')}</span></span>
      <button part="button" type="button" @click=${() => this.undo()}>${this.voice.t('undo')}</button>
    </p>`;
  }
}
