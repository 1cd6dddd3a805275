import { cleanPart, englishRules, type CompositionRules, type StatementField, type StatementParts } from './compose.js';

/** The coaching hints, by the key of their string. */
export type HintKey = 'hintEmotionThought' | 'hintEmotionAccusation' | 'hintSituationAbsolute' | 'hintSituationMakeMe' | 'hintNeedCharacter';

/** One coaching hint: the field it is about, its string key and the words that triggered it. */
export interface CoachingHint {
  field: StatementField;
  key: HintKey;
  /** The words found, for the message (e.g. "ignored", "always"). */
  word: string;
}

/**
 * One language's coaching patterns, each tested on the field tidied by that language's rules (lead-in
 * dropped). A pattern's first group, when it has one, is the word the hint names.
 */
export interface HintPatterns {
  /** The feeling is really a thought or a judgement ("I feel that you…", «siento que…»). */
  thought: RegExp;
  /** The feeling names what the other person did ("ignored", «ignorada»). */
  accusation: RegExp;
  /** The situation says "always" or "never". */
  absolute: RegExp;
  /** The situation puts the feeling in their hands ("you make me", «me haces sentir»). */
  makeMe: RegExp;
  /** The need asks them to be someone else rather than to do something. */
  character: readonly RegExp[];
}

/** A pattern matching any of `words` as whole words (spaces inside match any spacing), longest first, as group 1. */
export function wordsPattern(words: readonly string[]): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
  return new RegExp(`(?<![\\p{L}'’-])(${alternatives})(?![\\p{L}'’-])`, 'iu');
}

/**
 * Words that sound like feelings but describe what the other person did ("faux feelings").
 * Words of abuse ("abused", "bullied", "coerced") are not here: the safety detector answers them.
 */
export const accusationWords = [
  'abandoned', 'attacked', 'belittled', 'betrayed', 'blamed', 'cheated', 'cheated on',
  'controlled', 'cornered', 'criticised', 'criticized', 'disrespected', 'dismissed', 'gaslit',
  'gaslighted', 'guilt-tripped', 'ignored', 'insulted', 'interrupted', 'intimidated', 'invalidated', 'invisible',
  'judged', 'let down', 'lied to', 'manipulated', 'misunderstood', 'neglected', 'overlooked', 'patronised',
  'patronized', 'pressured', 'provoked', 'put down', 'rejected', 'smothered', 'taken for granted',
  'talked down to', 'unappreciated', 'unheard', 'unloved', 'unseen', 'unsupported', 'unwanted', 'used',
  'victimised', 'victimized', 'walked all over', 'wronged',
];

const characterTraits =
  'more|less|a\\s+better|better|nicer|kinder|different|someone|somebody|the\\s+kind\\s+of|considerate|respectful|supportive|caring|honest|thoughtful|responsible|mature|reasonable|nice|kind|loving|understanding|patient|grown[\\s-]up|less\\s+selfish|selfless';

export const englishHints: HintPatterns = {
  // "I feel that you…", "I feel like…", "I feel you…".
  thought: /^(?:that|like|as\s+if|as\s+though|you|he|she|they|it['’]s|your)(?![\p{L}'’])/iu,
  accusation: wordsPattern(accusationWords),
  absolute: /(?<![\p{L}'’])(always|never|constantly|every\s+single\s+time|all\s+the\s+time)(?![\p{L}'’])/iu,
  makeMe: /(?<![\p{L}'’])(you\s+(?:always\s+|never\s+)?(?:make|made|makes|making)\s+me|you['’]re\s+making\s+me)(?![\p{L}'’])/iu,
  character: [
    new RegExp(`(?<![\\p{L}'’])you\\s+to\\s+(?:just\\s+)?(?:be|become|act|start\\s+being|try\\s+to\\s+be)\\s+(?:${characterTraits})(?![\\p{L}'’])`, 'iu'),
    /(?<![\p{L}'’])(?:stop|quit)\s+being(?![\p{L}'’])/iu,
    /(?<![\p{L}'’])you\s+to\s+(?:just\s+)?(?:care|change|grow\s+up)(?:\s+(?:more|about\s+(?:me|us|my\s+feelings|how\s+I\s+feel)|for\s+me|for\s+once))?$/iu,
    /(?<![\p{L}'’])you\s+to\s+(?:just\s+)?(?:respect|love|appreciate|value|understand)\s+me(?:\s+(?:more|for\s+once))?$/iu,
  ],
};

/**
 * Gentle coaching for an I-statement, never blocking: finds when the feeling is really a thought
 * or an accusation, when the situation says "always"/"never" or "you make me", and when the need
 * asks the other person to be someone else rather than to do something. English patterns and
 * rules unless a language's are given.
 */
export function detectHints(parts: StatementParts, patterns: HintPatterns = englishHints, rules: CompositionRules = englishRules): CoachingHint[] {
  const hints: CoachingHint[] = [];
  const emotion = cleanPart('emotion', parts.emotion, { rules });
  const situation = cleanPart('situation', parts.situation, { rules });
  const need = cleanPart('need', parts.need, { rules });
  const found = (match: RegExpExecArray) => normalise(match[1] ?? match[0]);

  const thoughtMatch = patterns.thought.exec(emotion);
  const accusationMatch = patterns.accusation.exec(emotion);
  if (thoughtMatch) hints.push({ field: 'emotion', key: 'hintEmotionThought', word: thoughtMatch[0] });
  else if (accusationMatch) hints.push({ field: 'emotion', key: 'hintEmotionAccusation', word: found(accusationMatch) });

  const absoluteMatch = patterns.absolute.exec(situation);
  if (absoluteMatch) hints.push({ field: 'situation', key: 'hintSituationAbsolute', word: found(absoluteMatch) });
  const makeMeMatch = patterns.makeMe.exec(situation);
  if (makeMeMatch) hints.push({ field: 'situation', key: 'hintSituationMakeMe', word: found(makeMeMatch) });

  for (const pattern of patterns.character) {
    const match = pattern.exec(need);
    if (match) {
      hints.push({ field: 'need', key: 'hintNeedCharacter', word: normalise(match[0]) });
      break;
    }
  }
  return hints;
}

function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ').toLocaleLowerCase();
}
