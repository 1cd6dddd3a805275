import { isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Lazy } from '../lazy.js';
import type { Voice } from '../voice.js';
import type { SafetyFinding } from './detect.js';
import type { ExitController } from './exit-controller.js';
import type { SupportNote } from './support-note.js';

export interface SafetyHost extends ReactiveControllerHost, HTMLElement {
  persist?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The watch's matcher, its English and Spanish tables and the support note (`watch.ts`): one module, not part of a
 * page's first load, imported as soon as the first element is on the page and shared by every element.
 */
export const watchReading = new Lazy(() => import('./watch.js').then((watch) => watch.default));

/** What the widgets ask about the person's words: the core's watch (null while it is not here). Replaced in tests to give a finding of either tier. */
export const safetyWatch = { assess: (texts: readonly string[]): SafetyFinding | null => watchReading.value?.assessSafety(texts) ?? null };

interface SafetyOptions {
  /** Every free-text field's current text. */
  read: () => readonly string[];
  /** A support line from around the element (a flow's `slot="support"` text), shown when the element has no such child of its own. */
  inheritedSupport?: () => string;
  voice: Voice;
  /** "Leave this page", shown inside the note too. */
  exit: ExitController;
  /** What else the element reads the person's words with (an exercise's grammar): loaded with the watch, and needed before any coaching. */
  readings?: () => readonly Lazy<unknown>[];
  /** The watch arrived (or could not be loaded): the element reads the words it has again. */
  arrived?: () => void;
}

/**
 * Watches the person's free text (see `detect.ts`). Words of danger or of caution stop all coaching
 * (`coachingOff`: no hints, examples, composed sentence or congratulations); words of danger also show
 * a calm support note (`noteShown`, see `support-note.ts`). It records nothing.
 *
 * The watch's tables are not part of the page's first load: they are imported as soon as an element is on the page
 * (a chunk from the same place as the element's file; inline in `dist/tend.min.js`). Until they are here the element
 * coaches nothing (no hints, no composed sentence, nothing "ready", no thanks), nor before what else it reads words
 * with (`readings`, an exercise's grammar) is here; when they arrive every word already
 * typed is read, so danger typed before them still brings the note. If they cannot be loaded, coaching stays off.
 * "Leave this page" never waits for them.
 */
export class SafetyController implements ReactiveController {
  private key: string | undefined;
  private assessedBy: typeof safetyWatch.assess | undefined;
  private found: SafetyFinding | null = null;
  private note: SupportNote | undefined;
  /** The button whose click is being handled (Done calls `completed()` from it). */
  private pressed: Element | null = null;

  constructor(
    private readonly host: SafetyHost,
    private readonly options: SafetyOptions,
  ) {
    host.addController(this);
    // A server renders at once: it reads with the watch when it is already here (see `Lazy`).
    if (!isServer) void this.load();
  }

  /** The watch and the element's other readings. */
  private get readings(): readonly Lazy<unknown>[] {
    return [watchReading, ...(this.options.readings?.() ?? [])];
  }

  /** Every reading arrived or could not be loaded: nothing more will come. */
  get settled(): boolean {
    return this.readings.every((reading) => reading.settled);
  }

  /** The watch or another reading could not be loaded (blocked, offline): coaching stays off for good. */
  get failed(): boolean {
    return this.readings.some((reading) => reading.failed);
  }

  /** The watch and the other readings are here: the person's words can be read, and coached when they hold no sign of danger. */
  get ready(): boolean {
    return this.readings.every((reading) => reading.value !== undefined);
  }

  /** Imports the watch and the other readings (each once for the page); the element then renders again with every word read. */
  private load(): void {
    void Promise.all(this.readings.map((reading) => reading.load())).then(() => {
      this.options.arrived?.();
      this.host.requestUpdate();
    });
  }

  /** What the watch found in what the person wrote now, or null (also while the watch is not here). */
  get finding(): SafetyFinding | null {
    if (!watchReading.value) return null;
    const texts = this.options.read();
    const key = texts.join('\u0000');
    if (key !== this.key || this.assessedBy !== safetyWatch.assess) {
      this.key = key;
      this.assessedBy = safetyWatch.assess;
      this.found = safetyWatch.assess(texts);
    }
    return this.found;
  }

  /** No hints, examples, composed sentences, "ready" or thanks: the watch is not here (yet, or for good), or found words of danger or of caution. */
  get coachingOff(): boolean {
    return !this.ready || this.finding !== null;
  }

  /** The watch found words of danger or of caution (false while it is not here): the exercise steps back from coaching. */
  get concerned(): boolean {
    return this.finding !== null;
  }

  /** Words of danger: the support note shows. */
  get noteShown(): boolean {
    return this.finding?.tier === 'danger';
  }

  private get supportNote(): SupportNote | undefined {
    const watch = watchReading.value;
    if (!watch) return undefined;
    return (this.note ??= new watch.SupportNote(this.host, {
      finding: () => this.finding,
      inheritedSupport: this.options.inheritedSupport,
      voice: this.options.voice,
      exit: this.options.exit,
    }));
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('click', this.onPressStart, true);
    this.host.renderRoot.addEventListener('click', this.onPressEnd);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('click', this.onPressStart, true);
    this.host.renderRoot.removeEventListener('click', this.onPressEnd);
    this.note?.disconnected();
  }

  private readonly onPressStart = (event: Event): void => {
    this.pressed = (event.composedPath()[0] as Element | undefined)?.closest?.('button') ?? null;
  };

  private readonly onPressEnd = (): void => {
    this.pressed = null;
  };

  /** Before each render: a note that appears while the person types goes right after their field. */
  hostUpdate(): void {
    this.supportNote?.beforeRender();
  }

  hostUpdated(): void {
    this.supportNote?.afterRender();
  }

  /** The exercise was finished: the note (if any) comes beside Done, or after the heading the widget moves focus to. */
  completed(): void {
    this.supportNote?.completed(this.pressed);
  }

  /** The note under the widget's heading, while it has no place beside the person (and in a server render). */
  render(): unknown {
    return this.supportNote?.render() ?? nothing;
  }
}
