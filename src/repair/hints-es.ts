/**
 * The repair's coaching hints in Spanish, for the Spanish locale module to register (the element does not
 * import it). Written in folded words (no accents: «perdon» is «perdón» typed on any keyboard), with the
 * forms of Spain, Latin America and voseo. Without accents «tú» and «tu» are one word, so «pero tú…» is
 * recognised by what follows it («pero tú también», «pero tú empezaste»), never «pero tu madre…».
 */
import { saysWhat, type RepairHintRules } from './hints.js';
import { wordRule } from './matching.js';

/** «tú» or «vos» as the subject: followed by a verb of the second person or a word that only a subject takes. */
const youDid =
  "(?:tu|vos|usted)\\s+(?:tambien|no|nunca|siempre|me|te|lo|la|le|ya|eres|sos|estas|estabas|empezaste|empezas|tenias|fuiste|sabes|sabias|dijiste|hiciste|\\p{L}+(?:aste|iste|abas|ias|as|es))";

/** «esforzarme más», «ser mejor», «no volverá a pasar», «cambiar», «mejorar», «echarle ganas»… */
const spanishVague = wordRule(
  [
    'esforzarme(?:\\s+mas)?',
    'poner(?:le)?\\s+(?:mas\\s+)?(?:de\\s+mi\\s+parte|ganas|empeno)',
    'echarle\\s+(?:mas\\s+)?ganas',
    'ser\\s+(?:una\\s+)?mejor(?:\\s+(?:persona|pareja|novi[oa]|espos[oa]|companer[oa]))?',
    'hacerlo\\s+mejor|portarme\\s+mejor|dar\\s+lo\\s+mejor\\s+de\\s+mi',
    'no\\s+(?:volvera|va\\s+a\\s+volver)\\s+a\\s+(?:pasar|ocurrir|suceder)',
    'no\\s+(?:lo\\s+)?(?:volvere|voy\\s+a\\s+volver)\\s+a\\s+hacer(?:lo)?',
    'nunca\\s+mas',
    'cambiar',
    'mejorar',
    'intentarlo(?:\\s+mas)?',
    'trabajar(?:me)?(?:\\s+en)?\\s+(?:mi|mi\\s+mism[oa]|eso|esto|ello|lo\\s+mio)',
    'ser\\s+(?:mas|menos)\\s+\\p{L}+',
  ].join('|'),
);

const spanishFiller = new Set(
  `voy a me comprometo prometo prometer que lo la intentar intentare intentarlo tratar tratare de verdad mas muy mucho y
  te juro ya otra vez no nunca ser mi mismo misma mejor esto eso contigo con para ti por poco un una el los las yo
  de aqui en adelante ahora desde hoy si te lo prometo vale ok bueno`
    .split(/\s+/)
    .filter(Boolean),
);

export const spanishRepairHints: RepairHintRules = [
  {
    // «Siento que te sientas así», «perdón si…», «lo siento si…»: perdón por lo que siente, no por lo que hice.
    key: 'hintNonApology',
    fields: ['apology'],
    pattern: new RegExp(
      [
        '(?:(?:siento|lamento|perdon|perdona|disculpa)\\s+(?:mucho\\s+)?|^)que\\s+(?:(?:te|lo|se)\\s+){0,2}(?:sientas|sintieras|hayas|hubieras|tomes|tomaras|molestes|molestaras|ofendas|ofendieras|enojes|enojaras|enfades|enfadaras|pongas|pusieras|estes|estuvieras)(?![\\p{L}])',
        '(?:(?:perdon|perdona|perdoname|disculpa|disculpame|disculpas|siento|lamento)\\s+(?:mucho\\s+)?|^)si(?!\\s*,)(?![\\p{L}])',
      ].join('|'),
      'u',
    ),
  },
  {
    // «pero tú…», «si no hubieras…», «me hiciste enojar», «por tu culpa», «tú empezaste».
    key: 'hintDeflecting',
    fields: ['part', 'apology', 'plan'],
    pattern: wordRule(
      [
        `pero\\s+(?:es\\s+que\\s+)?${youDid}`,
        'pero\\s+(?:es\\s+que\\s+)?vos',
        'si\\s+(?:tu\\s+|vos\\s+)?(?:no\\s+)?(?:me\\s+|lo\\s+|te\\s+)?(?:hubieras|hubieses|habrias)',
        'si\\s+no\\s+fuera\\s+por\\s+(?:ti|vos)',
        'me\\s+(?:hiciste|haces|hacias|hace|hizo|hacés)\\s+(?:enojar|enfadar|perder|gritar|explotar|reaccionar|saltar|rabiar|sentir\\s+(?:mal|fatal))',
        'me\\s+(?:provocaste|provocas|obligaste|sacaste\\s+de\\s+quicio|sacas\\s+de\\s+quicio)',
        '(?:por\\s+)?tu\\s+culpa|culpa\\s+tuya',
        '(?:tu|vos)\\s+empezaste|empezaste\\s+(?:tu|vos)',
      ].join('|'),
    ),
  },
  {
    // «Le grité porque tú…»: only where the person tells their own part or apology.
    key: 'hintDeflecting',
    fields: ['part', 'apology'],
    pattern: wordRule(`(?:porque|xq|pq|por\\s+que)\\s+(?:${youDid}|vos)`),
  },
  {
    // «Perdón, pero…», «…aunque estaba agotada».
    key: 'hintApologyBut',
    fields: ['apology'],
    pattern: wordRule('(pero)(?!\\s+tambien)|(aunque|sin\\s+embargo|aun\\s+asi)'),
  },
  {
    key: 'hintVaguePlan',
    fields: ['plan'],
    pattern: spanishVague,
    unless: saysWhat(spanishVague, spanishFiller),
  },
];
