import { englishPhoneText } from '../core/phone-text-en.js';
import { fold } from '../core/phone-text.js';
import type { CompositionRules } from './compose.js';
import { englishTemplates } from './templates.js';

/**
 * The I-statement in English: "I feel", "when", "because" and "I need" typed again; the other
 * ways of asking at the start of the need; a request typed as an order; a feeling said as a clause
 * ("It hurts", "I worry"). Every pattern reads folded text (lower case, no accents).
 */
export { englishTemplates };

/** The end of a lead-in: no letter or apostrophe follows; a comma after it goes with it. */
const end = "(?![\\p{L}'’])[\\s,]*";
const lead = (alternatives: string) => new RegExp(`^(?:${alternatives})${end}`, 'u');
const I = "i(?:['’]?m|\\s+am)";

/** Verbs a request typed as an order starts with ("Listen", "Call me", "Turn them off"): it becomes "you to …". */
const orders = new Set('listen tell let give stay wait try remember ask put keep bring pick take hold sit hear say turn come go get be do make stop show look spend'.split(' '));
/** Verbs that are orders only with a pronoun or a particle after them ("Call me", but "A call"; "Help me", but "Help with bedtime"). */
const ordersWithObject = new Set('call text help hug talk speak leave check answer back walk plan book clean wash cook drive pack share send write read tidy pay'.split(' '));
const objects = /^(?:me|us|him|her|them|it|up|down|off|out|back|over|in|on|away|to|at|for|about|ahead|together|more|less)$/;

/** "Listen", "Call me", "Just listen", "please help…" → "you to listen"…; anything else unchanged. */
function orderToRequest(need: string): string {
  const folded = fold(need);
  const please = /^please[\s,]+/.exec(folded)?.[0] ?? '';
  const rest = need.slice(please.length);
  const [first = '', second = '', third = ''] = fold(rest).split(/[\s,]+/);
  const [verb, after] = first === 'just' ? [second, third] : [first, second];
  const order = orders.has(verb) || (ordersWithObject.has(verb) && (!!please || objects.test(after)));
  return order ? `you to ${rest}` : rest;
}

export const englishRules: CompositionRules = {
  typing: englishPhoneText,
  lowerFeeling: true,
  leadIns: {
    emotion: lead(
      `i\\s+(?:am\\s+|was\\s+)?(?:feel(?:ing)?|felt|fel)|${I}\\s+feeling|i(?:['’]?ve|\\s+have)\\s+been(?:\\s+feeling)?|${I}|i\\s+was|feel(?:ing)?`,
    ),
    situation: lead("when(?:ever)?|wen|whn|every\\s*time|each\\s+time|any\\s*time|if|it['’]?s\\s+when"),
    reason: lead("because|becuase|becasue|beacuse|bcause|bc|b\\/c|['’]?cause|cuz|coz|cos|since|(?:it|that)['’]?s\\s+because"),
    need: lead('(?:i\\s+)?(?:really\\s+|just\\s+|also\\s+|still\\s+)?need|(?:all|what)\\s+i\\s+(?:really\\s+)?need\\s+is'),
  },
  asks: [
    [/^(?:i['’]?d|i\s+would)\s+(?:really\s+|so\s+)?(?:love|like|appreciate)\s+(?:it\s+)?if\s+you\s+(?:could|would|can|will)\s+(?:please\s+)?/u, 'you to '],
    [/^(?:i['’]?d|i\s+would)\s+(?:really\s+|so\s+)?(?:love|like|appreciate|prefer)(?:\s+for)?\s+(?!it\s+if)/u, ''],
    [/^i\s+(?:really\s+|just\s+|also\s+)?want(?:ed)?\s+/u, ''],
    [/^(?:all|what)\s+i\s+(?:really\s+)?(?:want|ask(?:\s+for)?)\s+is\s+/u, ''],
    [/^(?:i['’]?m|i\s+am)\s+asking(?:\s+for)?\s+|^i\s+ask(?:\s+for)?\s+/u, ''],
    [/^i\s+wish\s+(?=you\s+would|you\s+could|we\s+could|we\s+would)/u, ''],
    [/^(?:please\s+)?(?:can|could|would|will)\s+you\s+(?:please\s+)?/u, 'you to '],
    [/^(?:please\s+)?(?:can|could|shall)\s+we\s+(?:please\s+)?|^(?:maybe\s+)?we\s+(?:should|could|would|need\s+to|have\s+to|must|ought\s+to)\s+|^let['’]?s\s+/u, 'us to '],
    [/^(?:maybe\s+)?you\s+(?:should|could|would|need\s+to|have\s+to|must|ought\s+to)\s+|^that\s+you\s+(?:would\s+|will\s+|could\s+)?/u, 'you to '],
    [/^(?:please\s+)?(?:do\s+not|don['’]?t)\s+/u, 'you not to '],
  ],
  needTail: /[\s,]*(?:please|pls|plz)$/u,
  reshapeNeed: orderToRequest,
  feelingClause:
    /^(?:i|it|it['’]?s|its|everything|this|that)\s+(?!(?:you|he|she|they|we|i|my|your|his|her|their|our|nobody|no\s+one|everyone|everybody|people|someone|there)(?![\p{L}'’]))\p{L}/u,
  templates: englishTemplates,
};
