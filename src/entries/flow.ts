// Generated from src/registry.ts by `npm run registry`. Do not edit.
// `import 'tend-widgets/flow'` defines <tend-flow> and exports its class.
import './define/flow.js';

export { TendFlow } from '../flow/flow.js';
// The data types travel with every entry (its element's value and events are typed by them).
export type { ExerciseDataMap } from './data.js';
