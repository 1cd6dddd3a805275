// Generated from src/registry.ts by `npm run registry`. Do not edit.
// `import 'tend-widgets/stop-timer'` defines <tend-stop-timer> and exports its class.
import './define/stop-timer.js';

export { TendStopTimer } from '../stop-timer/stop-timer.js';
// The data types travel with every entry (its element's value and events are typed by them).
export type { ExerciseDataMap } from './data.js';
