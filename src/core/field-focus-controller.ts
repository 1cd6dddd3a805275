import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldFocus, FieldTip } from './field.js';

/**
 * Which field focus is in, so that what a screen reader says there does not change under the
 * cursor while the person types: a field's error goes only once focus leaves it (the widget's
 * `left` decides, for a field now answered), never at a keystroke (a description that changes is
 * read out again in full); and a coaching tip shown while focus is in the field stays, with its
 * words, until focus leaves (a tip coming and going with each keystroke would be read again each
 * time it came back). Frames report focus through `of(id)` (`FieldFrame.focus`).
 */
export class FieldFocusController implements ReactiveController {
  private current: string | null = null;
  /** The tips each field showed at its last render: those of the field focus comes into are held. */
  private readonly shown = new Map<string, readonly FieldTip[]>();
  private held: readonly FieldTip[] = [];
  /** Between the host's render and its `updated`: an update asked for then would come in the middle of it. */
  private rendering = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Focus left field `id`: the widget drops its error if it is answered now. */
    private readonly left: (id: string) => void = () => {},
  ) {
    host.addController(this);
  }

  /** The field focus is in (its frame id), or null. */
  get focused(): string | null {
    return this.current;
  }

  /** What the frame of field `id` calls when focus comes in and leaves. */
  of(id: string): FieldFocus {
    return { entered: () => this.enter(id), left: () => this.leave(id) };
  }

  /**
   * The tips field `id` shows, given those `found` now: while focus is in it, every tip shown since
   * focus came in (with the words it had), then new ones.
   */
  tips(id: string, found: readonly FieldTip[]): readonly FieldTip[] {
    let tips = found;
    if (id === this.current) {
      const fresh = found.filter((tip) => !this.held.some((held) => held.key === tip.key));
      tips = this.held = fresh.length ? [...this.held, ...fresh] : this.held;
    }
    this.shown.set(id, tips);
    return tips;
  }

  hostUpdate(): void {
    this.rendering = true;
  }

  hostUpdated(): void {
    this.rendering = false;
  }

  hostDisconnected(): void {
    this.current = null;
    this.held = [];
  }

  private enter(id: string): void {
    if (this.current === id) return;
    this.current = id;
    this.held = this.shown.get(id) ?? [];
  }

  private leave(id: string): void {
    if (this.current !== id) return;
    this.current = null;
    this.held = [];
    // Focus also leaves when a render removes the focused field (a new card): the widget answers once that render is done.
    if (this.rendering) void this.host.updateComplete.then(() => this.answerLeaving(id));
    else this.answerLeaving(id);
  }

  private answerLeaving(id: string): void {
    this.left(id);
    this.host.requestUpdate();
  }
}
