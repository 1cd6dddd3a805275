/** A flow's steps, as pure edits: where a step moves, and where focus goes after one is removed. */

/** The list with the entry at `index` moved one place up (`-1`) or down (`1`), or null where it cannot go. */
export function moveEntry<T>(items: readonly T[], index: number, by: -1 | 1): T[] | null {
  const to = index + by;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return null;
  const next = [...items];
  next.splice(to, 0, ...next.splice(index, 1));
  return next;
}

/** After removing step `index`, with `left` steps remaining: the step now in its place (or the last), else the choice of a new step. */
export function focusAfterRemoval(index: number, left: number): string {
  return left ? `#step-${Math.min(index, left - 1)}-title` : '#new-step';
}
