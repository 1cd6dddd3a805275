import type { LocalizeController } from '../core/localize-controller.js';
import type { agreementStrings } from './strings.js';

export type AgreementKey = keyof typeof agreementStrings;

/** The agreement's words in the reader's language (the element's localize controller), as its views and exports read them. */
export type AgreementWords = Pick<LocalizeController<AgreementKey>, 't' | 'content' | 'locale'>;
