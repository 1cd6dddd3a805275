// Generated from src/registry.ts by `npm run registry`. Do not edit.
// `import 'tend-widgets/reflection-card'` defines <tend-reflection-card> and exports its class.
import './define/reflection-card.js';

export { TendReflectionCard } from '../reflection-card/reflection-card.js';
// The data types travel with every entry (its element's value and events are typed by them).
export type { ExerciseDataMap } from './data.js';
