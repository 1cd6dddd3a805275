import { html, nothing, render, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Voice } from '../voice.js';
import { assessSafety, type SafetyFinding } from './detect.js';
import type { ExitController } from './exit-controller.js';
import { blockOf, reveal } from './place.js';

export interface SafetyHost extends ReactiveControllerHost, HTMLElement {
  persist?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the widgets ask about the person's words: the core's watch. Replaced in tests to give a finding of either tier. */
export const safetyWatch = { assess: assessSafety };

interface SafetyOptions {
  /** Every free-text field's current text. */
  read: () => readonly string[];
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
 * Watches the person's free text (see `detect.ts`). Words of danger or of caution stop all coaching
 * (`coachingOff`: no hints, examples, composed sentence or congratulations); words of danger also show
 * a calm support note (`noteShown`): the host's own `slot="support"` content, else a built-in line; for
 * the person's own violence, a line pointing to help to stop. It records nothing.
 *
 * The note is shown where the person is: right after the field they are typing in when it appears,
 * beside Done once they press it (or after the heading a widget moves focus to then), and brought into
 * view once, keeping that field on the screen where both fit. It is announced once per appearance, a
 * moment later, when the person's action brought it; focus is never moved. Without such an action (words
 * given by the page, a restored draft) it sits under the widget's heading, silently.
 */
export class SafetyController implements ReactiveController {
  private key: string | undefined;
  private assessedBy: typeof assessSafety | undefined;
  private found: SafetyFinding | null = null;
  /** The note showed at the last update. */
  private shown = false;
  /** The block the note comes after (see `blockOf`), or null: under the heading. */
  private place: Element | null = null;
  /** The note's own box when it is beside the person's place (rendered there with Lit's `render`). */
  private box: HTMLElement | undefined;
  /** The button whose click is being handled (Done calls `completed()` from it). */
  private pressed: Element | null = null;
  /** What the next settle does: the note just appeared, and/or Done was pressed in the row `pressedBlock`. */
  private settling: { appeared: boolean; pressedBlock: Element | null } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: SafetyHost,
    private readonly options: SafetyOptions,
  ) {
    host.addController(this);
  }

  /** What the watch found in what the person wrote now, or null. */
  get finding(): SafetyFinding | null {
    const texts = this.options.read();
    const key = texts.join('\u0000');
    if (key !== this.key || this.assessedBy !== safetyWatch.assess) {
      this.key = key;
      this.assessedBy = safetyWatch.assess;
      this.found = safetyWatch.assess(texts);
    }
    return this.found;
  }

  /** No hints, examples, composed sentences, "ready" or thanks: the watch found words of danger or of caution. */
  get coachingOff(): boolean {
    return this.finding !== null;
  }

  /** The support note shows: words of danger (caution shows none). */
  get noteShown(): boolean {
    return this.finding?.tier === 'danger';
  }

  /** The widget's shadow root (none in a server render). */
  private get root(): ShadowRoot | null {
    const root = this.host.renderRoot;
    return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root : null;
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('click', this.onPressStart, true);
    this.host.renderRoot.addEventListener('click', this.onPressEnd);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('click', this.onPressStart, true);
    this.host.renderRoot.removeEventListener('click', this.onPressEnd);
    clearTimeout(this.timer);
    this.settling = null;
  }

  private readonly onPressStart = (event: Event): void => {
    this.pressed = (event.composedPath()[0] as Element | undefined)?.closest?.('button') ?? null;
  };

  private readonly onPressEnd = (): void => {
    this.pressed = null;
  };

  /** Before each render: a note that appears while the person types goes right after their field. */
  hostUpdate(): void {
    const shown = this.noteShown;
    if (!shown) this.place = null;
    if (!shown || this.shown) return;
    const active = this.root?.activeElement;
    this.place = active?.matches(TEXT_FIELD) ? blockOf(active) : null;
  }

  hostUpdated(): void {
    const shown = this.noteShown;
    const appeared = shown && !this.shown;
    this.shown = shown;
    this.renderBox();
    if (appeared) this.settleSoon({ appeared: true, pressedBlock: null });
  }

  /** The exercise was finished: the note (if any) comes beside Done, or after the heading the widget moves focus to. */
  completed(): void {
    if (!this.noteShown) return;
    this.settleSoon({ appeared: false, pressedBlock: this.pressed?.isConnected ? blockOf(this.pressed) : null });
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
    if (!settling || !root || !this.noteShown) return;
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
      this.finding?.kind === 'own-violence' ? [t('supportOwnHeading'), t('supportOwnText'), own] : [t('supportHeading'), own || t('supportText')];
    announce(`${heading}. ${text.filter(Boolean).join(' ')}`);
  }

  /** The note beside the person's place, in its own box; under the heading (`render()`) when there is no place. */
  private renderBox(): void {
    if (!this.noteShown || !this.place) {
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
    const own = this.finding?.kind === 'own-violence';
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
    return this.noteShown && !this.place ? this.note() : nothing;
  }
}
