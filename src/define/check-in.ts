// Registers <tend-check-in>. The only kind of module with a side effect: package.json "sideEffects" lists it.
import { TendCheckIn } from '../check-in/check-in.js';

TendCheckIn.define('tend-check-in');

declare global {
  interface HTMLElementTagNameMap {
    'tend-check-in': TendCheckIn;
  }
}
