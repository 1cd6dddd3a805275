import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { envelopeData, holdsEntry, type Dated } from './history.js';
import { MORE, PAGE, type HistoryActions, type HistoryShown } from './history-view.js';
import { storageKey } from './persistence.js';
import type { ExerciseId } from './types.js';
import { quote, warn } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface HistoryOptions<T extends Dated> {
  exercise: ExerciseId;
  /** The `persist` key: without one, nothing is kept. */
  key(): string | undefined;
  /** The `history` attribute. */
  wanted(): boolean;
  /** The core's keep switch: off, nothing is kept. */
  keeping(): boolean;
  /** The entries a stored draft holds (the exercise's `readKept`). */
  read(stored: Record<string, unknown>): { entries: T[]; unreadable: number };
  /** Entries in the exercise's order (this page's first where two are one): joining another tab's with this page's. */
  normalise(entries: readonly T[]): T[];
  /** How a warning names the entries (`check-in`, `check-ins`). */
  noun: { one: string; other: string };
  /** Moves focus in the host's shadow root once it has rendered. */
  focus(selector: string): Promise<void>;
  /** "Download as Markdown" and "Download as CSV". */
  download(extension: 'md' | 'csv'): void;
  /** "Forget all", confirmed. */
  forgetAll(): void;
}

/**
 * The entries an exercise keeps over time on this device (`history` with `persist`: the check-in, the jealousy
 * journal), beside the draft under the `persist` key: read back with the draft, joined with another tab's, checked
 * in storage after a save, forgotten all at once, and the state of the "over time" view (how many are listed, the
 * question before forgetting, printing the history alone). The host keeps the entries in its draft (`entries`) and
 * draws the view with `renderHistory` (history-view.ts).
 */
export class HistoryController<T extends Dated> implements ReactiveController {
  private kept: T[] = [];
  private listed = PAGE;
  private confirming = false;
  /** The history is being printed alone: the host hides its form. */
  printing = false;
  private warned = false;

  constructor(
    private readonly host: Host,
    private readonly options: HistoryOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onKeptElsewhere);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onKeptElsewhere);
  }

  /** The kept entries, newest first (the host's own array: copy it before handing it out). */
  get entries(): T[] {
    return this.kept;
  }

  set entries(entries: T[]) {
    this.kept = entries;
    this.host.requestUpdate();
  }

  /**
   * Whether entries are kept: only with a `persist` key (without one, `history` says so once and keeps nothing),
   * and while the person keeps their words on this device (the core's switch).
   */
  get active(): boolean {
    const { wanted, key, keeping } = this.options;
    if (wanted() && !key() && !this.warned) {
      this.warned = true;
      warn(this.host, `ignored history=${quote(this.host.getAttribute('history') ?? '')}: it needs persist (a key to keep the ${this.options.noun.other} under), so nothing is kept.`);
    }
    return wanted() && Boolean(key()) && keeping();
  }

  private get storageKey(): string {
    return storageKey(this.options.exercise, this.options.key()!);
  }

  /** Reads the entries a restored draft holds (one warning for those that cannot be read). */
  readFrom(stored: Record<string, unknown>): void {
    const { entries, unreadable } = this.options.read(stored);
    if (unreadable) warn(this.host, `persist: left out ${unreadable} kept ${this.options.noun[unreadable === 1 ? 'one' : 'other']} that could not be read.`);
    this.entries = entries;
  }

  /** The entries already kept under the key (`history` switched on later, or another tab's save). */
  private load(raw?: string | null): void {
    try {
      const data = envelopeData(raw ?? localStorage.getItem(this.storageKey));
      if (data) this.readFrom(data);
    } catch {
      /* unavailable: the core warns when it next saves or loads */
    }
  }

  /**
   * Around the host's `willUpdate`: another key holds another history, and keeping switched off removed it from
   * the device (before the draft is restored); `history` switched on after the first render reads what is kept.
   */
  willUpdate(changed: PropertyValues, hostWillUpdate: () => void): void {
    const updated = (this.host as unknown as { hasUpdated: boolean }).hasUpdated;
    if ((changed.has('persist') || (changed.has('keeping') && !this.options.keeping())) && updated) this.kept = [];
    hostWillUpdate();
    if (changed.has('history') && updated && this.active && !changed.has('persist')) this.load();
  }

  /**
   * Another tab kept an entry under this key: its entries join this page's (this page's win where two are one),
   * so the next save here loses none. Another tab forgot them all: they are gone here too.
   */
  private readonly onKeptElsewhere = (event: StorageEvent): void => {
    if (!this.active || event.key !== this.storageKey) return;
    const ours = this.kept;
    if (event.newValue === null) this.entries = [];
    else {
      this.load(event.newValue);
      this.entries = this.options.normalise([...ours, ...this.kept]);
    }
  };

  /** Whether `entry` reached storage (a full or failing storage keeps it on screen only). */
  isStored(entry: T): boolean {
    try {
      return holdsEntry(localStorage.getItem(this.storageKey), entry);
    } catch {
      return false;
    }
  }

  /** Empties the history in memory and the view (the host then resets and saves). */
  clear(): void {
    this.kept = [];
    this.confirming = false;
    this.listed = PAGE;
    this.host.requestUpdate();
  }

  /** Removes the storage key (the draft with it). */
  removeStored(): void {
    if (!this.options.key()) return;
    try {
      localStorage.removeItem(this.storageKey);
    } catch {
      /* the core has already said that storage is not available */
    }
  }

  /** Forgets every kept entry: empties the history, lets the host start a blank form (`restart`), then removes the storage key. */
  forget(restart: () => void): void {
    this.clear();
    restart();
    this.removeStored();
  }

  /** What the view shows now. */
  shown(danger: boolean, headingLevel: number): HistoryShown<T> {
    return { entries: this.kept, shown: this.listed, printing: this.printing, confirming: this.confirming, danger, headingLevel };
  }

  readonly actions: HistoryActions = {
    showOlder: () => {
      const first = this.listed;
      this.listed += MORE;
      this.host.requestUpdate();
      void this.options.focus(`#entry-${first}`);
    },
    download: (extension) => this.options.download(extension),
    /** Prints the history alone, every entry listed. */
    print: async () => {
      this.printing = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
      window.print();
      this.printing = false;
      this.host.requestUpdate();
    },
    askToForget: (open) => {
      this.confirming = open;
      this.host.requestUpdate();
      void this.options.focus(open ? '#confirm-no' : '#forget-all');
    },
    forgetAll: () => {
      this.options.forgetAll();
      void this.options.focus('#history-heading');
    },
  };
}
