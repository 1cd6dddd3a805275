/**
 * Spanish for `<tend-active-listening>`, for the Spanish locale module to register under the
 * `active-listening` namespace. Warm «tú» to whoever holds the device; what speaks to both is impersonal or
 * about «las dos personas», so no «ustedes» or «vosotros» and no gendered plural («listos», «juntos»).
 */
import type { Complete } from '../../core/localize.js';
import type { SummaryCatalog } from '../../core/summary.js';
import type { summary } from '../../active-listening/summary.js';
import type { activeListeningStrings } from '../../active-listening/strings.js';
import { listeningHintLanguage } from '../../active-listening/hints.js';
import { spanishListeningHints } from '../../active-listening/hints-es.js';

export const strings = {
  heading: 'Escucharse',
  headingInDanger: 'Tus palabras',
  intro:
    'Dos personas, un dispositivo, por turnos. Una habla; la otra devuelve lo que escuchó antes de responder, pregunta para aclarar en lugar de suponer y valida lo que siente la otra, aunque no esté de acuerdo. Cualquiera de las dos puede pedir una pausa en cualquier momento.',
  defaultFirst: 'Persona A',
  defaultSecond: 'Persona B',

  'turn.say': '{speaker}, tu turno: di lo que quieres que {listener} escuche.',
  'turn.reflect': '{listener}, tu turno: devuelve lo que escuchaste, antes de responder.',
  'turn.check': '{speaker}, ¿es eso lo que querías decir?',
  'turn.respond': '{listener}, tu turno: una pregunta, y luego lo que tiene sentido para ti.',
  'turn.break': 'Una pausa. Se sigue cuando las dos personas estén preparadas.',

  saidLabel: '{speaker}: lo que quiero que escuches',
  saidHint: 'Una sola cosa, sobre ti: qué pasó y cómo te sentiste.',
  pass: 'Pasar a {listener}',
  heardLabel: '{listener}: lo que escuché, con mis palabras',
  heardHint: 'Devuelve lo que escuchaste antes de responder: lo que siente, además de los hechos. Tu versión puede esperar a tu turno.',
  offer: 'Comprobar con {speaker}',
  thatsIt: 'Eso es',
  notQuite: 'No del todo',
  notQuiteNext: '{listener}, inténtalo de nuevo: ¿qué quería decir {speaker}? Acertar puede llevar varios intentos; así funciona escuchar.',
  noPeeking: 'Sin mirar: ocultar lo que escribió quien habla mientras la otra persona lo devuelve',
  saidHidden: 'Las palabras de {speaker} quedan ocultas hasta que {speaker} diga «Eso es».',
  saidQuote: '{speaker} dijo',
  heardQuote: '{listener} escuchó',
  questionLabel: '{listener}: una pregunta para aclarar',
  questionHint: 'Pregunta en lugar de suponer, por ejemplo «¿Qué fue lo más difícil para ti?». Puedes dejarla en blanco.',
  validationLabel: '{listener}: tiene sentido que sientas… porque…',
  validationHint: 'Validar no es estar de acuerdo: puedes entender lo que siente {speaker} y ver la situación de otra manera.',
  swap: 'Cambiar los papeles',

  takeBreak: 'Hacer una pausa',
  breakHeading: 'Una pausa',
  breakText:
    'Hacer una pausa cuando alguna de las dos personas se siente desbordada también es parte de escuchar bien. Decir que hace falta una pausa, alejarse un rato y respirar despacio; después, volver a la conversación cuando las dos personas estén preparadas.',
  breakLength: 'Unos veinte minutos suelen bastar para que el cuerpo se calme.',
  breakBreathe: 'Respirar con la técnica STOP',
  breatheIn: 'Toma aire',
  hold: 'Mantén el aire',
  breatheOut: 'Suelta el aire',
  breathProgress: 'Avance de esta fase de la respiración',
  ready: 'Ya podemos seguir',

  'round.of': 'Ronda {round} de {suggested}',
  'round.beyond': 'Ronda {round}',
  'roundsReached.one': 'Esa era la ronda sugerida: se puede terminar aquí o seguir.',
  'roundsReached.other': 'Esas eran las {count} rondas sugeridas: se puede terminar aquí o seguir.',
  roundKept: 'Ronda {round} guardada. Ahora habla {speaker} y escucha {listener}.',

  errorSaid: '{speaker}, escribe lo que quieres que {listener} escuche.',
  errorReflection: '{listener}, escribe lo que escuchaste.',
  errorValidation: '{listener}, escribe qué tiene sentido de lo que siente {speaker}.',
  missingSaid: 'lo que {speaker} quiere que se escuche',
  missingReflection: 'la versión de {listener}, con un «Eso es»',
  missingValidation: 'la validación de {listener}',
  breakFirst: 'Ahora es momento de pausa: elige «Ya podemos seguir» para continuar.',
  stillMissing: 'Para terminar hace falta una ronda. Aún falta: {parts}.',
  droppedRound: 'La ronda en curso no se guarda: una ronda cuenta cuando tiene su validación.',

  tipPrefix: 'Una idea:',
  hintArguing: '«{word}» responde en lugar de reflejar. Devolver solo refleja lo que dijo {speaker}; tu versión tiene su lugar en tu turno.',
  hintAccusingQuestion: '«{word}» puede sonar a reproche. Busca una pregunta abierta, por ejemplo «¿Cómo fue eso para ti?».',
  hintValidationBut: '«{word}» puede deshacer la validación. Intenta terminar después de «porque…»; tu punto de vista puede esperar a tu turno.',

  fieldSpeaker: 'Habla',
  fieldSaid: 'Dijo',
  fieldReflection: 'Escuché',
  fieldTries: 'Intentos',
  fieldQuestion: 'Pregunta',
  fieldValidation: 'Tiene sentido',
  fieldBreaks: 'Pausas',

  completed: 'Terminado. Gracias a las dos personas por escucharse.',

  // A flow's summary of this step (src/active-listening/summary.ts).
  'summary.name': 'Escucharse',
  'summary.said': '{speaker} dijo',
  'summary.reflection': 'Lo que escuché',
  'summary.question': 'Una pregunta',
  'summary.validation': 'Tiene sentido',
} satisfies Complete<typeof activeListeningStrings & SummaryCatalog<typeof summary>>;

/** The coaching hints' Spanish rules, registered with the strings. */
export const bundle = listeningHintLanguage(spanishListeningHints);
