/** Spanish for `<tend-flow>`. */
import type { Complete } from '../../core/localize.js';
import type { flowStrings } from '../../flow/strings.js';

export const strings = {
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
} satisfies Complete<typeof flowStrings>;
