import { lookup, type LocaleBundle } from '../core/localize.js';
import { englishRepairRules, type RepairRules } from './compose.js';
import { englishRepairHints, type RepairHintRules } from './hints.js';

/**
 * What the repair knows of one language beyond its strings: how its composed text reads the person's words
 * (lead-ins, the forms of the apology and the plan) and, if the language declares them, its coaching hints.
 * English ships with the element; a locale part registers its own (`src/locales/es/repair.ts` exports
 * `bundle = repairLanguage(…)`), so a page without that locale never carries its rules.
 */
export interface RepairLanguage {
  rules: RepairRules;
  /** Absent: this language has no coaching hints, and none are shown (English patterns never judge another language). */
  hints?: RepairHintRules;
}

// A namespace of the locale registry (shared by every copy of the library on the page, like the strings).
const NAMESPACE = 'repair:language';

export const englishLanguage: RepairLanguage = { rules: englishRepairRules, hints: englishRepairHints };

/**
 * A language registered without rules: its words go into its templates as typed (spacing tidied), no lead-in
 * is dropped, the apology follows a comma and the plan its own words; no hints.
 */
export const plainLanguage: RepairLanguage = {
  rules: { leadIns: {}, apologyForms: [], apologyDefault: 'comma', planForms: [], planDefault: 'as', templates: englishRepairRules.templates },
};

/** The part of a locale bundle that registers a language's repair rules with it. */
export function repairLanguage(language: RepairLanguage): LocaleBundle {
  return { [NAMESPACE]: { language } };
}

/** The rules for `lang` (`es-MX` falls back to `es`): English for English, plain for a language that registered none. */
export function repairLanguageFor(lang: string): RepairLanguage {
  const found = lookup(lang, NAMESPACE, 'language') as RepairLanguage | undefined;
  if (found) return found;
  return /^en(?:-|$)/i.test(lang) ? englishLanguage : plainLanguage;
}
