import type { LocalizeController } from '../core/localize-controller.js';
import type { checkInStrings } from './strings.js';

export type CheckInKey = keyof typeof checkInStrings;

/** The check-in's words in the reader's language (the element's localize controller), as its views read them. */
export type CheckInWords = Pick<LocalizeController<CheckInKey>, 't' | 'plural' | 'locale'>;
