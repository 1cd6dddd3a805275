import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { DraftStore, storageKey } from './persistence.js';
import type { ExerciseId } from './types.js';
import type { Voice } from './voice.js';

function isLocalStorage(area: Storage | null): boolean {
  try {
    return area === window.localStorage;
  } catch {
    return false;
  }
}

interface DraftOptions {
  exercise: ExerciseId;
  /** The `persist` key, or undefined: nothing is stored. */
  key: () => string | undefined;
  /** What a draft holds now. */
  data: () => object;
  /** Whether the words are kept (the host's reactive state, so a widget can react to the switch). */
  keeping: () => boolean;
  setKeeping: (on: boolean) => void;
  /**
   * Whether the notice and the switch show: not where nothing can be written (a timer without notes),
   * nor in a step of a flow that keeps the session (the flow shows one for all of it).
   */
  shown: () => boolean;
  voice: Voice;
}

/**
 * The opt-in draft behind `persist`: saves after each edit, restores on load, and says plainly that
 * the words are kept on this device, beside a switch that stops keeping them (switched off, what was
 * kept is removed, and nothing is written first).
 */
export class DraftController implements ReactiveController {
  private readonly store: DraftStore;

  constructor(
    host: ReactiveControllerHost & Element,
    private readonly options: DraftOptions,
  ) {
    this.store = new DraftStore(host, options.exercise);
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  /** The stored draft, or undefined (none, unreadable, or no `persist`). */
  load(): unknown {
    const key = this.options.key();
    return key ? this.store.load(key) : undefined;
  }

  /** Reports a stored draft that did not fit the exercise's shape. */
  rejectLoaded(): void {
    this.store.rejectLoaded();
  }

  save(): void {
    const key = this.options.key();
    if (key && this.options.keeping()) this.store.save(key, this.options.data());
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
    if (this.options.keeping()) {
      this.save();
      this.options.voice.announce(this.options.voice.t('keptAgain'));
    } else {
      this.clear();
      this.options.voice.announce(this.options.voice.t('forgotten'));
    }
  }

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
}
