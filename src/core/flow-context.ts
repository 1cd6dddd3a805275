import { ContextEvent, createContext } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';

/** What a `<tend-flow>` shares down with its steps (through `@lit/context`). */
export interface FlowSettings {
  /** The flow's language, already checked: a step without its own `lang` speaks it (and does not warn again). */
  readonly lang: string;
  /** Reworded strings by key for every step; `<exercise>.<key>` rewords one exercise only. */
  readonly strings: Readonly<Record<string, unknown>>;
  /** The key under which a step keeps its draft (`<flow key>/<index>`), or undefined when the flow is not persisted. */
  persistFor(step: Element): string | undefined;
  /** The level of a step's heading: one below the flow's own (absent from an older bundle on the page: 3). */
  readonly headingLevel?: number;
  /** "Step 2 of 3": a step's place in the flow, said before its heading (absent from an older bundle). */
  positionOf?(step: Element): string | undefined;
}

// Symbol.for: the npm modules and dist/tend.min.js on one page share one context.
export const flowContext = createContext<FlowSettings | undefined>(Symbol.for('tend-widgets.flow-settings'));

/**
 * Dispatched by a flow on a step that connected before the flow could answer (the page defined the
 * exercises first): the step asks for the settings again.
 */
export const FLOW_READY_EVENT = 'tend-flow-ready';

type Host = ReactiveElement & { persist?: string };

/**
 * The step's side of the flow context. A step's own attribute wins: the flow's key is used only while
 * the step has no `persist` of its own, and its strings only after the step's own.
 */
export class FlowSettingsConsumer implements ReactiveController {
  private settings: FlowSettings | undefined;
  private unsubscribe: (() => void) | undefined;
  /** The `persist` this controller gave the step, so an embedder's own value is never replaced. */
  private given: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
    host.addEventListener(FLOW_READY_EVENT, () => this.request());
  }

  hostConnected(): void {
    this.request();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.receive(undefined);
  }

  /** The flow's wording for `key` in this exercise, if the flow gives one. */
  string(exercise: string, key: string): unknown {
    const strings = this.settings?.strings;
    return strings?.[`${exercise}.${key}`] ?? strings?.[key];
  }

  /** The level of the step's heading inside a flow (one below the flow's), or undefined outside one. */
  headingLevel(): number | undefined {
    return this.settings ? (this.settings.headingLevel ?? 3) : undefined;
  }

  /** "Step 2 of 3" inside a flow, or undefined outside one. */
  position(): string | undefined {
    return this.settings?.positionOf?.(this.host);
  }

  /** The flow's language, for a step without a `lang` of its own. */
  lang(): string | undefined {
    return this.host.lang ? undefined : this.settings?.lang;
  }

  private request(): void {
    this.host.dispatchEvent(new ContextEvent(flowContext, this.host, this.onValue, true));
  }

  private readonly onValue = (settings: FlowSettings | undefined, unsubscribe?: () => void): void => {
    if (this.unsubscribe !== unsubscribe) this.unsubscribe?.();
    this.unsubscribe = unsubscribe;
    this.receive(settings);
  };

  private receive(settings: FlowSettings | undefined): void {
    // Outside a flow nothing changes, and a disconnected widget is left alone.
    if (settings === this.settings) return;
    this.settings = settings;
    const host = this.host;
    if (!host.hasAttribute('persist') && host.persist === this.given) {
      this.given = settings?.persistFor(host);
      host.persist = this.given;
    }
    host.requestUpdate();
  }
}
