import { Lazy } from '../core/lazy.js';

/** The agreement's file writers (`files.ts`): imported when the person first asks for a file, from the same place as the element. */
export const agreementFiles = new Lazy(() => import('./files.js').then((module) => module.default));

export type AgreementFileWriters = NonNullable<typeof agreementFiles.value>;
