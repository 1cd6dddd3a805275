import { TendFlow } from './flow/flow.js';

export { TendFlow };
TendFlow.define('tend-flow');

declare global {
  interface HTMLElementTagNameMap {
    'tend-flow': TendFlow;
  }
}
