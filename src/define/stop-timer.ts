// Registers <tend-stop-timer>. The only kind of module with a side effect: package.json "sideEffects" lists it.
import { TendStopTimer } from '../stop-timer/stop-timer.js';

TendStopTimer.define('tend-stop-timer');

declare global {
  interface HTMLElementTagNameMap {
    'tend-stop-timer': TendStopTimer;
  }
}
