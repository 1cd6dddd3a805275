/**
 * Spanish for the repair's composed text: the sentence patterns, the lead-ins people type again, and how the
 * apology and the plan are said by how their words begin. For the Spanish locale module to register (it is
 * not imported by the element, so an English-only page never carries it). Neutral for Spain and Latin
 * America: no pronoun that changes between them (no «os», «vosotros», «ustedes») and no gendered word.
 */
import type { FormRule, RepairRules, RepairTemplates } from './compose.js';
import { END } from './matching.js';

export const spanishTemplates: RepairTemplates = {
  part: 'Quiero reconocer mi parte: {part}.',
  partNamed: '{names}, quiero reconocer mi parte: {part}.',
  impact: 'Veo el impacto que tuvo lo que hice: {impact}.',
  apologyFor: 'Te pido perdón por {apology}.',
  apologyAs: 'Lo siento {apology}.',
  apologyComma: 'Lo siento, {apology}.',
  apologyThat: 'Siento {apology}.',
  apologySentence: 'Lo siento. {apology}.',
  planWill: 'La próxima vez, voy a {plan}.',
  planAs: 'La próxima vez, {plan}.',
  planNegative: 'La próxima vez, no voy a {plan}.',
  reconnect: 'Cuando sea un buen momento, me gustaría que volviéramos a acercarnos: {reconnect}.',
};

/** Words ending like an infinitive that are not one («ayer te grité», «mi lugar»). */
const notInfinitives = 'ayer|lugar|mujer|hogar|primer|tercer|cualquier|altar|collar|mar|par|bar|taller|placer|alrededor';

/** An infinitive, with its pronouns attached or not: «gritar», «haberte», «avisarte», «decírtelo», «irme». */
const infinitive = `(?!(?:${notInfinitives})${END})[a-zñáéíóúü]*[aeiáéí]r(?:me|te|se|lo|la|le|nos|los|las|les)*${END}`;

/** Names that end like a preterite («José», «Noemí»): never lowered. */
const preteriteNames = '(?:josé|josué|rené|noé|salomé|noemí|rubí|anahí|sarahí|yanelí|nayelí|leví|abigaí)';

/** The preterites of the first person that do not end in an accented vowel. */
const irregularPreterites = '(?:estuve|tuve|hice|dije|fui|puse|traje|quise|supe|vine|pude|anduve|conduje|traduje|deshice|rehice|propuse|supuse|mantuve|contuve|detuve|obtuve)';

/** A past tense after «lo», «la»…: the words are a clause («la ignoré», «lo hice»), not a noun («la forma en que…»). */
const pastTense = '(?:[\\p{L}]*[éíó]|hice|dije|puse|tuve|estuve|fui|traje|quise|supe|vine|hizo|dijo)';

/**
 * The start of a noun: an article, a possessive, «cómo»…; «la», «lo»… unless a past tense follows; «eso»
 * alone or before «de»/«que» («eso que dije»), not as the subject of a clause («eso no fue justo»).
 */
const nounStart = new RegExp(
  `^(?:(?:el|un|una|unos|unas|mi|mis|tu|tus|su|sus|nuestro|nuestra|nuestros|nuestras|este|esta|estos|estas|ese|esa|esos|esas|todo|toda|todos|todas|cada|tanto|tanta|cómo|como|cuánto|cuanto)${END}|(?:la|las|los|lo)\\s+(?!${pastTense}${END})|(?:eso|esto|aquello)(?:\\s+(?:de|que)${END}|$))`,
  'u',
);

const apologyForms: readonly FormRule<'for' | 'as' | 'that'>[] = [
  { form: 'that', test: new RegExp(`^que${END}`, 'u') },
  { form: 'as', test: new RegExp(`^si${END}`, 'u') },
  { form: 'for', test: new RegExp(`^(?:no\\s+)?${infinitive}`, 'u') },
  { form: 'for', test: nounStart },
];

export const spanishRepairRules: RepairRules = {
  leadIns: {
    part: [
      'mi\\s+parte(?:\\s+en\\s+(?:esto|eso|lo\\s+que\\s+paso))?(?:\\s+(?:es|fue))?(?:\\s+que)?',
      '(?:yo\\s+)?(?:reconozco|admito|asumo)(?:\\s+que)?',
      'quiero\\s+reconocer(?:\\s+(?:mi\\s+parte|que))?',
      'me\\s+hago\\s+cargo\\s+de(?:\\s+que)?',
    ],
    impact: [
      'el\\s+impacto(?:\\s+(?:en\\s+ti|que\\s+tuvo(?:\\s+en\\s+ti)?))?(?:\\s+(?:es|fue))?(?:\\s+que)?',
      '(?:yo\\s+)?(?:veo|entiendo|comprendo)(?:\\s+que)?',
      '(?:yo\\s+)?se\\s+que',
      'me\\s+doy\\s+cuenta\\s+de(?:\\s+que)?',
    ],
    apology: [
      '(?:yo\\s+)?(?:lo\\s+)?siento(?:\\s+(?:mucho|muchisimo|tanto|de\\s+verdad|de\\s+corazon))*(?:\\s+(?:por|de))?',
      'perdon(?:ame|a)?(?:\\s+por)?',
      '(?:(?:te|les)\\s+)?pido\\s+(?:perdon|disculpas?)(?:\\s+por)?',
      'disculpa(?:me)?(?:\\s+por)?',
      'me\\s+disculpo(?:\\s+por)?',
      '(?:yo\\s+)?lamento(?:\\s+(?:mucho|muchisimo))?',
      'por',
    ],
    plan: [
      'la\\s+proxima\\s+vez(?:\\s+que\\s+(?:pase|ocurra|suceda)(?:\\s+algo\\s+(?:asi|parecido))?)?',
      '(?:yo\\s+)?(?:voy\\s+a|me\\s+comprometo\\s+a|prometo(?:\\s+que)?)',
    ],
    reconnect: ['(?:me\\s+gustaria\\s+)?(?:reconectar(?:nos)?|volver\\s+a\\s+acercarnos)(?:\\s+(?:con|mediante))?'],
  },
  apologyForms,
  apologyDefault: 'comma',
  planForms: [
    { form: 'negative', test: new RegExp(`^no\\s+${infinitive}`, 'u'), drop: /^no\s+/u },
    { form: 'will', test: new RegExp(`^${infinitive}`, 'u') },
  ],
  planDefault: 'as',
  templates: spanishTemplates,
  plural: { apologyFor: 'Pido perdón por {apology}.' },
  verbStart: {
    // Spanish leaves out «yo»: the part starts with the verb, most often a preterite («Saqué», «Prometí», «Estuve»).
    part: new RegExp(`^(?:(?!${preteriteNames}${END})\\p{L}+[éíó]|${irregularPreterites})${END}`, 'u'),
    apology: new RegExp(`^(?:no\\s+)?${infinitive}`, 'u'),
    plan: new RegExp(`^(?:no\\s+)?${infinitive}`, 'u'),
  },
};
