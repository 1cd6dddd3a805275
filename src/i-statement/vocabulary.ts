import type { FeelingKind } from './compose.js';

/** One group of the feelings vocabulary: a visible label and its words. */
export interface FeelingGroup {
  label: string;
  words: string[];
  /** Whether the words are nouns or adjectives, where a language's sentence depends on it (Spanish: «Siento ansiedad», «Me siento ansiosa»). */
  kind?: FeelingKind;
}

/**
 * The built-in feelings vocabulary, grouped. Every word names something felt inside the speaker
 * (none describes what the other person did), so picking any of them never triggers a coaching hint.
 * Locales translate it under the `vocabulary` key.
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

/**
 * Parses the `emotions` attribute: comma-separated words, trimmed, spaces inside collapsed,
 * empty entries dropped, duplicates (ignoring case) kept once.
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

/** A group whose words or label match the query, with each word's place in the flat list of shown options. */
export interface FilteredGroup {
  label: string;
  options: { word: string; index: number }[];
}

/**
 * The groups and words to show for what the person has typed: everything when the query is empty
 * or is exactly one of the words (so the list can be browsed again after a pick); otherwise the
 * words containing the query, and whole groups whose label contains it.
 */
export function filterVocabulary(groups: readonly FeelingGroup[], query: string): FilteredGroup[] {
  const q = query.replace(/\s+/gu, ' ').trim().toLocaleLowerCase();
  const exact = groups.some((g) => g.words.some((w) => w.toLocaleLowerCase() === q));
  const result: FilteredGroup[] = [];
  let index = 0;
  for (const group of groups) {
    const labelMatches = !q || exact || group.label.toLocaleLowerCase().includes(q);
    const words = labelMatches ? group.words : group.words.filter((w) => w.toLocaleLowerCase().includes(q));
    if (!words.length) continue;
    result.push({ label: group.label, options: words.map((word) => ({ word, index: index++ })) });
  }
  return result;
}
