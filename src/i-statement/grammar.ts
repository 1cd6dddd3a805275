import { composition } from './compose.js';
import { detectHints } from './hints.js';
import { languageFor } from './language.js';

/**
 * How the I-statement reads the person's words: the sentence's tidying and composition, the hints' patterns and each
 * language's rules. Loaded with the safety watch (see `TendElement.readings`), not with the element: until both are
 * here nothing is composed or coached.
 */
export default { composition, detectHints, languageFor };
