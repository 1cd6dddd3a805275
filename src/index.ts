// Generated from src/registry.ts by `npm run registry`. Do not edit.
// `import 'tend-widgets'` defines every exercise element and exports their classes and the core's types.
export { TendIStatement } from './i-statement.js';
export { TendStopTimer } from './stop-timer.js';
export { TendAgreement } from './agreement.js';
export { TendReflectionCard } from './reflection-card.js';
export * from './core/index.js';
