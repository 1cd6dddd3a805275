// Registers <tend-i-statement>. The only kind of module with a side effect: package.json "sideEffects" lists it.
import { TendIStatement } from '../i-statement/i-statement.js';

TendIStatement.define('tend-i-statement');

declare global {
  interface HTMLElementTagNameMap {
    'tend-i-statement': TendIStatement;
  }
}
