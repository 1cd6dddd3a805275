// Registers <tend-reflection-card>. The only kind of module with a side effect: package.json "sideEffects" lists it.
import { TendReflectionCard } from '../reflection-card/reflection-card.js';

TendReflectionCard.define('tend-reflection-card');

declare global {
  interface HTMLElementTagNameMap {
    'tend-reflection-card': TendReflectionCard;
  }
}
