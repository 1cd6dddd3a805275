/** Spanish for `<tend-flow>`. */
import type { Complete } from './es-core.js';
import type { flowStrings } from '../flow/strings.js';

export const spanishFlow = {
  heading: 'Sesión guiada',
  position: 'Paso {current} de {total}',
  summaryPosition: 'Resumen',
  empty: 'Esta sesión aún no tiene ejercicios.',
  back: 'Atrás',
  skip: 'Saltar',

  summaryHeading: 'Tu sesión',
  summaryIntro: 'Lo que hiciste en cada paso. Puedes copiarlo, guardarlo o imprimirlo, y después pulsar Listo.',
  finished: 'Terminado',
  skipped: 'Saltado',
  nothingWritten: 'No escribiste nada.',
  copyAll: 'Copiarlo todo',
  downloaded: 'Tu sesión se ha guardado en {file}.',

  'exercise.i-statement': 'Dilo sin culpar',
  'exercise.stop-timer': 'La técnica STOP',
  'exercise.agreement': 'Nuestro acuerdo vivo',
  'exercise.reflection-card': 'Tarjetas para reflexionar',
  'exercise.check-in': 'Cómo estamos',

  'label.emotion': 'Siento',
  'label.situation': 'Cuando',
  'label.reason': 'Porque',
  'label.need': 'Necesito',
  'label.timeSpent': 'Tiempo en los pasos',
  'label.observe': 'Lo que noté',
  'label.proceed': 'Cómo voy a seguir',
  'label.feelings': 'Emociones',
  'label.highlight': 'Lo mejor',
  'label.challenge': 'Lo difícil',
} satisfies Complete<typeof flowStrings>;
