/**
 * Spanish for `<tend-i-statement>`: its strings, and its grammar (how a sentence is tidied and
 * composed, and the coaching hints' patterns). Loaded only with the Spanish locale, so an
 * English-only page never carries it. Patterns read folded text (lower case, no accents), so
 * «porqué», «PORQUE» and «porque» are one.
 */
import { fold } from '../../core/phone-text.js';
import type { CompositionRules, FeelingKind, KnownKind, SentenceTemplates } from '../../i-statement/compose.js';
import { wordsPattern, type HintPatterns } from '../../i-statement/hints.js';
import { statementLanguage, type StatementLanguage } from '../../i-statement/language.js';
import type { iStatementStrings } from '../../i-statement/strings.js';
import type { Complete } from '../../core/localize.js';
import type { SummaryCatalog } from '../../core/summary.js';
import type { summary } from '../../i-statement/summary.js';
import { spanishFeelings } from './core.js';
import { spanishPhoneText } from './phone-text.js';
import { orderToRequest, presentAfterQue } from './verbs.js';

const end = '(?![\\p{L}\\p{N}])[\\s,]*';
const lead = (alternatives: string) => new RegExp(`^(?:${alternatives})${end}`, 'u');

export const spanishTemplates: SentenceTemplates = {
  withReason: '{feel} {emotion} cuando {situation} porque {reason}. Necesito {need}.',
  withoutReason: '{feel} {emotion} cuando {situation}. Necesito {need}.',
  feelNoun: 'Siento',
  feelAdjective: 'Me siento',
};

/** Adverbs of degree before the feeling: the word after them decides («muy sola», «re mal», «bien enojada»). */
const degree = /^(?:muy|bastante|un\s+tanto|algo|tan|super|demasiado|mas|menos|re|bien|medio|realmente|totalmente|completamente|profundamente|tremendamente|especialmente)\s+/u;

/** Quantities: what follows is a noun («mucha rabia», «un poco de miedo», «algo de miedo»). */
const quantity = /^(?:mucho|mucha|muchos|muchas|tanto|tanta|tantos|tantas|cierto|cierta|demasiada|cero|un\s+poco\s+de|algo\s+de|que|q|como\s+si|como\s+que)(?![\p{L}])/u;

/** Noun endings («frustración», «ansiedad», «tristeza», «dolor», «melancolía», «agotamiento», «impaciencia»…). */
const nounEnding = /(?:cion|sion|xion|dad|tad|tud|ez|eza|ura|or|ia|miento|encia|ancia|anza|umbre|ismo|aje)$/u;

/** Adjectives with a noun's ending («segura», «mejor», «vacía»…). */
const adjectiveExceptions = new Set(
  'segura inseguro insegura seguro madura maduro dura puro pura oscura mejor peor mayor menor inferior superior vacia fria tardia sombria sola comoda incomoda ajena'.split(' '),
);

/** Everyday feeling nouns without one of those endings. */
const commonNouns = new Set(
  `miedo pena rabia culpa asco celos envidia nervios panico terror angustia alivio calma paz amor carino odio
  estres agobio enfado enojo fastidio cansancio orgullo desanimo susto duda dudas ira furia ganas euforia
  nostalgia impotencia desconsuelo desamparo abatimiento hastio aburrimiento desasosiego desazon desprecio
  rencor bronca coraje tristeza alegria ilusion desilusion decepcion placer gozo temor recelo pudor
  verguenza apego afecto deseo anhelo desgano hambre sueno frio calor dolor resentimiento`
    .split(/\s+/)
    .filter(Boolean),
);

const isFeelingNoun = (word: string) => !adjectiveExceptions.has(word) && (commonNouns.has(word) || nounEnding.test(word));

/**
 * «Siento» + a noun («Siento ansiedad», «Siento mucha rabia», «Siento una tristeza enorme», «Siento
 * que…»), «Me siento» + anything else («Me siento ansiosa», «Me siento mal», «Me siento poco
 * valorada», «Me siento un estorbo», «Me siento como una tonta», «Me siento sin ganas»): the
 * vocabulary's tag first, then the first words. Accents optional.
 */
export function spanishFeelingKind(emotion: string, known: KnownKind): FeelingKind {
  const whole = fold(emotion);
  const tagged = known(whole) ?? known(whole.split(/[\s,]+/u)[0] ?? '');
  if (tagged) return tagged;
  const rest = whole.replace(degree, '');
  if (quantity.test(whole) || quantity.test(rest)) return 'noun';
  const [first = '', second = ''] = rest.split(/[\s,.;:!?…]+/u);
  // «un miedo», «una tristeza enorme», «poca paciencia»: a feeling noun; «un estorbo», «poca cosa», «poco valorada»: not.
  if (/^(?:un|una|unos|unas|el|la|los|las|poco|poca|pocos|pocas)$/.test(first)) return isFeelingNoun(second) ? 'noun' : 'adjective';
  return isFeelingNoun(first) ? 'noun' : 'adjective';
}

/** «Me siento», «Siento», «Me sentí», «Me estoy sintiendo», «Estoy», said again in the feeling field. */
const feelLeadIn = lead('(?:yo\\s+)?(?:me\\s+(?:siento|senti|sentia|estoy\\s+sintiendo|he\\s+sentido|encuentro)|siento|senti|sentia|estoy)');

/** «No me grites», «no lo hagas»: a negative order is already a subjunctive: «que no me grites». */
const negativeOrder = /^no\s+(?:(?:me|te|nos|lo|la|los|las|le|les|se)\s+){0,2}[a-z]+(?:es|as)(?![\p{L}])/u;

export const spanishRules: CompositionRules = {
  typing: spanishPhoneText,
  lowerFeeling: true,
  leadIns: {
    emotion: feelLeadIn,
    situation: lead('cuando|cuado|kuando|cdo|qdo|si|cada\\s+vez\\s+que|siempre\\s+que|en\\s+cuanto'),
    reason: lead('porque|porqe|porke|porq|por\\s+que|xq|xk|pq|pk|x\\s*q|ya\\s+que|es\\s+que|pues|puesto\\s+que|dado\\s+que'),
    need: lead(
      '(?:yo\\s+)?(?:(?:tambien|realmente|solo|solamente|de\\s+verdad)\\s+)?(?:necesito|nesecito|nececito|nesesito|necesitaria|necesitaba)|lo\\s+(?:unico\\s+)?que\\s+(?:necesito|quiero|pido)\\s+es',
    ),
  },
  asks: [
    // «quiero que…», «me gustaría que…», «te pido que…»: «que…» stays.
    [/^(?:yo\s+)?(?:quiero|quisiera|me\s+gustaria|me\s+encantaria|preferiria|te\s+pido|le\s+pido|pido)\s+(?=que(?![\p{L}]))/u, ''],
    // «quiero hablar», «quisiera un abrazo», «me gustaría un poco más de ayuda».
    [/^(?:yo\s+)?(?:quiero|quisiera|me\s+gustaria|me\s+encantaria|preferiria)\s+/u, ''],
    [/^(?:por\s*favor|porfa|xfa)[\s,]+/u, ''],
    // «¿Me puedes avisar…?», «¿Podrías llamarme…?», voseo «¿Podés…?»: «que me puedas avisar…».
    [/^((?:(?:me|te|nos|lo|la|los|las|le|les|se)\s+){0,2})(?:puedes|podes|podrias|podias|pudieras|puede|podria)\s+/u, 'que $1puedas '],
  ],
  needTail: /[\s,]*(?:por\s*favor|porfa|xfa|plis)$/u,
  reshapeNeed: (need) => (negativeOrder.test(fold(need)) ? `que ${need}` : presentAfterQue(orderToRequest(need))),
  // «Tengo miedo», «Me da rabia», «Me duele», «Me pongo nerviosa», «Odio», «No me gusta»: kept as typed.
  feelingClause: /^(?:no\s+)?(?:(?:me|te|nos|se\s+me|le)\s+\p{L}|(?:tengo|temo|odio|detesto|sufro|lloro|extrano|echo\s+de\s+menos|ando|quiero|no\s+soporto|no\s+aguanto)(?![\p{L}]))/u,
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

/** Traits a need may ask the other person to have («que seas más cariñoso»). Sincerity and respect are needs, not traits. */
const traits =
  'mas|menos|mejor|otra\\s+persona|otro|otra|diferente|distint[oa]|un[ao]?\\s+mejor|alguien|(?:(?:considerad|respetuos|carinos|atent|madur|comprensiv|generos|afectuos|buen)[oa]|detallista|responsable|amable|paciente|dulce|razonable)';

export const spanishHints: HintPatterns = {
  // «Siento que no te importo», «Siento como si…», «Me siento como que…», «siento q…»: a thought, not a feeling.
  thought: /^(?:que|q|k|como\s+si|como\s+que)(?![\p{L}])/u,
  accusation: wordsPattern(spanishAccusationWords),
  absolute: /(?<![\p{L}])(siempre|nunca|jamas|constantemente|todo\s+el\s+tiempo|todos\s+los\s+dias|una\s+y\s+otra\s+vez)(?![\p{L}])/u,
  makeMe:
    /(?<![\p{L}])((?:me\s+(?:haces|hace|hiciste|hizo|estas\s+haciendo)\s+sentir)|(?:(?:haces|hiciste)\s+que\s+me\s+(?:sienta|sintiera|sintiese)))(?![\p{L}])/u,
  character: [
    new RegExp(`(?<![\\p{L}])que\\s+(?:seas|fueras|fueses)\\s+(?:${traits})(?![\\p{L}])`, 'u'),
    /(?<![\p{L}])que\s+dejes\s+de\s+ser(?![\p{L}])/u,
    /(?<![\p{L}])que\s+(?:cambies|madures|crezcas)(?:\s+(?:ya|de\s+una\s+vez|por\s+fin|un\s+poco))?$/u,
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
  reasonHint: 'Por qué te importa, por ejemplo «empiezo a temer que haya pasado algo». Puedes dejarlo en blanco.',
  needLabel: 'Necesito…',
  needHint: 'Una cosa que te gustaría que pasara, por ejemplo «un mensaje cuando vayas a llegar tarde».',

  previewLabel: 'Tu frase',
  showExample: 'Ver un ejemplo',
  exampleLabel: 'Ejemplo',
  example: {
    emotion: 'ansiedad',
    situation: 'pasan horas sin que me contestes',
    reason: 'empiezo a temer que haya pasado algo',
    need: 'que acordemos qué esperamos al escribirnos',
  },

  tipPrefix: 'Una idea:',
  hintEmotionThought:
    'Esto es más un pensamiento que una emoción. Prueba con una palabra para lo que sientes por dentro, como ansiedad, dolor o soledad: suele escucharse mejor.',
  hintEmotionAccusation:
    '«{word}» cuenta lo que viviste. Para que la otra persona pueda escucharlo mejor, intenta nombrar también lo que te dejó por dentro, como dolor, tristeza o soledad.',
  hintSituationAbsolute:
    '«{word}» puede sonar a una acusación de la que tenga que defenderse: intenta describir una vez concreta, como «cuando no me llamaste anoche».',
  hintSituationMakeMe:
    '«{word}» deja tu emoción en sus manos: intenta describir solo lo que hizo, como «cuando levantaste la voz».',
  hintNeedCharacter:
    'Lo que pides importa, y algo concreto que pueda hacer es más fácil de llevar a la práctica: intenta algo como «que me digas cuando cambien los planes».',

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
