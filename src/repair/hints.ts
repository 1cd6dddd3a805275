/**
 * The repair's coaching hints, as tables a reviewer can read: each rule names its string, the fields it
 * reads and the phrases that raise it, written in folded words (lower case, no accents, straight
 * apostrophes: see matching.ts), so "SORRY IF", "sorry if" and "Sorry if" are one phrase. Gentle and never
 * blocking; at most one hint per field, the first rule of the table that fires. The element shows none
 * after words of danger (the core's safety watch answers those). Seed 001, "The Repair Process": "Take
 * responsibility for your part without deflecting", "Express genuine remorse (not just 'I'm sorry you
 * feel that way')", "Make specific plans to handle similar situations differently".
 */
import { findHints, wordRule, type FoundHint, type HintRule } from './matching.js';

export type RepairHintKey = 'hintNonApology' | 'hintDeflecting' | 'hintApologyBut' | 'hintVaguePlan';
export type RepairHintField = 'part' | 'impact' | 'apology' | 'plan';
export type RepairHint = FoundHint<RepairHintKey, RepairHintField>;
export type RepairHintRules = readonly HintRule<RepairHintKey, RepairHintField>[];

/**
 * Held back when the plan says what, besides the vague words: a word that is neither one of `vague`'s
 * phrases nor one of `filler` ("try harder to call you when I'm late" says what; "I'll try harder" does not).
 */
export function saysWhat(vague: RegExp, filler: ReadonlySet<string>): (folded: string) => boolean {
  const everywhere = new RegExp(vague.source, 'gu');
  return (folded) =>
    folded
      .replace(everywhere, ' ')
      .split(/[^\p{L}\p{N}']+/u)
      .some((word) => word && !filler.has(word));
}

const you = "(?:you|u)";
const youAre = "(?:you|u)(?:'re|'ve|'d|'ll)?";
const wasNot = "(?:hadn'?t|had\\s+not|didn'?t|did\\s+not|wouldn'?t|would\\s+not|weren'?t|were\\s+not|wasn'?t|was\\s+not)";

/** "Try harder", "be better", "it won't happen again", "work on myself", "be more patient"… */
const englishVague = wordRule(
  [
    'try(?:ing)?\\s+(?:harder|my\\s+best)',
    '(?:do|be|get)\\s+better',
    'be\\s+(?:a\\s+)?better\\s+(?:partner|person|boyfriend|girlfriend|husband|wife|spouse|friend|parent|man|woman)',
    "(?:it\\s+)?(?:won'?t|will\\s+not|wont|is\\s+not\\s+going\\s+to|isn'?t\\s+going\\s+to)\\s+happen\\s+again",
    'never\\s+(?:happen\\s+)?again',
    "(?:never|not|won'?t|wont)\\s+do\\s+(?:it|that|this)\\s+again",
    'work\\s+on\\s+(?:it|myself|me|this|that|things|us|my\\s+(?:self|stuff|issues|behaviou?r))',
    'change(?:\\s+my\\s+ways)?',
    'improve',
    'be\\s+(?:more|less|so\\s+much\\s+more)\\s+\\p{L}+',
    'be\\s+(?:good|nicer|kinder|nice|kind)',
    'make\\s+(?:it\\s+up\\s+to\\s+you|an\\s+effort|more\\s+(?:of\\s+an\\s+)?effort)',
    'do\\s+my\\s+best',
    'step\\s+up',
  ].join('|'),
);

const englishFiller = new Set(
  `i i'll i'm i'd ill im id will would to just really so much very a an lot promise promised swear try trying be it this that
  again never not won't wont do going gonna am is are the my myself more less and also definitely seriously honestly totally
  next time from now on you u us we our ok okay better harder best for with about at in of be being`
    .split(/\s+/)
    .filter(Boolean),
);

export const englishRepairHints: RepairHintRules = [
  {
    // "Sorry you feel that way", "sorry if…", "sorry for how you feel": sorry for their feeling, not for what I did.
    key: 'hintNonApology',
    fields: ['apology'],
    pattern: new RegExp(
      [
        `(?:(?:sorry|sory|sry)\\s+(?:that\\s+)?|^)${youAre}\\s+(?:feel|felt|are|were|got|get|took|take|think|thought|see|saw|had|have\\s+been|'?re|upset|hurt|offended)`,
        `(?:sorry|sory|sry|apologi[sz]e|apologies)\\s+(?:for\\s+)?how\\s+${you}\\s+(?:feel|felt|took\\s+it|see\\s+it|saw\\s+it|reacted)`,
        `(?:(?:sorry|sory|sry|apologi[sz]e|apologies)\\s+|^)if(?![\\p{L}'])`,
      ].join('|'),
      'u',
    ),
  },
  {
    // "…but you…", "if you hadn't…", "you made me…", "it's your fault", "you started it".
    key: 'hintDeflecting',
    fields: ['part', 'apology', 'plan'],
    pattern: wordRule(
      [
        `but\\s+${youAre}(?!\\s+(?:deserved?|didn'?t\\s+deserve|were\\s+right|are\\s+right|matter))`,
        `if\\s+${you}\\s+${wasNot}`,
        `if\\s+${you}(?:'d|\\s+had|\\s+would|\\s+could)\\s+(?:just|only|listened|told\\s+me|called|asked|not|been)`,
        "if\\s+it\\s+(?:wasn'?t|weren'?t|was\\s+not|were\\s+not)\\s+for\\s+you",
        `${you}\\s+(?:made|make|makes|making|'re\\s+making|are\\s+making|pushed|push|drove|drive|provoked|provoke)\\s+me(?!\\s+(?:a|an|the|some|my|dinner|breakfast|lunch|coffee|tea|laugh|smile|happy|feel\\s+(?:loved|safe|welcome|special|better|happy|seen)))`,
        "(?:it'?s\\s+|it\\s+is\\s+|it\\s+was\\s+|all\\s+)?(?:your|ur)\\s+fault",
        `${you}\\s+started(?:\\s+it)?`,
        `because\\s+of\\s+${you}`,
      ].join('|'),
    ),
  },
  {
    // "I yelled because you…": only where the person tells their own part or apology (the impact says "you").
    key: 'hintDeflecting',
    fields: ['part', 'apology'],
    pattern: wordRule(`(?:because|cause|cuz|coz|since)\\s+${youAre}`),
  },
  {
    // "Sorry, but…", "…though I was tired": what follows "but" can cancel what came before it.
    key: 'hintApologyBut',
    fields: ['apology'],
    pattern: wordRule('(but)(?!\\s+also)|(however|though|although)'),
  },
  {
    key: 'hintVaguePlan',
    fields: ['plan'],
    pattern: englishVague,
    unless: saysWhat(englishVague, englishFiller),
  },
];

/** The hints for the repair's words as typed (English rules unless a language's are given). */
export function repairHints(texts: Partial<Record<RepairHintField, string>>, rules: RepairHintRules = englishRepairHints): RepairHint[] {
  return findHints(rules, texts);
}
