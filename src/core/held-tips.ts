/**
 * Coaching tips said once. A tip sits in its field's description (`aria-describedby`, through the field frame in
 * field.ts), which a screen reader reads again when it changes under the cursor: a tip that flickered off and on
 * with each keystroke ("sorry if" → "sorry i" → "sorry if") would be read out each time it came back. So while
 * focus is in a field, a tip that appeared there stays, with its words, until focus leaves the field; tips of
 * the other fields follow what is written.
 */

/** A tip as a widget finds it: the field it sits beside and which tip it is (its words may change as the person types). */
export interface FieldTipFound<F extends string = string> {
  field: F;
  key: string;
}

export class HeldTips<T extends FieldTipFound> {
  /** The field focus is in, and the tips shown there since focus came in. */
  private typingIn: T['field'] | null = null;
  private held: T[] = [];

  /** The tips to show for what was `found` now: the held ones of the field focus is in, then any new one there. */
  shown(found: readonly T[]): T[] {
    const field = this.typingIn;
    if (field === null) return [...found];
    const fresh = found.filter((tip) => tip.field === field && !this.held.some((held) => held.key === tip.key));
    return [...found.filter((tip) => tip.field !== field), ...this.held, ...fresh];
  }

  /** Focus came into `field` (with these tips found there now); a field focus is already in keeps what it holds. */
  entered(field: T['field'], found: readonly T[]): void {
    if (this.typingIn === field) return;
    this.typingIn = field;
    this.held = found.filter((tip) => tip.field === field);
  }

  /** The person wrote in `field`: the tips shown there now (held and new) stay until focus leaves. */
  edited(field: T['field'], shown: readonly T[]): void {
    if (this.typingIn === field) this.held = shown.filter((tip) => tip.field === field);
  }

  /** Focus left the field: its tips follow what is written again. */
  left(): void {
    this.typingIn = null;
    this.held = [];
  }
}
