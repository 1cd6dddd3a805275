/**
 * What the person could say, composed from their words as typed: each field's words go into one sentence of
 * a small per-language template, only capitals and punctuation tidied. The steps follow the repair process of
 * seed 001 ("The Repair Process"): my part, the impact, the apology, the plan, and a way to reconnect.
 */
import { interpolate, listOf } from '../core/localize.js';
import { END, fold } from './matching.js';

/** The fields whose words go into the composed text, in the order they are said. */
export type RepairField = 'part' | 'impact' | 'apology' | 'plan' | 'reconnect';

export type RepairParts = Record<RepairField, string>;

export const repairFields: readonly RepairField[] = ['part', 'impact', 'apology', 'plan', 'reconnect'];

/** What Done needs (and the composed text): the four steps of the repair itself. The reconnection is optional. */
export const requiredFields = ['part', 'impact', 'apology', 'plan'] as const satisfies readonly RepairField[];
export type RequiredField = (typeof requiredFields)[number];

/**
 * How one field's words as typed on a phone are tidied: a phone's capital lowered (names and "I" kept),
 * accents and punctuation inside the field set right, closing punctuation dropped (the sentence adds its
 * own). The core's phone-input tidying (issue #26) is this step; the repair passes it in.
 */
export type Tidy = (field: RepairField, text: string, lang: string) => string;

/**
 * The sentence patterns, each with the placeholder of its field (`{part}`, `{impact}`, `{apology}`, `{plan}`,
 * `{reconnect}`) and `{names}` in `partNamed`. The apology and the plan have several forms, chosen by how the
 * person's words begin (`ApologyForm`, `PlanForm`).
 */
export interface RepairTemplates {
  part: string;
  /** The first sentence when the repair names someone ("Sam, I want to own my part: …"). */
  partNamed: string;
  impact: string;
  /** Before a noun or a verb's -ing form ("I'm sorry for raising my voice"). */
  apologyFor: string;
  /** Before a clause with its own subject, kept as typed ("I'm sorry I raised my voice"). */
  apologyAs: string;
  /** Before a clause set apart by a comma ("Lo siento, te grité"). */
  apologyComma: string;
  /** Before "that…" («Siento que te hayas sentido sola»). */
  apologyThat: string;
  /** After "Sorry." typed as a sentence of its own: the words follow as theirs ("I'm sorry. Comparing you was unfair."). */
  apologySentence: string;
  /** Before a verb ("Next time, I will take a break"). */
  planWill: string;
  /** Before words with their own subject or a clause of time ("Next time, when I feel flooded, I'll…"). */
  planAs: string;
  /** Before a negative ("Next time, I won't…", «La próxima vez, no voy a…»). */
  planNegative: string;
  reconnect: string;
}

export type ApologyForm = 'for' | 'as' | 'comma' | 'that' | 'sentence';
export type PlanForm = 'will' | 'as' | 'negative';

/** A form of a sentence, chosen when `test` matches the start of the tidied words (lower case); `drop` is then cut from their start. */
export interface FormRule<F extends string> {
  form: F;
  test: RegExp;
  drop?: RegExp;
}

/** What the repair knows of one language to compose its text. English ships here; Spanish in compose-es.ts. */
export interface RepairRules {
  /**
   * Words a person types again at the start of a field ("I'm sorry for…" in the apology, "Next time I
   * will…" in the plan), written in folded words (lower case, no accents, straight apostrophes): dropped,
   * up to three times, before the words are tidied.
   */
  leadIns: Partial<Record<RepairField, readonly string[]>>;
  /** The apology's form by its first words, the first rule that matches; else `apologyDefault`. */
  apologyForms: readonly FormRule<ApologyForm>[];
  apologyDefault: ApologyForm;
  planForms: readonly FormRule<PlanForm>[];
  planDefault: PlanForm;
  templates: RepairTemplates;
  /** Patterns that change when the repair names more than one person («Pido perdón por…»). */
  plural?: Partial<RepairTemplates>;
  /**
   * A field whose tidied words (lower case) start like this starts with a verb, whatever the language's lists of
   * ordinary words know: the capital a phone put on it is lowered («Saqué dinero…» → «saqué dinero…» after «mi
   * parte:», "Stick to…" after "I will"). A name never starts this way.
   */
  verbStart?: Partial<Record<RepairField, RegExp>>;
}

const opening = "^[\\s\"'“”‘’«»¿¡(\\-–—•*,.;:!?…]*";
const closing = "[\\s,.;:!?…\\-–—]*";
const leadInCache = new WeakMap<readonly string[], RegExp>();

function leadInPattern(leadIns: readonly string[]): RegExp {
  let pattern = leadInCache.get(leadIns);
  if (!pattern) leadInCache.set(leadIns, (pattern = new RegExp(`${opening}(?:${leadIns.join('|')})${END}(${closing})`, 'u')));
  return pattern;
}

/** How the last lead-in cut ended: nothing, a pause ("Sorry, …") or the end of a sentence ("Sorry. …"). */
type LeadInEnd = 'none' | 'pause' | 'stop';

/** The field's words without the lead-ins typed again (NFC, as typed otherwise), and how the last one cut ended. */
function cutLeadIns(field: RepairField, raw: string, rules: RepairRules): { text: string; end: LeadInEnd } {
  let text = raw.normalize('NFC');
  let end: LeadInEnd = 'none';
  const leadIns = rules.leadIns[field];
  if (!leadIns?.length) return { text, end };
  const pattern = leadInPattern(leadIns);
  for (let i = 0; i < 3; i++) {
    const match = pattern.exec(fold(text));
    if (!match) break;
    const closing = match[1] ?? '';
    end = /[.!…]/.test(closing) ? 'stop' : /[,;:]/.test(closing) ? 'pause' : 'none';
    text = text.slice(match[0].length);
  }
  return { text, end };
}

/** The field's words without the lead-ins typed again ("I'm sorry for…" in the apology), as typed otherwise. */
export function dropLeadIns(field: RepairField, raw: string, rules: RepairRules): string {
  return cutLeadIns(field, raw, rules).text;
}

/** Everything the composition reads: the words as typed, who the repair is with, and the language's rules. */
export interface RepairInput {
  parts: RepairParts;
  /** The people the repair is with (the `with` attribute); none is fine. */
  names: readonly string[];
  /** The widget's language (`en`, `es-MX`…), for the tidying and for "Sam and Alex". */
  lang: string;
  rules: RepairRules;
  tidy: Tidy;
  /** Reworded sentence patterns (the widget's strings), over the language's own. */
  templates?: Partial<RepairTemplates>;
}

/** One field's words as they go into the text (lead-ins dropped, then tidied), and how the last lead-in ended. */
function readField(field: RepairField, input: RepairInput): { words: string; end: LeadInEnd } {
  const { text, end } = cutLeadIns(field, input.parts[field], input.rules);
  const words = input.tidy(field, text, input.lang).trim();
  // A Capitalised first word (not "I", not "TV") that starts as a verb: a phone's capital.
  const verb = input.rules.verbStart?.[field];
  const lowered = verb && /^\p{Lu}\p{Ll}/u.test(words) && verb.test(words.toLocaleLowerCase()) ? words[0]!.toLocaleLowerCase() + words.slice(1) : words;
  return { words: lowered, end };
}

/** One field's words as they go into the text: lead-ins dropped, then tidied. */
export function fieldWords(field: RepairField, input: RepairInput): string {
  return readField(field, input).words;
}

/** The form of the apology or the plan, by how its words begin, and the words that go into it. */
export function formOf<F extends string>(words: string, rules: readonly FormRule<F>[], fallback: F): { form: F; words: string } {
  const lower = words.toLocaleLowerCase().replace(/[’‘]/g, "'");
  const rule = rules.find(({ test }) => test.test(lower));
  if (!rule) return { form: fallback, words };
  const cut = rule.drop?.exec(lower)?.[0].length ?? 0;
  return { form: rule.form, words: words.slice(cut) };
}

/** The required fields still empty once lead-ins are dropped ("Sorry." alone says nothing yet), in order. */
export function missingFields(input: RepairInput): RequiredField[] {
  return requiredFields.filter((field) => !fieldWords(field, input));
}

const capital = <F extends string>(form: F) => (form[0]!.toUpperCase() + form.slice(1)) as Capitalize<F>;

/**
 * What the person could say: "I want to own my part: … I can see the impact it had on you: … I'm sorry for
 * … Next time, I will … When you are ready, I'd like us to reconnect: …", from their words as typed (only
 * capitals and punctuation tidied). `''` while the part, the impact, the apology or the plan is missing.
 */
export function composeRepair(input: RepairInput): string {
  const words = {} as RepairParts;
  for (const field of repairFields) words[field] = fieldWords(field, input);
  if (requiredFields.some((field) => !words[field])) return '';
  const { rules } = input;
  const templates: RepairTemplates = {
    ...rules.templates,
    ...(input.names.length > 1 ? rules.plural : undefined),
    ...input.templates,
  };
  const apology = formOf(words.apology, rules.apologyForms, rules.apologyDefault);
  const { end } = readField('apology', input);
  // "Sorry, I yelled" keeps the clause apart ("I'm sorry, I yelled"); "Sorry. It was unfair" keeps the sentence.
  if (end === 'pause' && apology.form === 'as') apology.form = 'comma';
  if (end === 'stop') Object.assign(apology, { form: 'sentence', words: capital(apology.words) });
  const plan = formOf(words.plan, rules.planForms, rules.planDefault);
  const names = listOf(input.lang, input.names);
  const sentences = [
    interpolate(names ? templates.partNamed : templates.part, { names, part: words.part }),
    interpolate(templates.impact, { impact: words.impact }),
    interpolate(templates[`apology${capital(apology.form)}`], { apology: apology.words }),
    interpolate(templates[`plan${capital(plan.form)}`], { plan: plan.words }),
    words.reconnect ? interpolate(templates.reconnect, { reconnect: words.reconnect }) : '',
  ];
  return sentences.filter(Boolean).join(' ');
}

/* English ------------------------------------------------------------------------------------------- */

const sorry = '(?:sorry|sory|sorrry|sry)';
const clauseStart = "(?:i|i'm|i'd|i've|i'll|we|we're|we'll|let's|lets)";

export const englishTemplates: RepairTemplates = {
  part: 'I want to own my part: {part}.',
  partNamed: '{names}, I want to own my part: {part}.',
  impact: 'I can see the impact it had on you: {impact}.',
  apologyFor: "I'm sorry for {apology}.",
  apologyAs: "I'm sorry {apology}.",
  apologyComma: "I'm sorry, {apology}.",
  apologyThat: "I'm sorry {apology}.",
  apologySentence: "I'm sorry. {apology}.",
  planWill: 'Next time, I will {plan}.',
  planAs: 'Next time, {plan}.',
  planNegative: 'Next time, I {plan}.',
  reconnect: "When you are ready, I'd like us to reconnect: {reconnect}.",
};

export const englishRepairRules: RepairRules = {
  leadIns: {
    part: [
      'my\\s+part(?:\\s+in\\s+(?:this|it|that|what\\s+happened))?(?:\\s+(?:is|was))?(?:\\s+that)?',
      'i\\s+(?:want\\s+to\\s+)?own(?:\\s+(?:my\\s+part(?:\\s+in\\s+(?:this|it|that))?|that))?',
      'i\\s+take\\s+responsibility\\s+for',
      'i\\s+admit(?:\\s+that)?',
    ],
    impact: [
      'the\\s+impact(?:\\s+(?:it\\s+had\\s+)?on\\s+(?:you|him|her|them))?(?:\\s+(?:is|was))?(?:\\s+that)?',
      'i\\s+(?:can\\s+)?see(?:\\s+that)?',
      'i\\s+(?:know|understand|reali[sz]e)(?:\\s+that)?',
    ],
    apology: [
      `(?:i'?m|i\\s+am)(?:\\s+(?:so|really|truly|very|deeply|genuinely))*\\s+${sorry}(?:\\s+(?:for|about))?`,
      `(?:(?:so|really|truly|very)\\s+)*${sorry}(?:\\s+(?:for|about))?`,
      'i\\s+(?:want\\s+to\\s+|would\\s+like\\s+to\\s+)?apologi[sz]e(?:\\s+for)?',
      '(?:my\\s+)?apologies(?:\\s+for)?',
      'for|about',
    ],
    plan: [
      'next\\s+time(?:\\s+(?:this|it|something\\s+like\\s+this)\\s+happens)?',
      "i\\s+will|i'?ll|i\\s+am\\s+going\\s+to|i'?m\\s+going\\s+to|i'?m\\s+gonna|i\\s+promise(?:\\s+to|\\s+i'?ll|\\s+i\\s+will)?",
      'will|going\\s+to|gonna|to',
    ],
    reconnect: ["i'?d\\s+like\\s+(?:us\\s+)?to\\s+reconnect(?:\\s+(?:by|with|through))?", 'reconnect(?:\\s+(?:by|with|through))?'],
  },
  apologyForms: [
    { form: 'as', test: new RegExp(`^(?:${clauseStart}|you|you're|it|it's|that|if|he|she|they)${END}`, 'u') },
    { form: 'comma', test: new RegExp(`^but${END}`, 'u') },
  ],
  apologyDefault: 'for',
  planForms: [
    { form: 'negative', test: new RegExp(`^(?:won't|wont|will\\s+not)${END}`, 'u') },
    {
      form: 'as',
      test: new RegExp(`^(?:${clauseStart}|if|when|whenever|before|after|once|instead|as\\s+soon\\s+as|every|from\\s+now\\s+on|in\\s+(?:the\\s+)?future)${END}`, 'u'),
    },
  ],
  planDefault: 'will',
  templates: englishTemplates,
  verbStart: {
    // "Stick to…", "Check with you…": a word followed by what follows a verb, never by "and", "'s" or a verb.
    plan: new RegExp(
      `^\\p{L}+\\s+(?:to|up|out|with|on|off|in|into|back|down|away|over|around|through|by|for|about|my|your|our|his|her|their|the|a|an|it|this|that|these|those|you|him|them|us|me|myself|what|when|before|after|until|if|more|less|some|any|each|every|one|two)${END}`,
      'u',
    ),
  },
};
