// Generated from src/registry.ts by `npm run registry`. Do not edit.
import { TendStopTimer } from '../../stop-timer/stop-timer.js';

TendStopTimer.define('tend-stop-timer');

declare global {
  interface HTMLElementTagNameMap {
    'tend-stop-timer': TendStopTimer;
  }
}
