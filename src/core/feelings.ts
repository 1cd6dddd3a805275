import * as z from 'zod/mini';
import { attributeRule } from './attributes.js';
import { lengthBetween } from './checks.js';

/** Whether feeling words are nouns or adjectives, where a language's sentence depends on it. */
export type FeelingKind = 'noun' | 'adjective';

/** One group of the feelings vocabulary: a visible label and its words. */
export interface FeelingGroup {
  label: string;
  words: string[];
  /** Nouns or adjectives, where a language's sentence depends on it (Spanish: «Siento ansiedad», «Me siento ansiosa»). */
  kind?: FeelingKind;
}

/**
 * The built-in feelings vocabulary, grouped, shared by every widget that names feelings (the
 * I-statement and the check-in). Every word names something felt inside the speaker (none
 * describes what the other person did), so picking any of them never triggers a coaching hint.
 * Locales translate it under the `vocabulary` key of those widgets (see `feelingStrings`).
 */
export const feelingsVocabulary: FeelingGroup[] = [
  { label: 'Sad', words: ['sad', 'disappointed', 'discouraged', 'down', 'heartbroken', 'hopeless', 'low'] },
  { label: 'Anxious', words: ['anxious', 'worried', 'nervous', 'scared', 'uneasy', 'insecure', 'tense'] },
  { label: 'Angry', words: ['angry', 'frustrated', 'irritated', 'annoyed', 'resentful', 'furious'] },
  { label: 'Hurt', words: ['hurt', 'embarrassed', 'ashamed', 'jealous', 'vulnerable', 'sore'] },
  { label: 'Lonely', words: ['lonely', 'disconnected', 'distant', 'alone', 'homesick', 'longing'] },
  { label: 'Overwhelmed', words: ['overwhelmed', 'exhausted', 'stressed', 'tired', 'confused', 'drained'] },
  { label: 'Settled', words: ['calm', 'secure', 'hopeful', 'grateful', 'relieved', 'content', 'close'] },
];

/** The strings a feelings widget spreads into its catalogue: the vocabulary and the group of the page's own words. */
export const feelingStrings = {
  vocabulary: feelingsVocabulary,
  customGroup: 'Your words',
};

/**
 * A comma-separated list (feeling words, names): trimmed, spaces inside collapsed, empty entries
 * dropped, duplicates (ignoring case) kept once.
 */
export function parseWordList(raw: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const part of raw.split(',')) {
    const word = part.replace(/\s+/gu, ' ').trim();
    const key = word.toLocaleLowerCase();
    if (!word || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words;
}

/** The `emotions` attribute: comma-separated feeling words that replace the built-in vocabulary. */
export const emotionsRule = attributeRule<string[] | null>(
  z.pipe(z.pipe(z.string(), z.transform(parseWordList)), z.array(z.string()).check(lengthBetween(1))) as unknown as z.ZodMiniType<
    string[] | null,
    string
  >,
  null,
  'a comma-separated list of feeling words, such as "calm, hurt, hopeful"',
);

/** What a feelings widget reads its words through (its LocalizeController). */
interface FeelingWords {
  t(key: 'customGroup'): string;
  content<T>(key: 'vocabulary'): T;
}

/** The feelings a widget offers: the page's own words (`emotions`) as one group, else the built-in vocabulary in its language. */
export function offeredFeelings(custom: string[] | null, words: FeelingWords): FeelingGroup[] {
  return custom ? [{ label: words.t('customGroup'), words: custom }] : words.content<FeelingGroup[]>('vocabulary');
}

// ——— feelings chosen from the groups and written in the person's own words (the check-in, the jealousy journal) ———

/** Every feeling named: the chosen words, then the person's own (comma-separated), each once. */
export function allFeelings(chosen: readonly string[], own: string): string[] {
  return parseWordList([...chosen, own].join(','));
}

const lower = (word: string) => word.toLocaleLowerCase();

/** Chooses a word, or unchooses it when it is chosen (ignoring case). */
export function toggleWord(chosen: readonly string[], word: string): string[] {
  const key = lower(word);
  return chosen.some((w) => lower(w) === key) ? chosen.filter((w) => lower(w) !== key) : [...chosen, word];
}

function known(vocabulary: readonly FeelingGroup[]): Set<string> {
  return new Set(vocabulary.flatMap((group) => group.words.map(lower)));
}

/** Given feelings split into the vocabulary's words (chosen) and the person's own (written, comma-separated). */
export function splitFeelings(feelings: readonly string[], vocabulary: readonly FeelingGroup[]): { chosen: string[]; own: string } {
  const words = known(vocabulary);
  return { chosen: feelings.filter((word) => words.has(lower(word))), own: feelings.filter((word) => !words.has(lower(word))).join(', ') };
}

/**
 * The groups of words to choose from. Chosen words the vocabulary no longer holds (another language,
 * other `emotions`) stay visible in a group of their own, so they can be unchosen.
 */
export function feelingGroups(vocabulary: readonly FeelingGroup[], chosen: readonly string[], ownLabel: string): readonly FeelingGroup[] {
  const words = known(vocabulary);
  const extra = chosen.filter((word) => !words.has(lower(word)));
  return extra.length ? [...vocabulary, { label: ownLabel, words: extra }] : vocabulary;
}
