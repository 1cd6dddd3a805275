// Registers <tend-agreement>. The only kind of module with a side effect: package.json "sideEffects" lists it.
import { TendAgreement } from '../agreement/agreement.js';

TendAgreement.define('tend-agreement');

declare global {
  interface HTMLElementTagNameMap {
    'tend-agreement': TendAgreement;
  }
}
