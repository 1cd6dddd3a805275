import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import * as z from 'zod/mini';
import { DraftStore, storageKey } from './persistence.js';
import type { ExerciseDataMap, ExerciseId } from './types.js';
import type { Voice } from './voice.js';

type Host = ReactiveControllerHost & HTMLElement;

interface StateOptions<E extends ExerciseId> {
  exercise: E;
  /** What `value`, a stored draft and a restored form state must satisfy. */
  schema: () => z.ZodMiniType<ExerciseDataMap[E]>;
  /** Puts the widget in its initial state (from its attributes). */
  initialState: () => void;
  /** Puts accepted data into the widget, with what else the stored object holds (a draft's extras). */
  apply: (data: ExerciseDataMap[E], stored: Record<string, unknown>) => void;
  /** The exercise's data now (computed once per edit, see `commit`). */
  data: () => ExerciseDataMap[E];
  /** What a draft holds now: the data, and any UI state a widget keeps with it. */
  draft: () => object;
  /** What a surrounding form submits now. */
  formValue: () => string;
  /** The `persist` key, or undefined: nothing is stored. */
  key: () => string | undefined;
  /** Whether the words are kept (the host's reactive state, so a widget can react to the switch). */
  keeping: () => boolean;
  setKeeping: (on: boolean) => void;
  /** Whether the keep notice and its switch show (not where nothing is written, nor in a flow that keeps the session). */
  shown: () => boolean;
  required: () => boolean;
  requiredMessage: () => string;
  /** Where the browser points when it reports the missing value. */
  anchor: () => HTMLElement | undefined;
  voice: Voice;
}

function isLocalStorage(area: Storage | null): boolean {
  try {
    return area === window.localStorage;
  } catch {
    return false;
  }
}

/**
 * A widget's state, in one place: its data, its draft and its form value.
 *
 * - The data: the initial state made once (at the first read of `value` or at connection, whichever comes
 *   first, so data never waits for a deferred render), and outside data (a `value` set, a draft, a form state)
 *   put in only when it fits the schema.
 * - An edit (`edit`): the data computed once, then handed to the draft, the form and `tend-change`.
 * - The opt-in draft behind `persist`: saved after each edit, restored on load, and a plain notice that the
 *   words are kept on this device beside a switch that stops keeping them (switched off, what was kept is
 *   removed, and nothing is written first).
 * - The form, through ElementInternals (in the manner of Web Awesome's form base): the submitted value,
 *   `required` validity, and the state a back/forward navigation restores.
 */
export class StateController<E extends ExerciseId> implements ReactiveController {
  readonly internals: ElementInternals | undefined;
  /** True once outside data (a `value`, a form state, a draft) was put in. */
  given = false;
  private initialised = false;
  private prepared = false;
  private readonly store: DraftStore;
  /** The edit being committed: its data (and draft) computed once, for the draft, the form and the event. */
  private editing: { data: ExerciseDataMap[E]; draft?: object } | undefined;

  constructor(
    host: Host,
    private readonly options: StateOptions<E>,
  ) {
    this.store = new DraftStore(host, options.exercise);
    this.internals = typeof host.attachInternals === 'function' ? host.attachInternals() : undefined;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  // ——— the data ———

  /** Makes the initial state unless it is made already. */
  ensure(): void {
    if (!this.initialised) this.initialise();
  }

  /** Makes the initial state now (again). */
  initialise(): void {
    this.initialised = true;
    this.editing = undefined;
    this.options.initialState();
  }

  /** The exercise's data now: during an edit, the one computed for it. */
  data(): ExerciseDataMap[E] {
    return this.editing ? this.editing.data : this.options.data();
  }

  /** What a draft holds now: during an edit, the one made for it. */
  draft(): object {
    if (!this.editing) return this.options.draft();
    return (this.editing.draft ??= this.options.draft());
  }

  /** Puts `stored` into the widget when it fits the schema; calls `onReject` otherwise. */
  accept(stored: unknown, onReject?: () => void): boolean {
    this.ensure();
    const result = z.safeParse(this.options.schema(), stored);
    if (!result.success) {
      onReject?.();
      return false;
    }
    this.given = true;
    // Data put in while an edit is told (a listener of tend-change setting `value`): what follows reads it anew.
    this.editing = undefined;
    this.options.apply(result.data, stored as Record<string, unknown>);
    return true;
  }

  /** A function that puts `stored` (a draft's data and extras) back into the widget, as it is now. */
  restorer(stored: object): () => void {
    const copy = structuredClone(stored) as Record<string, unknown>;
    return () => this.options.apply(copy as ExerciseDataMap[E], copy);
  }

  /** Once, before the first render or at it: the initial state and the stored draft. True that first time. */
  prepare(): boolean {
    if (this.prepared) return false;
    this.prepared = true;
    this.restoreDraft();
    return true;
  }

  /** Puts the stored draft in, if there is one that fits (else reports it). */
  restoreDraft(): void {
    this.ensure();
    const key = this.options.key();
    const stored = key ? this.store.load(key) : undefined;
    if (stored !== undefined && !this.accept(stored)) this.store.rejectLoaded();
  }

  // ——— an edit ———

  /**
   * Runs `work` (storing the draft, syncing the form, telling the page) on one reading of the data: it is
   * computed once, at the first ask, and every ask within reads it (nested edits share it).
   */
  edit(work: () => void): void {
    const outer = this.editing;
    this.editing ??= { data: this.options.data() };
    try {
      work();
    } finally {
      this.editing = outer;
    }
  }

  // ——— the draft ———

  save(): void {
    const key = this.options.key();
    if (key && this.options.keeping()) this.store.save(key, this.draft());
  }

  clear(): void {
    const key = this.options.key();
    if (key) this.store.clear(key);
  }

  /** Another tab wrote or removed this draft (`key` null: it cleared the storage): keep this page's state, warn once. */
  private readonly onStorage = (event: StorageEvent): void => {
    const key = this.options.key();
    if (!key || (event.key !== null && event.key !== storageKey(this.options.exercise, key))) return;
    if (!isLocalStorage(event.storageArea)) return;
    this.store.changedElsewhere();
  };

  private toggle(): void {
    this.options.setKeeping(!this.options.keeping());
    const { t, announce } = this.options.voice;
    if (this.options.keeping()) {
      this.save();
      announce(t('keptAgain'));
    } else {
      this.clear();
      announce(t('forgotten'));
    }
  }

  /** The notice that the words are kept on this device, and the switch that stops it. */
  render(): unknown {
    if (!this.options.key() || !this.options.shown()) return nothing;
    const { t } = this.options.voice;
    const keeping = this.options.keeping();
    return html`<p class="privacy no-print" part="privacy">
      <span id="privacy-note">${t(keeping ? 'keptHere' : 'notKept')}</span>
      <button
        type="button"
        role="switch"
        part="button switch"
        class="switch"
        aria-checked=${String(keeping)}
        aria-describedby="privacy-note"
        @click=${() => this.toggle()}
      >
        <span class="switch-track" aria-hidden="true"></span>${t('keepSwitch')}
      </button>
    </p>`;
  }

  // ——— the form ———

  /** The data a form state holds (see `sync`), or undefined when it holds none. */
  static parseState(state: unknown): unknown {
    if (typeof state !== 'string') return undefined;
    try {
      return JSON.parse(state) as unknown;
    } catch {
      return undefined;
    }
  }

  /** The form's value, the state a back/forward navigation gives back (the draft), and `required` validity. */
  sync(): void {
    const internals = this.internals;
    if (!internals) return;
    this.edit(() => {
      const value = this.options.formValue();
      internals.setFormValue(value, JSON.stringify(this.draft()));
      if (this.options.required() && value === '') {
        internals.setValidity({ valueMissing: true }, this.options.requiredMessage(), this.options.anchor());
      } else {
        internals.setValidity({});
      }
    });
  }
}
