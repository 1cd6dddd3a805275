// Generated from src/registry.ts by `npm run registry`. Do not edit.
/** Each element's tag and the import that defines it. */
export const loaders: Readonly<Record<string, () => Promise<unknown>>> = {
  'tend-i-statement': () => import('./i-statement.js'),
  'tend-stop-timer': () => import('./stop-timer.js'),
  'tend-agreement': () => import('./agreement.js'),
  'tend-reflection-card': () => import('./reflection-card.js'),
  'tend-check-in': () => import('./check-in.js'),
  'tend-jealousy-journal': () => import('./jealousy-journal.js'),
  'tend-active-listening': () => import('./active-listening.js'),
  'tend-repair': () => import('./repair.js'),
  'tend-flow': () => import('./flow.js'),
};
