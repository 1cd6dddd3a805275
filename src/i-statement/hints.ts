import { fold } from '../core/phone-text.js';
import { cleanPart, englishRules, type CompositionRules, type StatementField, type StatementParts } from './compose.js';

/** The coaching hints, by the key of their string. */
export type HintKey = 'hintEmotionThought' | 'hintEmotionAccusation' | 'hintSituationAbsolute' | 'hintSituationMakeMe' | 'hintNeedCharacter';

/** One coaching hint: the field it is about, its string key and the words that triggered it. */
export interface CoachingHint {
  field: StatementField;
  key: HintKey;
  /** The words found, as typed (lower case, spacing collapsed), for the message (e.g. "ignored", "always"). */
  word: string;
}

/**
 * One language's coaching patterns, each tested on the field tidied by that language's rules (lead-in
 * dropped, asks reworded) and folded (lower case, no accents: patterns are written so). A pattern's
 * first group, when it has one, is the word the hint names.
 */
export interface HintPatterns {
  /** The feeling is really a thought ("I feel that you…", «siento que…»). */
  thought: RegExp;
  /** The feeling names what the other person did ("ignored", «ignorada»). */
  accusation: RegExp;
  /** The situation says "always" or "never". */
  absolute: RegExp;
  /** The situation puts the feeling in their hands ("you make me feel", «me haces sentir»). */
  makeMe: RegExp;
  /** The need asks them to be someone else rather than to do something. */
  character: readonly RegExp[];
}

/**
 * A pattern matching any of `words` (folded) as whole words, spaces inside matching any spacing,
 * longest first, as group 1; `extra` is one more alternative, a pattern of its own.
 */
export function wordsPattern(words: readonly string[], extra?: string): RegExp {
  const alternatives = [...words]
    .map(fold)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  if (extra) alternatives.push(extra);
  return new RegExp(`(?<![\\p{L}'’-])(${alternatives.join('|')})(?![\\p{L}'’-])`, 'u');
}

/**
 * Words that sound like feelings but describe what the other person did ("faux feelings").
 * Words of abuse ("abused", "bullied", "coerced") are not here: the safety detector answers them.
 * "used" is, but not "used to".
 */
export const accusationWords = [
  'abandoned', 'attacked', 'belittled', 'betrayed', 'blamed', 'cheated', 'cheated on',
  'controlled', 'cornered', 'criticised', 'criticized', 'disrespected', 'dismissed', 'gaslit',
  'gaslighted', 'guilt-tripped', 'ignored', 'insulted', 'interrupted', 'intimidated', 'invalidated', 'invisible',
  'judged', 'let down', 'lied to', 'manipulated', 'misunderstood', 'neglected', 'overlooked', 'patronised',
  'patronized', 'pressured', 'provoked', 'put down', 'rejected', 'smothered', 'taken for granted',
  'talked down to', 'unappreciated', 'unheard', 'unloved', 'unseen', 'unsupported', 'unwanted',
  'victimised', 'victimized', 'walked all over', 'wronged',
];

/** Traits a need may ask the other person to have ("you to be more considerate"). Honesty and respect are needs, not traits. */
const characterTraits =
  'more|less|a\\s+better|better|nicer|kinder|different|someone|somebody|the\\s+kind\\s+of|considerate|respectful|supportive|caring|thoughtful|responsible|mature|reasonable|nice|kind|loving|understanding|patient|grown[\\s-]up|less\\s+selfish|selfless';

/** Words after "you make me" that are a feeling or a state ("you make me feel…", "…cry", "…so angry"). */
const madeToFeel =
  'feel|feeling|cry|so|really|very|too|mad|crazy|angry|sad|upset|anxious|nervous|jealous|small|stupid|insecure|furious|hurt|lonely|scared|worried|miserable|\\p{L}+(?:ed|ous|ful|less|ive)';

export const englishHints: HintPatterns = {
  // "I feel that you…", "I feel like nobody…", "I feel you…", "It's not fair": a thought. "Like crap", "like crying": a feeling.
  thought:
    /^(?:(?:that|like|as\s+if|as\s+though)\s+(?:i|i['’]m|you|you['’]re|he|she|they|we|it|nobody|no\s+one|everyone|everybody|someone|my|your|his|her|their|our|this|there|people)(?![\p{L}'’])|(?:you|he|she|they|it['’]?s|your)(?![\p{L}'’]))/u,
  accusation: wordsPattern(accusationWords, "used(?!\\s+to(?![\\p{L}'’]))"),
  absolute: /(?<![\p{L}'’])(always|never|constantly|every\s+single\s+time|all\s+the\s+time)(?![\p{L}'’])/u,
  makeMe: new RegExp(
    `(?<![\\p{L}'’])(you\\s+(?:always\\s+|never\\s+|really\\s+)?(?:make|made|makes|making)\\s+me|you['’]?re\\s+making\\s+me)(?=\\s+(?:${madeToFeel})(?![\\p{L}'’]))`,
    'u',
  ),
  character: [
    new RegExp(`(?<![\\p{L}'’])you\\s+to\\s+(?:just\\s+)?(?:be|become|act|start\\s+being|try\\s+to\\s+be)\\s+(?:${characterTraits})(?![\\p{L}'’])`, 'u'),
    /(?<![\p{L}'’])(?:stop|quit)\s+being(?![\p{L}'’])/u,
    /(?<![\p{L}'’])you\s+to\s+(?:just\s+)?(?:change|grow\s+up)(?:\s+(?:already|for\s+once))?$/u,
  ],
};

/** The words `pattern` finds in `text` (folded), as typed: its first group, or the whole match. */
function find(pattern: RegExp, text: string): string | undefined {
  const match = pattern.exec(fold(text));
  if (!match) return undefined;
  const found = match[1] ?? match[0];
  const at = match.index + (match[1] === undefined ? 0 : match[0].indexOf(found));
  return text.slice(at, at + found.length).replace(/\s+/gu, ' ').toLocaleLowerCase();
}

/**
 * Gentle coaching for an I-statement, never blocking: finds when the feeling is really a thought
 * or names what the other person did, when the situation says "always"/"never" or "you make me
 * feel", and when the need asks the other person to be someone else rather than to do something.
 * English patterns and rules unless a language's are given.
 */
export function detectHints(parts: StatementParts, patterns: HintPatterns = englishHints, rules: CompositionRules = englishRules): CoachingHint[] {
  const hints: CoachingHint[] = [];
  const [emotion, situation, need] = (['emotion', 'situation', 'need'] as const).map((field) => cleanPart(field, parts[field], { rules }));
  const add = (field: StatementField, key: HintKey, word: string | undefined) => word !== undefined && hints.push({ field, key, word });

  const thought = find(patterns.thought, emotion!);
  add('emotion', 'hintEmotionThought', thought);
  if (thought === undefined) add('emotion', 'hintEmotionAccusation', find(patterns.accusation, emotion!));
  add('situation', 'hintSituationAbsolute', find(patterns.absolute, situation!));
  add('situation', 'hintSituationMakeMe', find(patterns.makeMe, situation!));
  add('need', 'hintNeedCharacter', patterns.character.map((pattern) => find(pattern, need!)).find((word) => word !== undefined));
  return hints;
}
