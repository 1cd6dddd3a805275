// Generated from src/registry.ts by `npm run registry`. Do not edit.
// `import 'tend-widgets'` defines every exercise element and exports their classes and the core's types.
import './define/i-statement.js';
import './define/stop-timer.js';
import './define/agreement.js';
import './define/reflection-card.js';
import './define/check-in.js';
import './define/jealousy-journal.js';
import './define/active-listening.js';
import './define/repair.js';
import './define/flow.js';

export { TendIStatement } from '../i-statement/i-statement.js';
export { TendStopTimer } from '../stop-timer/stop-timer.js';
export { TendAgreement } from '../agreement/agreement.js';
export { TendReflectionCard } from '../reflection-card/reflection-card.js';
export { TendCheckIn } from '../check-in/check-in.js';
export { TendJealousyJournal } from '../jealousy-journal/jealousy-journal.js';
export { TendActiveListening } from '../active-listening/active-listening.js';
export { TendRepair } from '../repair/repair.js';
export { TendFlow } from '../flow/flow.js';
export * from '../core/index.js';
export type * from './data.js';
// The builder's type, for tools that import every element's type from here; `import 'tend-widgets/builder'` defines it.
export type { TendBuilder } from '../builder/builder.js';
