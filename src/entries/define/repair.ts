// Generated from src/registry.ts by `npm run registry`. Do not edit.
import { TendRepair } from '../../repair/repair.js';

TendRepair.define('tend-repair');

declare global {
  interface HTMLElementTagNameMap {
    'tend-repair': TendRepair;
  }
}
