// Generated from src/registry.ts by `npm run registry`. Do not edit.
// `import 'tend-widgets/agreement'` defines <tend-agreement> and exports its class.
import './define/agreement.js';

export { TendAgreement } from '../agreement/agreement.js';
// The data types travel with every entry (its element's value and events are typed by them).
export type { ExerciseDataMap } from './data.js';
