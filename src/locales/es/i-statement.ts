/**
 * Spanish for `<tend-i-statement>`: its strings, and its grammar (how a sentence is tidied and
 * composed, and the coaching hints' patterns). Loaded only with the Spanish locale, so an
 * English-only page never carries it.
 */
import type { CompositionRules, FeelingKind, KnownKind, SentenceTemplates } from '../../i-statement/compose.js';
import { wordsPattern, type HintPatterns } from '../../i-statement/hints.js';
import { statementLanguage, type StatementLanguage } from '../../i-statement/language.js';
import type { iStatementStrings } from '../../i-statement/strings.js';
import type { Complete } from '../../core/localize.js';
import type { SummaryCatalog } from '../../core/summary.js';
import type { summary } from '../../i-statement/summary.js';
import { spanishFeelings } from './core.js';

const end = '(?![\\p{L}\\p{N}])';

export const spanishTemplates: SentenceTemplates = {
  withReason: '{feel} {emotion} cuando {situation} porque {reason}. Necesito {need}.',
  withoutReason: '{feel} {emotion} cuando {situation}. Necesito {need}.',
  feelNoun: 'Siento',
  feelAdjective: 'Me siento',
};

/** Words that start a fragment in lower case (articles, pronouns, particles, common verbs in the second person). */
const lowerStarters = new Set(
  `el la los las lo un una unos unas al del mi mis tu tus su sus nuestro nuestra nuestros nuestras
  este esta estos estas ese esa esos esas eso esto aquel aquella aquello
  yo tú vos usted ustedes él ella ellos ellas nosotros nosotras me te se le les nos os
  que qué no ni ya siempre nunca jamás casi también tampoco solo sólo apenas todavía aún
  a ante con contra de desde durante en entre hacia hasta para por según sin sobre tras
  y e o u pero si cuando mientras antes después luego hoy ayer anoche anteayer mañana
  alguien nadie todo toda todos todas nada algo cada otra otro otros otras mucho mucha muchos muchas
  hay había estás estabas eres eras tienes tenías quieres puedes sueles vas vienes sales llegas tardas
  dices haces dejas cancelas ignoras olvidas contestas respondes escribes hablas gritas miras pasas
  cambias prometes interrumpes criticas comparas decides desapareces ves pides usas
  hablar saber tener pasar sentir estar ser poder contar acordar pedir escuchar descansar
  tiempo espacio calma apoyo ayuda respuesta mensaje abrazo aviso confianza claridad`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verb shapes no first name has: «Llegaste», «Dijiste», «Llegabas», «Hablarlo», «Vernos». */
const lowerShapes = /^\p{L}+(?:aste|iste|abas|(?:ar|er|ir)(?:lo|la|los|las|le|les|me|te|se|nos))$/u;

/** Adverbs of degree before the feeling: the word after them decides. */
const degree = /^(?:muy|bastante|un\s+poco|un\s+tanto|algo|tan|súper|super|demasiado|más|menos|realmente|totalmente|completamente|profundamente|tremendamente|especialmente|como)\s+/iu;

/** An article or quantifier: what follows is a noun («Siento un miedo…», «Siento mucha rabia»). */
const determiner = /^(?:un|una|unos|unas|el|la|los|las|lo|mucho|mucha|muchos|muchas|tanto|tanta|tantos|tantas|poco|poca|cierto|cierta|demasiada|demasiado|cero|de|que|como\s+si)(?![\p{L}])/iu;

/** Noun endings («frustración», «ansiedad», «tristeza», «dolor», «melancolía», «agotamiento», «impaciencia»…). */
const nounEnding = /(?:ción|sión|xión|dad|tad|tud|ez|eza|ura|or|ía|miento|encia|ancia|anza|umbre|ismo|aje)$/u;

/** Adjectives with a noun's ending («segura», «mejor», «vacía»…). */
const adjectiveExceptions = new Set(
  'segura inseguro insegura seguro madura maduro dura puro pura oscura mejor peor mayor menor inferior superior vacía fría tardía sombría sola cómoda incómoda ajena'.split(' '),
);

/** Everyday feeling nouns without one of those endings. */
const commonNouns = new Set(
  `miedo pena rabia culpa asco celos envidia nervios pánico terror angustia alivio calma paz amor cariño odio
  estrés agobio enfado enojo fastidio cansancio orgullo desánimo susto duda dudas ira furia ganas euforia
  nostalgia impotencia desconsuelo desamparo abatimiento hastío aburrimiento desasosiego desazón desprecio
  rencor bronca coraje tristeza alegría ilusión desilusión decepción placer gozo temor recelo pudor
  vergüenza apego afecto deseo anhelo desgano hambre sueño frío calor dolor`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * «Siento» + a noun («Siento ansiedad», «Siento que…»), «Me siento» + an adjective («Me siento
 * ansiosa», «Me siento mal»): the vocabulary's tag first, then the shape of the first word.
 */
export function spanishFeelingKind(emotion: string, known: KnownKind): FeelingKind {
  const whole = emotion.toLocaleLowerCase();
  const tagged = known(whole) ?? known(whole.split(/[\s,]+/u)[0] ?? '');
  if (tagged) return tagged;
  if (/^(?:que|como\s+si)(?![\p{L}])/iu.test(whole)) return 'noun';
  const rest = whole.replace(degree, '');
  if (determiner.test(rest)) return 'noun';
  const word = rest.split(/[\s,.;:!?…]+/u)[0] ?? '';
  if (adjectiveExceptions.has(word)) return 'adjective';
  if (commonNouns.has(word) || nounEnding.test(word)) return 'noun';
  return 'adjective';
}

export const spanishRules: CompositionRules = {
  leadIns: {
    // «Me siento», «Siento», «Me sentí», «Me estoy sintiendo», «Estoy», said again in the feeling field.
    emotion: new RegExp(
      `^(?:yo\\s+)?(?:me\\s+(?:siento|sent[ií]a|sent[ií]|estoy\\s+sintiendo|he\\s+sentido)|siento|sent[ií]a|sent[ií]|estoy|me\\s+encuentro)${end}\\s*`,
      'iu',
    ),
    situation: new RegExp(`^cuando${end}\\s*`, 'iu'),
    reason: new RegExp(`^(?:porque|por\\s+que|porqué|xq|pq)${end}\\s*`, 'iu'),
    need: new RegExp(`^(?:yo\\s+)?(?:(?:también|realmente)\\s+)?necesito${end}\\s*`, 'iu'),
  },
  lowerStarters,
  lowerShapes,
  lowerFeeling: true,
  templates: spanishTemplates,
  feelingKind: spanishFeelingKind,
};

/** Both genders and both numbers of a participle: «ignorad*» → ignorado, ignorada, ignorados, ignoradas. */
const inflect = (stems: readonly string[]) => stems.flatMap((stem) => ['o', 'a', 'os', 'as'].map((ending) => stem.replace('*', ending)));

/**
 * Words that sound like feelings but say what the other person did. Words of abuse, violence and threat
 * («maltratada», «agredido», «amenazada») are not here: the safety detector answers those with support, never a hint.
 */
export const spanishAccusationWords = [
  ...inflect([
    'ignorad*', 'abandonad*', 'juzgad*', 'manipulad*', 'rechazad*', 'traicionad*', 'utilizad*', 'usad*', 'engañad*', 'criticad*',
    'controlad*', 'atacad*', 'menospreciad*', 'despreciad*', 'humillad*', 'presionad*', 'ningunead*', 'culpad*', 'acorralad*',
    'infravalorad*', 'desvalorizad*', 'incomprendid*', 'insultad*', 'interrumpid*', 'descuidad*', 'desatendid*', 'invalidad*',
    'excluid*', 'ridiculizad*', 'cuestionad*', 'desplazad*', 'olvidad*', 'reemplazad*', 'sustituid*', 'provocad*',
    'dejad* de lado', 'no escuchad*', 'no valorad*', 'poco valorad*', 'no querid*', 'no apoyad*', 'mal querid*',
  ]),
  'no vista', 'no visto', 'invisible', 'invisibles',
];

export const spanishHints: HintPatterns = {
  // «Siento que no te importo», «Siento como si…», «Me siento como que…»: a thought, not a feeling.
  thought: /^(?:que|como\s+si|como\s+que)(?![\p{L}])/iu,
  accusation: wordsPattern(spanishAccusationWords),
  absolute: /(?<![\p{L}])(siempre|nunca|jamás|constantemente|todo\s+el\s+tiempo|todos\s+los\s+días|una\s+y\s+otra\s+vez)(?![\p{L}])/iu,
  makeMe:
    /(?<![\p{L}])((?:me\s+(?:haces|hacés|hace|hiciste|hizo|estás\s+haciendo)\s+sentir)|(?:(?:haces|hacés|hiciste)\s+que\s+me\s+(?:sienta|sintiera|sintiese)))(?![\p{L}])/iu,
  character: [
    /(?<![\p{L}])que\s+(?:seas|fueras|fueses|seás)\s+(?:más|menos|mejor|otra\s+persona|otro|otra|diferente|distint[oa]|un[ao]?\s+mejor|alguien|(?:(?:considerad|respetuos|cariños|atent|madur|sincer|honest|comprensiv|generos|afectuos|buen)[oa]|detallista|responsable|amable|paciente|dulce|razonable))(?![\p{L}])/iu,
    /(?<![\p{L}])que\s+dejes\s+de\s+ser(?![\p{L}])/iu,
    /(?<![\p{L}])que\s+(?:cambies|madures|crezcas)(?:\s+(?:ya|de\s+una\s+vez|por\s+fin|un\s+poco))?$/iu,
    /(?<![\p{L}])que\s+me\s+(?:respetes|quieras|valores|aprecies|entiendas|comprendas|ames)(?:\s+(?:más|de\s+una\s+vez|por\s+una\s+vez|de\s+verdad))?$/iu,
    /(?<![\p{L}])que\s+te\s+importe\s+(?:más|yo)$/iu,
  ],
};

export const spanishLanguage: StatementLanguage = { composition: spanishRules, hints: spanishHints };

/** The grammar registered with the strings. */
export const bundle = statementLanguage(spanishLanguage);

export const strings = {
  heading: 'Dilo sin culpar',
  headingInDanger: 'Tus palabras',
  intro:
    'Pon en una frase tranquila lo que te está pasando: «Siento [emoción] cuando [situación] porque [motivo]. Necesito [petición].» Te ayuda a hablar con apertura y sin perder la calma.',
  sentenceWithReason: spanishTemplates.withReason,
  sentenceWithoutReason: spanishTemplates.withoutReason,
  sentenceFeelNoun: spanishTemplates.feelNoun,
  sentenceFeelAdjective: spanishTemplates.feelAdjective,

  emotionLabel: 'Siento… / Me siento…',
  emotionHint: 'Una palabra para lo que sientes por dentro, como ansiedad, dolor o soledad. Escribe la tuya o elige una de la lista.',
  emotionToggle: 'Mostrar palabras para emociones',
  vocabularyLabel: 'Palabras para emociones',
  situationLabel: 'cuando…',
  situationHint: 'Qué pasó, tal como lo habría grabado una cámara, por ejemplo «pasan horas sin que me contestes».',
  reasonLabel: 'porque… (opcional)',
  reasonHint: 'Por qué te importa, por ejemplo «empiezo a temer que algo va mal». Puedes dejarlo en blanco.',
  needLabel: 'Necesito…',
  needHint: 'Una cosa que te gustaría que pasara, por ejemplo «un mensaje cuando vayas a llegar tarde».',

  previewLabel: 'Tu frase',
  showExample: 'Ver un ejemplo',
  exampleLabel: 'Ejemplo',
  example: {
    emotion: 'ansiedad',
    situation: 'pasan horas sin que me contestes',
    reason: 'empiezo a temer que algo va mal',
    need: 'que acordemos qué esperamos al escribirnos',
  },

  tipPrefix: 'Una idea:',
  hintEmotionThought:
    'Esto suena más a un pensamiento sobre la otra persona: busca una palabra para lo que sientes por dentro, como ansiedad, dolor o soledad.',
  hintEmotionAccusation:
    '«{word}» describe lo que crees que hizo la otra persona: intenta nombrar la emoción que hay debajo, como dolor, tristeza o soledad.',
  hintSituationAbsolute:
    '«{word}» puede sonar a una acusación de la que tenga que defenderse: intenta describir una vez concreta, como «cuando no me llamaste anoche».',
  hintSituationMakeMe:
    '«{word}» deja tu emoción en sus manos: intenta describir solo lo que hizo, como «cuando levantaste la voz».',
  hintNeedCharacter:
    'Esto le pide que sea otra persona: intenta pedir algo concreto que pueda hacer, como «que me digas cuando cambien los planes».',

  errorEmotion: 'Escribe cómo te sientes en el campo «Siento / Me siento», por ejemplo «ansiedad» o «dolor».',
  errorSituation: 'Escribe qué pasó en el campo «cuando», por ejemplo «pasan horas sin que me contestes».',
  errorNeed: 'Escribe qué te gustaría que pasara en el campo «Necesito», por ejemplo «que lo hablemos esta noche».',

  check: 'Revisar mi frase',
  copy: 'Copiar la frase',
  partEmotion: 'cómo te sientes',
  partSituation: 'qué pasó',
  partNeed: 'qué necesitas',
  stillMissing: 'Aún falta escribir {parts}.',
  nothingToCopy: 'Todavía no hay ninguna frase que copiar. Aún falta escribir {parts}.',
  ready: 'Tu frase está lista.',
  'tips.one': 'Arriba tienes {count} idea que puede ayudarte.',
  'tips.other': 'Arriba tienes {count} ideas que pueden ayudarte.',
  completed: 'Terminado. Tu frase te espera para cuando llegue el momento de decirla.',

  ...spanishFeelings,

  // A flow's summary of this step (src/i-statement/summary.ts).
  'summary.name': 'Dilo sin culpar',
  'summary.emotion': 'Siento',
  'summary.situation': 'Cuando',
  'summary.reason': 'Porque',
  'summary.need': 'Necesito',
} satisfies Complete<typeof iStatementStrings & SummaryCatalog<typeof summary>>;
