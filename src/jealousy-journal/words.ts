import type { LocalizeController } from '../core/localize-controller.js';
import type { JealousyJournalStringKey } from './strings.js';

/** The journal's words in the reader's language (the element's localize controller), as its views read them. */
export type JournalWords = Pick<LocalizeController<JealousyJournalStringKey>, 't' | 'plural' | 'locale' | 'content'>;
