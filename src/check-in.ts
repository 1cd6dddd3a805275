import { TendCheckIn } from './check-in/check-in.js';

export { TendCheckIn };
TendCheckIn.define('tend-check-in');

declare global {
  interface HTMLElementTagNameMap {
    'tend-check-in': TendCheckIn;
  }
}
