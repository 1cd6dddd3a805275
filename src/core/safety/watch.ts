/**
 * What the safety watch loads at the first sign of use (see `SafetyController`): the matcher with the English and
 * Spanish tables, and the support note that shows what it finds. One chunk, never part of a page's first load.
 */
export { assessSafety } from './detect.js';
export { SupportNote } from './support-note.js';
