import type { LocalizeController } from '../core/localize-controller.js';
import type { repairStrings } from './strings.js';

export type RepairKey = keyof typeof repairStrings;

/** The repair's words in the reader's language (the element's localize controller), as its views read them. */
export type RepairWords = Pick<LocalizeController<RepairKey>, 't' | 'plural' | 'content' | 'locale'>;
