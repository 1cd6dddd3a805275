import { html, nothing, render, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Voice } from '../voice.js';
import type { SafetyFinding } from './detect.js';
import type { ExitController } from './exit-controller.js';
import { blockOf, reveal } from './place.js';

/** What the note needs from the element and its watch. */
export interface NoteHost extends ReactiveControllerHost, HTMLElement {
  persist?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface NoteOptions {
  /** What the watch found now (null: nothing). */
  finding(): SafetyFinding | null;
  /** A support line from around the element (a flow's `slot="support"` text), shown when the element has no such child of its own. */
  inheritedSupport?: () => string;
  voice: Voice;
  /** "Leave this page", shown inside the note too. */
  exit: ExitController;
}

const isHeading = (element: Element | null): element is HTMLElement => element !== null && /^H[1-6]$/.test(element.tagName);
/** A field the person types words in. */
const TEXT_FIELD = 'textarea, input:not([type=checkbox], [type=radio], [type=date])';

/**
 * The calm support note (words of danger): the host's own `slot="support"` content, else a built-in line; for the
 * person's own violence, a line pointing to help to stop. It arrives with the watch's tables (`watch.ts`): no
 * note can show before them.
 *
 * The note is shown where the person is: right after the field they are typing in when it appears,
 * beside Done once they press it (or after the heading a widget moves focus to then), and brought into
 * view once, keeping that field on the screen where both fit. It is announced once per appearance, a
 * moment later, when the person's action brought it; focus is never moved. Without such an action (words
 * given by the page, a restored draft) it sits under the widget's heading, silently.
 */
export class SupportNote {
  /** The note showed at the last update. */
  private shown = false;
  /** The block the note comes after (see `blockOf`), or null: under the heading. */
  private place: Element | null = null;
  /** The note's own box when it is beside the person's place (rendered there with Lit's `render`). */
  private box: HTMLElement | undefined;
  /** What the next settle does: the note just appeared, and/or Done was pressed in the row `pressedBlock`. */
  private settling: { appeared: boolean; pressedBlock: Element | null } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: NoteHost,
    private readonly options: NoteOptions,
  ) {}

  private get shows(): boolean {
    return this.options.finding()?.tier === 'danger';
  }

  /** The widget's shadow root (none in a server render). */
  private get root(): ShadowRoot | null {
    const root = this.host.renderRoot;
    return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root : null;
  }

  disconnected(): void {
    clearTimeout(this.timer);
    this.settling = null;
  }

  /** Before each render: a note that appears while the person types goes right after their field. */
  beforeRender(): void {
    const shown = this.shows;
    if (!shown) this.place = null;
    if (!shown || this.shown) return;
    const active = this.root?.activeElement;
    this.place = active?.matches(TEXT_FIELD) ? blockOf(active) : null;
  }

  afterRender(): void {
    const shown = this.shows;
    const appeared = shown && !this.shown;
    this.shown = shown;
    this.renderBox();
    if (appeared) this.settleSoon({ appeared: true, pressedBlock: null });
  }

  /** The exercise was finished (`pressed`: the button whose click finished it): the note comes beside Done, or after the heading the widget moves focus to. */
  completed(pressed: Element | null): void {
    if (!this.shows) return;
    this.settleSoon({ appeared: false, pressedBlock: pressed?.isConnected ? blockOf(pressed) : null });
  }

  /** After the widget's own focus moves (a task later): place, announce and reveal the note. */
  private settleSoon(next: { appeared: boolean; pressedBlock: Element | null }): void {
    this.settling = { appeared: next.appeared || !!this.settling?.appeared, pressedBlock: next.pressedBlock ?? this.settling?.pressedBlock ?? null };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.settle(), 0);
  }

  private async settle(): Promise<void> {
    const settling = this.settling;
    this.settling = null;
    const root = this.root;
    if (!settling || !root || !this.shows) return;
    const focused = root.activeElement;
    const field = focused?.matches(TEXT_FIELD) ? focused : null;
    // Where the person is: the heading the widget moved focus to, the row of the Done just pressed, or (words
    // brought back by Undo, say) the field that has the focus.
    const place = isHeading(focused)
      ? focused
      : settling.pressedBlock?.isConnected
        ? settling.pressedBlock
        : settling.appeared && field && !this.place
          ? blockOf(field)
          : null;
    if (place && place !== this.place) {
      this.place = place;
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    // Only what the person did brings the note into view and speaks it; words the page gave stay quiet.
    if (!focused && !place) return;
    // Spoken when the person's own words in this element brought it (a note already there when a flow's next step
    // shows is read after its heading, where focus goes).
    if (settling.appeared && field) this.announce();
    const note = root.querySelector('[part~="support"]');
    const inset = root.querySelector('.exit')?.getBoundingClientRect().height ?? 0;
    // The field's label is kept on the screen with it, where the note leaves room.
    const keep = focused && 'labels' in focused ? ((focused as HTMLInputElement).labels?.[0] ?? focused) : focused;
    if (note) reveal(note, keep, inset);
  }

  private announce(): void {
    const { t, announce } = this.options.voice;
    const own = this.host.querySelector(':scope > [slot="support"]')?.textContent?.trim() || this.inherited;
    const [heading, ...text] =
      this.options.finding()?.kind === 'own-violence' ? [t('supportOwnHeading'), t('supportOwnText'), own] : [t('supportHeading'), own || t('supportText')];
    announce(`${heading}. ${text.filter(Boolean).join(' ')}`);
  }

  /** The note beside the person's place, in its own box; under the heading (`render()`) when there is no place. */
  private renderBox(): void {
    if (!this.shows || !this.place) {
      this.box?.remove();
      return;
    }
    if (!this.place.isConnected) {
      // The block went away with a re-render: the note goes back under the heading.
      this.place = null;
      this.box?.remove();
      this.host.requestUpdate();
      return;
    }
    const box = (this.box ??= Object.assign(document.createElement('div'), { className: 'support-place' }));
    if (this.place.nextSibling !== box) this.place.after(box);
    render(this.note(), box, { host: this.host });
  }

  /** The flow's support line, as text (a step's own `slot="support"` child wins over it: it fills the slot). */
  private get inherited(): string {
    return this.options.inheritedSupport?.() ?? '';
  }

  private note(): TemplateResult {
    const { t } = this.options.voice;
    const own = this.options.finding()?.kind === 'own-violence';
    const inherited = this.inherited;
    // "Leave this page" right under the heading: on the screen even when the rest of the note is not.
    // A labelled region: NVDA, JAWS, VoiceOver and Orca say its name and "region" (Orca spoke role="note" as "comment"),
    // and list it among the landmarks, so the person can find it again.
    return html`<div part="support" class="support" role="region" aria-labelledby="support-heading">
      <p class="support-heading" id="support-heading">${t(own ? 'supportOwnHeading' : 'supportHeading')}</p>
      ${this.options.exit.renderInNote()}
      ${own
        ? html`<p>${t('supportOwnText')}</p>
            <slot name="support">${inherited ? html`<p>${inherited}</p>` : nothing}</slot>`
        : html`<slot name="support"><p>${inherited || t('supportText')}</p></slot>`}
      ${this.host.persist ? html`<p>${t('supportKept')}</p>` : nothing}
    </div>`;
  }

  /** The note under the widget's heading, while it has no place beside the person (and in a server render). */
  render(): unknown {
    return this.shows && !this.place ? this.note() : nothing;
  }
}
