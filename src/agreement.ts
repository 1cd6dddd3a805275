// Generated from src/registry.ts by `npm run registry`. Do not edit.
// `import 'tend-widgets/agreement'` defines <tend-agreement> and exports its class.
import './define/agreement.js';

export { TendAgreement } from './agreement/agreement.js';
