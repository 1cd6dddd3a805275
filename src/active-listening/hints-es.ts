/**
 * The active listening's coaching hints in Spanish, for the Spanish locale module to register. Folded words
 * (no accents), forms of Spain, Latin America and voseo. Without accents «tú» and «tu» are one word, so
 * «pero tú…» is told by what follows it.
 */
import { wordRule } from '../repair/matching.js';
import type { ListeningHintRules } from './hints.js';

/** «tú» or «vos» as the subject: a verb of the second person or a word only a subject takes follows. */
const youDid = '(?:tu|vos)\\s+(?:tambien|tampoco|nunca|siempre|me|ya|eres|sos|estabas|empezaste|dijiste|hiciste|\\p{L}+(?:aste|iste|abas|ias))';

export const spanishListeningHints: ListeningHintRules = [
  {
    key: 'hintArguing',
    fields: ['reflection'],
    pattern: wordRule(
      [
        'pero\\s+yo\\s+(?:estaba|solo\\s+(?:bromeaba|queria|intentaba|estaba)|tambien|te\\s+dije|tenia|pense|creo|siento\\s+que|no\\s+queria)',
        `pero\\s+(?:es\\s+que\\s+)?${youDid}`,
        'pero\\s+(?:es\\s+que\\s+)?vos',
        'eso\\s+no\\s+es\\s+(?:verdad|cierto|justo|asi)|no\\s+es\\s+verdad|no\\s+fue\\s+asi',
        '(?:tu|vos)\\s+(?:tambien|tampoco)',
        'y\\s+(?:tu|vos)\\s+que|y\\s+cuando\\s+(?:tu|vos)',
        'exageras|estas\\s+exagerando|te\\s+pasas',
        'para\\s+ser\\s+justos|en\\s+mi\\s+defensa|la\\s+verdad\\s+es\\s+que\\s+(?:tu|vos)',
      ].join('|'),
    ),
  },
  {
    key: 'hintAccusingQuestion',
    fields: ['question'],
    pattern: wordRule(
      [
        'por\\s*que\\s+(?:(?:tu|vos)\\s+)?(?:siempre|nunca|jamas|sigues|seguis|te\\s+empenas|insistes|me\\s+haces|tienes\\s+que|tenes\\s+que|no\\s+puedes|no\\s+podes|no\\s+sabes)',
        'por\\s*que\\s+no\\s+(?:me\\s+|te\\s+|lo\\s+|me\\s+lo\\s+)?(?!(?:sentiste|pensaste|creiste|quisiste)(?![\\p{L}]))\\p{L}+(?:aste|iste)',
        'como\\s+(?:pudiste|puedes|podes|se\\s+te\\s+ocurre|fuiste\\s+capaz)',
        'que\\s+(?:te\\s+pasa|problema\\s+tienes)',
        'es\\s+que\\s+no\\s+te\\s+importa|no\\s+te\\s+das\\s+cuenta|tanto\\s+te\\s+cuesta|acaso|quien\\s+hace\\s+eso',
      ].join('|'),
    ),
  },
  {
    key: 'hintValidationBut',
    fields: ['validation'],
    pattern: wordRule('(pero)(?!\\s+tambien)|(sin\\s+embargo|aunque|aun\\s+asi|de\\s+todas\\s+(?:formas|maneras)|no\\s+obstante)'),
  },
];
