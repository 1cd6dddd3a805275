/**
 * Spanish (`lang="es"`, and every `es-*` variant). Load it beside the widgets, as a module
 * (`import 'tend-widgets/locales/es'`) or as a second script tag (`dist/locales/es.js`): it
 * registers itself, and the widgets already on the page switch to Spanish where their language
 * (their own `lang`, or the nearest ancestor's) is Spanish.
 *
 * Written by meaning, in the warm second person (tú), not translated word for word, in neutral
 * Spanish for Spain and Latin America. The feelings vocabulary offers nouns ("Siento ansiedad…"):
 * a noun has no grammatical gender, so the word is right whoever speaks it; a typed adjective
 * ("ansiosa", "ansioso") gets "Me siento" (see es-i-statement.ts).
 */
import { registerLocale } from '../core/localize.js';
import { phoneTextRules } from '../core/phone-text.js';
import { statementLanguage } from '../i-statement/language.js';
import { spanishCore } from './es-core.js';
import { spanishIStatement, spanishLanguage } from './es-i-statement.js';
import { spanishStopTimer } from './es-stop-timer.js';
import { spanishAgreement } from './es-agreement.js';
import { spanishReflectionCard } from './es-reflection-card.js';
import { spanishFlow } from './es-flow.js';
import { spanishCheckIn } from './es-check-in.js';
import { spanishPhoneText } from './es-phone-text.js';

/** The whole Spanish bundle, by namespace (`core` and each exercise id). */
export const es = {
  core: spanishCore,
  'i-statement': spanishIStatement,
  'stop-timer': spanishStopTimer,
  agreement: spanishAgreement,
  'reflection-card': spanishReflectionCard,
  flow: spanishFlow,
  'check-in': spanishCheckIn,
};

registerLocale('es', { ...es, ...statementLanguage(spanishLanguage), ...phoneTextRules(spanishPhoneText) });
