/**
 * A roving tab stop (the WAI-ARIA toolbar pattern): a group of controls is one stop in the Tab
 * order, and the arrow keys, Home and End move between its controls. Pure: the widget keeps which
 * control holds the stop, and moves focus.
 */

/** The control to move to from `index` of `count` for `key` (wrapping around); -1 for a key that does not move. */
export function rovingTarget(key: string, index: number, count: number, rtl = false): number {
  if (count <= 0) return -1;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
    case 'ArrowDown':
      return (index + 1) % count;
    case backward:
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return -1;
  }
}

/** Whether `element` is laid out right to left. */
export const isRtl = (element: Element): boolean => getComputedStyle(element).direction === 'rtl';
