import { phoneTextFor } from '../core/phone-text-en.js';
import { tidyFragment } from '../core/phone-text.js';
import type { Tidy } from './compose.js';

/**
 * The composition's `tidy` step: the core's phone-input tidying (src/core/phone-text.ts) of one field's words,
 * lead-ins already dropped. A phone's capitals are lowered on ordinary words (names and "I" keep theirs), a full
 * stop typed inside becomes a comma, apostrophes a phone left out come back ("didnt" → "didn't"); each
 * language's rules are its locale's (English built in).
 */
export const repairTidy: Tidy = (_field, text, lang) => tidyFragment(text, phoneTextFor(lang));
