import { changes, fillEmpty, offerFor, type Offering } from '../core/hand-off.js';

/** A step as the hand-off sees it: its exercise, and its element once there is one. */
export interface HandOffStep {
  exercise: string;
  step: (HTMLElement & { value?: unknown }) | undefined;
}

/**
 * A flow's hand-off (see src/core/hand-off.ts): when the person moves on to a later step, each step before it,
 * the nearest first, may offer its words for what that step left empty (the journal's feeling, situation and need
 * to an I-statement; its agreement to revisit to an agreement). The flow remembers what each step offered each
 * later one, so going back, changing the words and moving on again updates what the person has not changed since;
 * what they wrote themselves is never replaced.
 */
export class HandOff {
  /** What each giving step last offered each receiving step. */
  private readonly offered = new WeakMap<Element, Map<Element, unknown>>();

  /** Fills step `to` from the steps before it; true when its value changed. */
  carry(steps: readonly HandOffStep[], to: number): boolean {
    const target = steps[to];
    const receiver = target?.step;
    if (!target || !receiver?.matches(':defined')) return false;
    const before = receiver.value;
    let value = before;
    const memory = this.offered.get(receiver) ?? new Map<Element, unknown>();
    this.offered.set(receiver, memory);
    for (const { step: giver } of steps.slice(0, to).reverse()) {
      const offer = (giver as Offering | undefined)?.[offerFor]?.(target.exercise, value);
      if (!giver || offer === undefined) continue;
      value = fillEmpty(value, offer, memory.get(giver));
      memory.set(giver, offer);
    }
    if (!changes(before, value)) return false;
    receiver.value = value;
    return true;
  }
}
