/**
 * The active listening's coaching hints, where the source gives a rule (seed 001, "Active Listening Skills"):
 * a reflection mirrors before responding, so one that argues back ("but you…", "that's not true") gets a
 * hint; a clarifying question asks instead of assuming, so one that accuses ("why do you always…") gets one;
 * a validation holds "even if you disagree", so one that turns into "but" gets one. Tables of phrases in
 * folded words (see ../repair/matching.ts), at most one hint per field; none after words of danger.
 */
import { lookup, type LocaleBundle } from '../core/localize.js';
import { findHints, wordRule, type FoundHint, type HintRule } from '../repair/matching.js';

export type ListeningHintKey = 'hintArguing' | 'hintAccusingQuestion' | 'hintValidationBut';
export type ListeningHintField = 'reflection' | 'question' | 'validation';
export type ListeningHint = FoundHint<ListeningHintKey, ListeningHintField>;
export type ListeningHintRules = readonly HintRule<ListeningHintKey, ListeningHintField>[];

const you = '(?:you|u)';

export const englishListeningHints: ListeningHintRules = [
  {
    // In a reflection "I" is the listener and "you" the speaker: "but I was…", "but you also…" answer back.
    key: 'hintArguing',
    fields: ['reflection'],
    pattern: wordRule(
      [
        // Only where "but I…" justifies: a faithful mirror of "…but you never call" is "…but I never call".
        "but\\s+i(?:'m|\\s+am|\\s+was)\\s+(?:only\\s+|just\\s+)?(?:busy|tired|working|joking|kidding|trying|exhausted|stressed|driving)",
        "but\\s+i\\s+(?:thought|think|feel|felt)\\s+(?:that|like|you|it)",
        "but\\s+i\\s+(?:didn'?t|did\\s+not|never)\\s+mean|but\\s+i\\s+(?:told|warned)\\s+you|but\\s+i\\s+had\\s+(?:no|to)",
        'but\\s+i\\s+(?:did|do)\\s+(?:ask|call|text|try|help|say)',
        'but\\s+i\\s+only\\s+(?:wanted|meant|said|asked)',
        `but\\s+${you}(?:'re|\\s+are|\\s+were)?\\s+(?:also|too|the\\s+one|always|never)`,
        `but\\s+${you}\\s+(?:did|do|didn'?t|don'?t|started|said|forgot|knew|yelled|left)`,
        // "…but you were on your phone too": the listener's own account, ending in "too".
        `but\\s+${you}\\s[^.,;!?]*\\s(?:too|as\\s+well)(?=[\\s.!?]*$)`,
        "(?:that'?s|that\\s+is|it'?s|it\\s+is)\\s+not\\s+(?:true|fair|what\\s+happened|how\\s+it\\s+happened|right)",
        `(?:${you}'?re|${you}\\s+are)\\s+(?:wrong|exaggerating|overreacting|being\\s+dramatic|too\\s+sensitive)`,
        `what\\s+about\\s+(?:when\\s+)?${you}`,
        `${you}\\s+(?:did|do)\\s+(?:it|that|the\\s+same)\\s+too`,
        'to\\s+be\\s+fair|in\\s+my\\s+defen[cs]e|yeah\\s+right|whatever',
      ].join('|'),
    ),
  },
  {
    key: 'hintAccusingQuestion',
    fields: ['question'],
    pattern: wordRule(
      [
        `why\\s+(?:do|did|does|would|will|are|were|is)\\s+${you}\\s+(?:always|never|ever|even|keep|have\\s+to|insist|refuse|so|being\\s+so)`,
        `why\\s+(?:can'?t|cant|won'?t|wont|don'?t|dont|didn'?t|didnt|couldn'?t|wouldn'?t)\\s+${you}(?!\\s+(?:feel|think|want|like|say\\s+how))`,
        `how\\s+could\\s+${you}`,
        `what'?s\\s+wrong\\s+with\\s+${you}|what\\s+is\\s+wrong\\s+with\\s+${you}`,
        `do\\s+${you}\\s+even`,
        `(?:don'?t|dont)\\s+${you}\\s+(?:care|think|see|know|get\\s+it|reali[sz]e)`,
        `are\\s+${you}\\s+(?:serious|seriously|kidding|joking|crazy)`,
        `what\\s+were\\s+${you}\\s+thinking`,
        `who\\s+does\\s+that|can'?t\\s+${you}\\s+just`,
      ].join('|'),
    ),
  },
  {
    key: 'hintValidationBut',
    fields: ['validation'],
    pattern: wordRule('(but)(?!\\s+also)|(however|although|though|that\\s+said|having\\s+said\\s+that)'),
  },
];

/** The hints for a round's words as typed (English rules unless a language's are given). */
export function listeningHints(texts: Partial<Record<ListeningHintField, string>>, rules: ListeningHintRules = englishListeningHints): ListeningHint[] {
  return findHints(rules, texts);
}

// A namespace of the locale registry (shared by every copy of the library on the page, like the strings).
const NAMESPACE = 'active-listening:hints';

/** The part of a locale bundle that registers a language's hint rules with it (see src/locales/es/active-listening.ts). */
export function listeningHintLanguage(rules: ListeningHintRules): LocaleBundle {
  return { [NAMESPACE]: { rules } };
}

/** The rules for `lang` (`es-MX` falls back to `es`): English for English; none (no hints) for a language that registered none. */
export function hintRulesFor(lang: string): ListeningHintRules {
  const found = lookup(lang, NAMESPACE, 'rules') as ListeningHintRules | undefined;
  if (found) return found;
  return /^en(?:-|$)/i.test(lang) ? englishListeningHints : [];
}
