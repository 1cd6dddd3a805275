// Generated from src/locales/ by `npm run registry`. Do not edit.
// The builder offers every language: each locale, and the builder's own words in it.
import { registerLocale } from '../core/localize.js';
import './locales/es.js';
import { strings as es } from '../locales/es/builder.js';

registerLocale('es', { builder: es });
