import { createContext } from '@lit/context';

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
  /**
   * Whether the session's words are kept (the flow's one switch), or undefined when the flow keeps
   * nothing: then a step with a `persist` of its own says so itself.
   */
  readonly keeping?: boolean;
  /** The flow's `exit-url`, already checked: "Leave this page" in a step's support note goes there when the step has none. */
  readonly exitUrl?: string | null;
  /** The text of the flow's own `slot="support"` child: a step without one shows it in its support note. */
  readonly supportText?: string;
  /** What the person wrote in the flow's other steps: a step's safety watch reads it too, so words of danger anywhere in the session keep every later step from coaching. */
  wordsAround?(step: Element): readonly string[];
  /** For a step the flow renders itself (its `steps`): the attributes it gives that step (`null`: absent). */
  attributesFor(step: Element): Readonly<Record<string, string | null>>;
}

/** A step says through this (a symbol shared by every bundle) whether the person can write anything in it: a flow shows its keep notice only then. */
export const WRITES_WORDS = Symbol.for('tend-widgets.writes-words');

// Symbol.for: the npm modules and dist/tend.min.js on one page share one context.
export const flowContext = createContext<FlowSettings | undefined>(Symbol.for('tend-widgets.flow-settings'));

/** A step's own words, as its safety watch reads them (a symbol, so it is no public name): what a flow gives its other steps. */
export const ownWords = Symbol.for('tend-widgets.own-words');

/**
 * Dispatched by a flow on a step that connected before the flow could answer (the page defined the
 * exercises first): the step asks for the settings again.
 */
export const FLOW_READY_EVENT = 'tend-flow-ready';
