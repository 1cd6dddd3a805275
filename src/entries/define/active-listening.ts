// Generated from src/registry.ts by `npm run registry`. Do not edit.
import { TendActiveListening } from '../../active-listening/active-listening.js';

TendActiveListening.define('tend-active-listening');

declare global {
  interface HTMLElementTagNameMap {
    'tend-active-listening': TendActiveListening;
  }
}
