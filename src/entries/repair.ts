// Generated from src/registry.ts by `npm run registry`. Do not edit.
// `import 'tend-widgets/repair'` defines <tend-repair> and exports its class.
import './define/repair.js';

export { TendRepair } from '../repair/repair.js';
// Its events' types, for TypeScript and for tools that read custom-elements.json (`CustomEvent<TendChangeDetail>`).
export type { TendChangeDetail, TendCompleteDetail, TendStepDetail, TendChangeEvent, TendCompleteEvent, TendStepEvent, TendEventMap } from '../core/events.js';
// The data types travel with every entry (its element's value and events are typed by them).
export type { ExerciseDataMap } from './data.js';
