// Generated from src/registry.ts by `npm run registry`. Do not edit.
import { TendAgreement } from '../../agreement/agreement.js';

TendAgreement.define('tend-agreement');

declare global {
  interface HTMLElementTagNameMap {
    'tend-agreement': TendAgreement;
  }
}
