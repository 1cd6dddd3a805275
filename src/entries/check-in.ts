// Generated from src/registry.ts by `npm run registry`. Do not edit.
// `import 'tend-widgets/check-in'` defines <tend-check-in> and exports its class.
import './define/check-in.js';

export { TendCheckIn } from '../check-in/check-in.js';
// The data types travel with every entry (its element's value and events are typed by them).
export type { ExerciseDataMap } from './data.js';
