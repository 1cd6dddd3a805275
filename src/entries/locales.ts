// Generated from src/locales/ by `npm run registry`. Do not edit.
import { es } from './locales/es.js';

/** Each language's catalogues by namespace. */
export const locales: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>> = {
  es: es,
};
