// Generated from src/registry.ts and src/locales/es/ by `npm run registry`. Do not edit.
// `import 'tend-widgets/locales/es'`, or dist/locales/es.js as a second script tag: registers the language, and the
// elements already on the page whose language it is speak it (see src/locales/es/).
import { registerLocale } from '../../core/localize.js';
import * as core from '../../locales/es/core.js';
import * as iStatement from '../../locales/es/i-statement.js';
import * as stopTimer from '../../locales/es/stop-timer.js';
import * as agreement from '../../locales/es/agreement.js';
import * as reflectionCard from '../../locales/es/reflection-card.js';
import * as checkIn from '../../locales/es/check-in.js';
import * as jealousyJournal from '../../locales/es/jealousy-journal.js';
import * as activeListening from '../../locales/es/active-listening.js';
import * as repair from '../../locales/es/repair.js';
import * as flow from '../../locales/es/flow.js';

/** The whole bundle, by namespace (`core` and each element's id). */
export const es = {
  core: core.strings,
  'i-statement': iStatement.strings,
  'stop-timer': stopTimer.strings,
  agreement: agreement.strings,
  'reflection-card': reflectionCard.strings,
  'check-in': checkIn.strings,
  'jealousy-journal': jealousyJournal.strings,
  'active-listening': activeListening.strings,
  repair: repair.strings,
  flow: flow.strings,
};

registerLocale('es', { ...es, ...core.bundle, ...iStatement.bundle, ...activeListening.bundle, ...repair.bundle });
