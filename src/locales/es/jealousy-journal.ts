/**
 * Spanish for `<tend-jealousy-journal>`, for the Spanish locale module to register under the
 * `jealousy-journal` namespace. Warm «tú», neutral for Spain and Latin America. The neighbours of jealousy
 * mix nouns («celos») and phrases said with «Me siento» («al margen», «menos importante»), so their group
 * carries no `kind`: the I-statement's Spanish grammar decides each word when one is carried into it.
 */
import type { Complete } from '../../core/localize.js';
import type { SummaryCatalog } from '../../core/summary.js';
import type { summary } from '../../jealousy-journal/summary.js';
import { spanishFeelings } from './core.js';
import type { jealousyJournalStrings } from '../../jealousy-journal/strings.js';

export const strings = {
  heading: 'Diario de celos',
  headingInDanger: 'Tus palabras',
  intro:
    'Los celos son normales en cualquier forma de relación. Míralos como información, no como una amenaza: ponle nombre a lo que sientes y pregúntate qué te dice sobre una necesidad o un límite.',
  someone: 'la otra persona',

  situationLabel: 'Qué pasó',
  situationHint: 'Tal como lo habría grabado una cámara, por ejemplo «subió fotos de un fin de semana fuera».',
  feelingsLegend: '¿Qué sientes?',
  feelingsHint: 'Ponle nombre a lo que sientes, sin juzgarlo. Elige todas las que encajen.',
  neighbours: {
    label: 'Los celos y lo que se les parece',
    words: ['celos', 'envidia', 'al margen', 'inseguridad', 'miedo a perderte', 'posesividad', 'rivalidad', 'menos importante'],
  },
  ownFeelingsLabel: 'Otras emociones, con tus palabras (opcional)',
  ownFeelingsHint: 'Separadas por comas.',
  strengthLabel: '¿Con qué fuerza lo sientes? (de 0 a 10)',
  strengthHint: 'El número es información, no una nota. Cualquier número está bien.',
  strengthValue: '{value} de 10',
  strengthNotChosen: 'Sin elegir',
  strengthLow: 'apenas se nota',
  strengthHigh: 'lo más fuerte posible',
  needLabel: 'Qué me dice sobre una necesidad o un límite',
  needHint: 'Pregúntate qué te está diciendo lo que sientes. Parte de una de estas ideas o escribe la tuya.',
  needChoicesLabel: 'Necesidades y límites',
  needChoices: [
    { label: 'Que me tranquilicen', words: 'que me tranquilicen' },
    { label: 'Tiempo compartido', words: 'tiempo compartido' },
    { label: 'Sentirme parte', words: 'sentirme parte' },
    { label: 'Saber qué esperar', words: 'saber qué esperar' },
    { label: 'Un límite sobre…', words: 'un límite sobre ' },
  ],
  sayLabel: 'Lo que me gustaría decir (opcional)',
  sayHint: 'Una conversación tranquila y sincera puede desactivar un problema antes de que crezca.',
  sayToStatement: 'Llevarlo a «Dilo sin culpar»',
  carried: 'Se ha llevado a «Dilo sin culpar» lo que sientes, qué pasó y lo que necesitas. Cambia allí lo que quieras.',
  carriedNothing: '«Dilo sin culpar» ya tiene ahí tus propias palabras, así que no se ha sustituido nada.',
  carryNothingYet: 'Aún no hay nada que llevar: escribe qué pasó y nombra una emoción primero.',
  agreementLabel: 'Un acuerdo que revisar (opcional)',
  agreementHint: 'Los acuerdos están vivos: un acuerdo o un límite se pueden ajustar si hace falta.',
  gladLabel: '¿Hay algo de lo que pueda alegrarme por {name}? (opcional)',
  gladHint:
    'Solo si lo hay. La compersión, la alegría de ver feliz a una pareja con otra persona, es posible y crece con la práctica. Nunca es obligatoria: dejar esto en blanco está bien.',

  errorSituation: 'Escribe qué pasó, tal como lo habría grabado una cámara.',
  errorFeelings: 'Nombra al menos una emoción: elige una de arriba o escribe la tuya.',
  missingSituation: 'qué pasó',
  missingFeelings: 'qué sientes',
  stillMissing: 'Aún falta escribir {parts}.',
  kept: 'Se ha guardado esta entrada en este dispositivo.',
  notKept:
    'No se ha podido guardar esta entrada en este navegador: su almacenamiento está lleno o no está disponible. Sigue aquí en la pantalla; descárgala para conservarla.',
  completed: 'Terminado. Gracias por escuchar lo que tenía que decirte esta emoción.',

  historyHeading: 'Tu diario de celos a lo largo del tiempo',
  historyIntro: 'Fíjate en lo que vuelve. Crecer rara vez es lineal: la paciencia, la compasión y la curiosidad son esenciales.',
  historyEmpty: 'Aún no hay entradas guardadas. Al elegir Listo, cada entrada se guarda aquí.',
  strengthOverTime: 'Con qué fuerza lo sentiste en las últimas cuatro semanas',
  strengthPoint: '{date}: {value} de 10',
  fieldDate: 'Fecha',
  noStrengths: 'No has elegido ninguna intensidad en las últimas cuatro semanas.',
  feelingsOften: 'Las emociones que más has nombrado en las últimas cuatro semanas',
  noRecentFeelings: 'No has nombrado emociones en las últimas cuatro semanas.',
  needsRecur: 'Necesidades y límites que han vuelto en las últimas cuatro semanas',
  noRecurringNeeds: 'Ninguna necesidad o límite ha vuelto más de una vez en las últimas cuatro semanas.',
  'times.one': 'una vez',
  'times.other': '{count} veces',
  eachEntry: 'Cada entrada',
  'older.one': 'Mostrar {count} entrada anterior',
  'older.other': 'Mostrar {count} entradas anteriores',
  fieldWith: 'Con',
  fieldSituation: 'Qué pasó',
  fieldFeelings: 'Emociones',
  fieldStrength: 'Intensidad',
  fieldNeed: 'Necesidad o límite',
  fieldSay: 'Lo que me gustaría decir',
  fieldAgreement: 'Acuerdo que revisar',
  fieldGlad: 'Lo que me alegra por la otra persona',
  downloadCsv: 'Descargar en CSV',
  downloaded: 'Descargado: {file}.',
  forgetAll: 'Borrar todas las entradas…',
  confirmForget: '¿Borrar todas las entradas guardadas? Se eliminan de este navegador y no se pueden recuperar.',
  confirmYes: 'Borrar todo',
  confirmNo: 'Conservarlas',
  forgotAll: 'Se han borrado de este navegador todas las entradas guardadas.',

  ...spanishFeelings,

  // A flow's summary of this step (src/jealousy-journal/summary.ts).
  'summary.name': 'Diario de celos',
  'summary.situation': 'Qué pasó',
  'summary.feelings': 'Emociones',
  'summary.strength': 'Intensidad',
  'summary.strengthValue': '{strength} de 10',
  'summary.need': 'Necesidad o límite',
  'summary.say': 'Lo que me gustaría decir',
  'summary.agreement': 'Un acuerdo que revisar',
  'summary.glad': 'Me alegro por la otra persona',
} satisfies Complete<typeof jealousyJournalStrings & SummaryCatalog<typeof summary>>;
