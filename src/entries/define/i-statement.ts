// Generated from src/registry.ts by `npm run registry`. Do not edit.
import { TendIStatement } from '../../i-statement/i-statement.js';

TendIStatement.define('tend-i-statement');

declare global {
  interface HTMLElementTagNameMap {
    'tend-i-statement': TendIStatement;
  }
}
