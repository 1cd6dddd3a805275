/**
 * Where the support note goes, and how it is brought into view: pure DOM functions for the
 * SafetyController. The note is shown where the person is (beside the field they type in, beside
 * Done), so that on a phone, far down the page, it is on the screen rather than above it.
 */

/**
 * The block after which the note goes for `target` (a field, a button, a heading): the field's frame
 * (`part="field"`), a button's row (`.actions`), a heading itself; never inside a list (the note would
 * be an item of it), so an agreement item's note comes after the section's list.
 */
export function blockOf(target: Element): Element {
  const block = target.closest('[part~="field"], .actions, h1, h2, h3, h4, h5, h6') ?? target;
  const item = block.closest('li');
  return item?.parentElement ?? block;
}

/** The part of the layout viewport the person sees (the on-screen keyboard taken away where the browser says so), in client coordinates. */
function visibleArea(): { top: number; bottom: number } {
  const view = window.visualViewport;
  const top = view ? view.offsetTop : 0;
  return { top, bottom: top + (view ? view.height : window.innerHeight) };
}

const MARGIN = 8;
/** At least this much of the note is shown when it and the field cannot both be on the screen (its heading and first lines). */
const AT_LEAST = 160;

/**
 * How far to scroll (positive: down) so that `note` is in view: all of it where it fits, keeping the
 * top of `keep` (the field the person types in) on the screen too where both fit, and at least the
 * note's first lines where they do not. Zero when the note is in view already.
 */
export function scrollNeeded(
  note: { top: number; bottom: number },
  keep: { top: number } | null,
  view: { top: number; bottom: number },
): number {
  if (note.top >= view.top && note.bottom <= view.bottom) return 0;
  if (note.top < view.top) return note.top - view.top - MARGIN;
  let delta = Math.min(note.bottom - view.bottom + MARGIN, note.top - view.top - MARGIN);
  if (keep) delta = Math.min(delta, keep.top - view.top - MARGIN);
  return Math.max(delta, note.top + Math.min(AT_LEAST, note.bottom - note.top) - view.bottom + MARGIN);
}

/** Scrolls once so that `note` is in view (see `scrollNeeded`); `inset` is what covers the top of the screen (the sticky "Leave this page"). */
export function reveal(note: Element, keep: Element | null, inset = 0): void {
  // Not shown (a flow's step that was left): nothing to bring into view.
  if (!note.getClientRects().length) return;
  const area = visibleArea();
  const before = note.getBoundingClientRect();
  const delta = scrollNeeded(before, keep?.getBoundingClientRect() ?? null, { top: area.top + inset, bottom: area.bottom });
  if (!delta) return;
  const page = document.scrollingElement;
  // The page is what scrolls (most embeds); in a scrolling box of its own, the browser brings the note into view.
  if (page && page.scrollHeight > page.clientHeight) window.scrollBy(0, delta);
  else note.scrollIntoView({ block: 'nearest' });
}
