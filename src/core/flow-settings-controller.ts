import { ContextEvent } from '@lit/context';
import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { FLOW_READY_EVENT, flowContext, type FlowSettings } from './flow-context.js';
import { rendersAsServer } from './server-render.js';

type Host = ReactiveElement & { persist?: string };

/** Marks a step that a flow renders itself from its `steps`. */
const GIVEN_STEP = 'data-tend-step';

/**
 * The step's side of the flow context. A step's own attribute wins: the flow's key is used only while
 * the step has no `persist` of its own, and its strings only after the step's own.
 */
export class FlowSettingsController implements ReactiveController {
  private settings: FlowSettings | undefined;
  private unsubscribe: (() => void) | undefined;
  /** The `persist` this controller gave the step, so an embedder's own value is never replaced. */
  private given: string | undefined;

  constructor(
    private readonly host: Host,
    /** Called when the flow's switch turns keeping on or off for the whole session. */
    private readonly followKeeping: (on: boolean) => void = () => {},
  ) {
    host.addController(this);
    host.addEventListener(FLOW_READY_EVENT, () => this.request());
  }

  hostConnected(): void {
    this.request();
  }

  /** On the server (where no element connects), before the render: the flow around this step, if any, answers. */
  serverRequest(): void {
    if (isServer && !this.settings) this.request();
  }

  /**
   * A server does not see a flow's children: there, and in the render that hydrates its HTML, only a
   * step the flow renders itself (from its `steps`) takes the flow's settings; the others take them after.
   */
  private get applies(): boolean {
    return !rendersAsServer(this.host) || this.host.hasAttribute(GIVEN_STEP);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.receive(undefined);
  }

  /** The flow's wording for `key` in this exercise, if the flow gives one. */
  string(exercise: string, key: string): unknown {
    const strings = this.applies ? this.settings?.strings : undefined;
    return strings?.[`${exercise}.${key}`] ?? strings?.[key];
  }

  /** The flow's keeping (its one switch), when the step is in a flow that keeps the session; else undefined. */
  keeping(): boolean | undefined {
    return this.settings?.keeping;
  }

  /** What the person wrote in the flow's other steps (none outside a flow). */
  wordsAround(): readonly string[] {
    return this.settings?.wordsAround?.(this.host) ?? [];
  }

  /** The flow's own support line (its `slot="support"` text), for a step's support note. */
  supportText(): string {
    return this.settings?.supportText ?? '';
  }

  /** The flow's leave address, for a step's support note. */
  exitUrl(): string | null {
    return this.settings?.exitUrl ?? null;
  }

  /** The level of the step's heading inside a flow (one below the flow's), or undefined outside one. */
  headingLevel(): number | undefined {
    // A step the flow renders itself is one from the start, before the flow answers (as the server rendered it).
    if (!this.settings) return this.host.hasAttribute(GIVEN_STEP) ? 3 : undefined;
    return this.settings.headingLevel ?? 3;
  }

  /** "Step 2 of 3" inside a flow, or undefined outside one. */
  position(): string | undefined {
    return this.settings?.positionOf?.(this.host);
  }

  /** The flow's language, for a step without a `lang` of its own. */
  lang(): string | undefined {
    return this.host.lang || !this.applies ? undefined : this.settings?.lang;
  }

  /** Asks the flow around this step for its settings (again). */
  request(): void {
    this.host.dispatchEvent(new ContextEvent(flowContext, this.host, this.onValue, true));
  }

  private readonly onValue = (settings: FlowSettings | undefined, unsubscribe?: () => void): void => {
    if (this.unsubscribe !== unsubscribe) this.unsubscribe?.();
    this.unsubscribe = unsubscribe;
    this.receive(settings);
  };

  private receive(settings: FlowSettings | undefined): void {
    // Outside a flow nothing changes, and a disconnected widget is left alone.
    if (settings === this.settings || !this.applies) return;
    this.settings = settings;
    const host = this.host;
    this.takeAttributes(settings?.attributesFor(host) ?? {});
    if (!host.hasAttribute('persist') && host.persist === this.given) {
      this.given = settings?.persistFor(host);
      host.persist = this.given;
    }
    if (settings?.keeping !== undefined) this.followKeeping(settings.keeping);
    host.requestUpdate();
  }

  /** A given step's attributes, set as a page would set them: only those its element observes. */
  private takeAttributes(attributes: Readonly<Record<string, string | null>>): void {
    const host = this.host;
    const observed = (host.constructor as typeof ReactiveElement).observedAttributes;
    for (const [name, value] of Object.entries(attributes)) {
      const old = host.getAttribute(name);
      if (old === value || !observed.includes(name) || name === 'defer-hydration') continue;
      if (value === null) host.removeAttribute(name);
      else host.setAttribute(name, value);
      // The server's DOM shim tells the element nothing.
      if (isServer) host.attributeChangedCallback(name, old, value);
    }
  }
}
