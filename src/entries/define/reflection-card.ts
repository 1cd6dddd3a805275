// Generated from src/registry.ts by `npm run registry`. Do not edit.
import { TendReflectionCard } from '../../reflection-card/reflection-card.js';

TendReflectionCard.define('tend-reflection-card');

declare global {
  interface HTMLElementTagNameMap {
    'tend-reflection-card': TendReflectionCard;
  }
}
