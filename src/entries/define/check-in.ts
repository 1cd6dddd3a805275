// Generated from src/registry.ts by `npm run registry`. Do not edit.
import { TendCheckIn } from '../../check-in/check-in.js';

TendCheckIn.define('tend-check-in');

declare global {
  interface HTMLElementTagNameMap {
    'tend-check-in': TendCheckIn;
  }
}
