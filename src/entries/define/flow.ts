// Generated from src/registry.ts by `npm run registry`. Do not edit.
import { TendFlow } from '../../flow/flow.js';

TendFlow.define('tend-flow');

declare global {
  interface HTMLElementTagNameMap {
    'tend-flow': TendFlow;
  }
}
