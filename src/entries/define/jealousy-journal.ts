// Generated from src/registry.ts by `npm run registry`. Do not edit.
import { TendJealousyJournal } from '../../jealousy-journal/jealousy-journal.js';

TendJealousyJournal.define('tend-jealousy-journal');

declare global {
  interface HTMLElementTagNameMap {
    'tend-jealousy-journal': TendJealousyJournal;
  }
}
