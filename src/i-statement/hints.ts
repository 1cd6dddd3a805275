import { cleanPart, type StatementField, type StatementParts } from './compose.js';

/** The coaching hints, by the key of their string. */
export type HintKey = 'hintEmotionThought' | 'hintEmotionAccusation' | 'hintSituationAbsolute' | 'hintSituationMakeMe' | 'hintNeedCharacter';

/** One coaching hint: the field it is about, its string key and the words that triggered it. */
export interface CoachingHint {
  field: StatementField;
  key: HintKey;
  /** The words found, for the message (e.g. "ignored", "always"). */
  word: string;
}

/** "I feel that you…", "I feel like…", "I feel you…": a thought or a judgement, not a feeling. */
const thought = /^(?:that|like|as\s+if|as\s+though|you|he|she|they|it['’]s|your)(?![\p{L}'’])/iu;

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

const accusation = new RegExp(
  `(?<![\\p{L}'’-])(${[...accusationWords]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}'’-])`,
  'iu',
);

const absolute = /(?<![\p{L}'’])(always|never|constantly|every\s+single\s+time|all\s+the\s+time)(?![\p{L}'’])/iu;

const makeMe = /(?<![\p{L}'’])(you\s+(?:always\s+|never\s+)?(?:make|made|makes|making)\s+me|you['’]re\s+making\s+me)(?![\p{L}'’])/iu;

const characterTraits =
  'more|less|a\\s+better|better|nicer|kinder|different|someone|somebody|the\\s+kind\\s+of|considerate|respectful|supportive|caring|honest|thoughtful|responsible|mature|reasonable|nice|kind|loving|understanding|patient|grown[\\s-]up|less\\s+selfish|selfless';

const character = [
  new RegExp(`(?<![\\p{L}'’])you\\s+to\\s+(?:just\\s+)?(?:be|become|act|start\\s+being|try\\s+to\\s+be)\\s+(?:${characterTraits})(?![\\p{L}'’])`, 'iu'),
  /(?<![\p{L}'’])(?:stop|quit)\s+being(?![\p{L}'’])/iu,
  /(?<![\p{L}'’])you\s+to\s+(?:just\s+)?(?:care|change|grow\s+up)(?:\s+(?:more|about\s+(?:me|us|my\s+feelings|how\s+I\s+feel)|for\s+me|for\s+once))?$/iu,
  /(?<![\p{L}'’])you\s+to\s+(?:just\s+)?(?:respect|love|appreciate|value|understand)\s+me(?:\s+(?:more|for\s+once))?$/iu,
];

/**
 * Gentle coaching for an I-statement, never blocking: finds when the feeling is really a thought
 * or an accusation, when the situation says "always"/"never" or "you make me", and when the need
 * asks the other person to be someone else rather than to do something. English wording only.
 */
export function detectHints(parts: StatementParts): CoachingHint[] {
  const hints: CoachingHint[] = [];
  const emotion = cleanPart('emotion', parts.emotion);
  const situation = cleanPart('situation', parts.situation);
  const need = cleanPart('need', parts.need);

  const thoughtMatch = thought.exec(emotion);
  const accusationMatch = accusation.exec(emotion);
  if (thoughtMatch) hints.push({ field: 'emotion', key: 'hintEmotionThought', word: thoughtMatch[0] });
  else if (accusationMatch) hints.push({ field: 'emotion', key: 'hintEmotionAccusation', word: normalise(accusationMatch[1]!) });

  const absoluteMatch = absolute.exec(situation);
  if (absoluteMatch) hints.push({ field: 'situation', key: 'hintSituationAbsolute', word: normalise(absoluteMatch[1]!) });
  const makeMeMatch = makeMe.exec(situation);
  if (makeMeMatch) hints.push({ field: 'situation', key: 'hintSituationMakeMe', word: normalise(makeMeMatch[1]!) });

  for (const pattern of character) {
    const match = pattern.exec(need);
    if (match) {
      hints.push({ field: 'need', key: 'hintNeedCharacter', word: normalise(match[0]) });
      break;
    }
  }
  return hints;
}

function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ').toLowerCase();
}
