import { lookup, type LocaleBundle } from '../core/localize.js';
import { englishRules, plainRules, type CompositionRules } from './compose.js';
import { englishHints, type HintPatterns } from './hints.js';

/**
 * What the I-statement knows of one language beyond its strings: how to tidy and compose the
 * sentence, and (only if the language declares them) the coaching hints' patterns. English ships
 * with the widget; a locale module adds its own language to its bundle with `statementLanguage()`,
 * so a page without that locale never carries its rules.
 */
export interface StatementLanguage {
  composition: CompositionRules;
  /** Absent: this language has no coaching hints, and none are shown. */
  hints?: HintPatterns;
}

// A namespace of the locale registry (shared by every copy of the library on the page, like the strings).
const NAMESPACE = 'i-statement:language';

export const englishLanguage: StatementLanguage = { composition: englishRules, hints: englishHints };

/** A language registered without rules: spacing tidied only, no hints. */
export const plainLanguage: StatementLanguage = { composition: plainRules };

/** The part of a locale bundle that registers a language's rules with it. */
export function statementLanguage(language: StatementLanguage): LocaleBundle {
  return { [NAMESPACE]: { language } };
}

/** The rules for `lang` (`es-MX` falls back to `es`): English for English, plain for a language that registered none. */
export function languageFor(lang: string): StatementLanguage {
  const found = lookup(lang, NAMESPACE, 'language') as StatementLanguage | undefined;
  if (found) return found;
  return /^en(?:-|$)/i.test(lang) ? englishLanguage : plainLanguage;
}
