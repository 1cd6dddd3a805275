// Generated from src/registry.ts by `npm run registry`. Do not edit.
import { coreStrings } from '../core/strings.js';
import { summaryCatalog } from '../core/summary.js';
import { iStatementStrings } from '../i-statement/strings.js';
import { stopTimerStrings } from '../stop-timer/strings.js';
import { agreementStrings } from '../agreement/strings.js';
import { reflectionCardStrings } from '../reflection-card/strings.js';
import { checkInStrings } from '../check-in/strings.js';
import { jealousyJournalStrings } from '../jealousy-journal/strings.js';
import { activeListeningStrings } from '../active-listening/strings.js';
import { repairStrings } from '../repair/strings.js';
import { flowStrings } from '../flow/strings.js';
import { summaries } from './summaries.js';

/** Every English string by namespace (`core` and each element's id), with the source file of its element's own. */
export const englishCatalogues: Readonly<Record<string, { element: string; file: string; strings: Readonly<Record<string, unknown>> }>> = {
  core: { element: 'every element', file: 'src/core/strings.ts', strings: coreStrings },
  'i-statement': { element: '<tend-i-statement>', file: 'src/i-statement/strings.ts', strings: { ...iStatementStrings, ...summaryCatalog(summaries['i-statement']) } },
  'stop-timer': { element: '<tend-stop-timer>', file: 'src/stop-timer/strings.ts', strings: { ...stopTimerStrings, ...summaryCatalog(summaries['stop-timer']) } },
  agreement: { element: '<tend-agreement>', file: 'src/agreement/strings.ts', strings: { ...agreementStrings, ...summaryCatalog(summaries['agreement']) } },
  'reflection-card': { element: '<tend-reflection-card>', file: 'src/reflection-card/strings.ts', strings: { ...reflectionCardStrings, ...summaryCatalog(summaries['reflection-card']) } },
  'check-in': { element: '<tend-check-in>', file: 'src/check-in/strings.ts', strings: { ...checkInStrings, ...summaryCatalog(summaries['check-in']) } },
  'jealousy-journal': { element: '<tend-jealousy-journal>', file: 'src/jealousy-journal/strings.ts', strings: { ...jealousyJournalStrings, ...summaryCatalog(summaries['jealousy-journal']) } },
  'active-listening': { element: '<tend-active-listening>', file: 'src/active-listening/strings.ts', strings: { ...activeListeningStrings, ...summaryCatalog(summaries['active-listening']) } },
  repair: { element: '<tend-repair>', file: 'src/repair/strings.ts', strings: { ...repairStrings, ...summaryCatalog(summaries['repair']) } },
  flow: { element: '<tend-flow>', file: 'src/flow/strings.ts', strings: flowStrings },
};
