import { assessSafety } from './detect.js';
import { SupportNote } from './support-note.js';

/**
 * What the safety watch loads a moment after the page (see `SafetyController`): the matcher with the English and
 * Spanish tables, and the support note that shows what it finds. One chunk, never part of a page's first load.
 */
export default { assessSafety, SupportNote };
