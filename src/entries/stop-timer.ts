// Generated from src/registry.ts by `npm run registry`. Do not edit.
// `import 'tend-widgets/stop-timer'` defines <tend-stop-timer> and exports its class.
import './define/stop-timer.js';

export { TendStopTimer } from '../stop-timer/stop-timer.js';
// Its events' types, for TypeScript and for tools that read custom-elements.json (`CustomEvent<TendChangeDetail>`).
export type { TendChangeDetail, TendCompleteDetail, TendStepDetail, TendChangeEvent, TendCompleteEvent, TendStepEvent, TendEventMap } from '../core/events.js';
// The data types travel with every entry (its element's value and events are typed by them).
export type { ExerciseDataMap } from './data.js';
