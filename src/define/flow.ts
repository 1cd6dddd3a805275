// Registers <tend-flow>. The only kind of module with a side effect: package.json "sideEffects" lists it.
import { TendFlow } from '../flow/flow.js';

TendFlow.define('tend-flow');

declare global {
  interface HTMLElementTagNameMap {
    'tend-flow': TendFlow;
  }
}
