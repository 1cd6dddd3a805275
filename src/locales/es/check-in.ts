/** Spanish for `<tend-check-in>`. */
import type { Complete } from '../../core/localize.js';
import type { SummaryCatalog } from '../../core/summary.js';
import type { summary } from '../../check-in/summary.js';
import { spanishFeelings } from './core.js';
import type { checkInStrings } from '../../check-in/strings.js';

export const strings = {
  'heading.daily': 'Conversación diaria',
  'intro.daily': 'Quince minutos para compartir lo mejor del día y una dificultad.',
  'heading.weekly': 'Tu momento semanal contigo',
  'intro.weekly': 'Veinte minutos una vez a la semana para poner nombre a tus emociones y necesidades.',
  withNames: 'Un momento con {names} para compartir cómo se siente cada persona. Cada cual guarda lo suyo, en su propio dispositivo.',

  feelingsLegend: '¿Cómo te sientes?',
  feelingsHint: 'Nombra tus emociones en lugar de juzgarlas. Elige todas las que encajen.',
  ownFeelingsLabel: 'Otras emociones, con tus palabras (opcional)',
  ownFeelingsHint: 'Separadas por comas.',
  highlightLabel: 'Lo mejor del día (opcional)',
  highlightHint: 'Un buen momento de hoy, pequeño o grande, si lo hubo.',
  winLabel: 'Un pequeño logro de la semana (opcional)',
  winHint: 'Celebra las pequeñas victorias.',
  'challengeLabel.daily': 'Una dificultad del día (opcional)',
  'challengeHint.daily': 'Algo que te costó hoy, si quieres nombrarlo.',
  'challengeLabel.weekly': 'Una dificultad de la semana (opcional)',
  'challengeHint.weekly': 'Lo que fue difícil esta semana, si quieres nombrarlo.',
  'needLabel.daily': 'Qué necesitas (opcional)',
  'needLabel.weekly': 'Qué necesitas (opcional)',
  needHint: 'Describe la necesidad que hay detrás de tus emociones.',

  errorFeelings: 'Nombra al menos una emoción: elige una de arriba o escribe la tuya.',
  errorHighlight: 'Escribe lo mejor del día, pequeño o grande.',
  errorChallenge: 'Escribe una dificultad del día.',
  errorNeed: 'Escribe qué necesitas.',
  partFeelings: 'cómo te sientes',
  partHighlight: 'lo mejor del día',
  partChallenge: 'una dificultad',
  partNeed: 'qué necesitas',
  stillMissing: 'Aún falta escribir {parts}.',
  kept: 'Se ha guardado tu registro del {date} en este dispositivo.',
  notKept: 'No se ha podido guardar en este navegador: su almacenamiento está lleno o no está disponible. Sigue aquí en la pantalla; descárgalo para conservarlo.',

  historyHeading: 'Tus registros a lo largo del tiempo',
  historyIntro: 'Observa los patrones a lo largo del tiempo. Crecer rara vez es lineal: la paciencia, la compasión y la curiosidad son esenciales.',
  historyEmpty: 'Aún no hay nada guardado. Al pulsar Listo, el registro de cada día se guarda aquí.',
  feelingsOften: 'Las emociones que más has nombrado en las últimas cuatro semanas',
  noRecentFeelings: 'No has nombrado emociones en las últimas cuatro semanas.',
  needsRecur: 'Necesidades que han vuelto en las últimas cuatro semanas',
  noRecurringNeeds: 'Ninguna necesidad ha vuelto más de una vez en las últimas cuatro semanas.',
  'times.one': 'una vez',
  'times.other': '{count} veces',
  eachCheckIn: 'Cada registro',
  'older.one': 'Mostrar {count} registro anterior',
  'older.other': 'Mostrar {count} registros anteriores',
  fieldWith: 'Con',
  fieldFeelings: 'Emociones',
  fieldHighlight: 'Lo mejor',
  fieldWin: 'Pequeño logro',
  fieldChallenge: 'Dificultad',
  fieldNeed: 'Necesidad',
  downloadCsv: 'Descargar en CSV',
  downloaded: 'Descargado: {file}.',
  forgetAll: 'Borrar todos los registros…',
  confirmForget: '¿Borrar todos los registros guardados? Se eliminan de este navegador y no se pueden recuperar.',
  confirmYes: 'Borrar todo',
  confirmNo: 'Conservarlos',
  forgotAll: 'Se han borrado de este navegador todos los registros guardados.',

  ...spanishFeelings,

  // A flow's summary of this step (src/check-in/summary.ts).
  'summary.name': 'Cómo estamos',
  'summary.feelings': 'Emociones',
  'summary.highlight': 'Lo mejor',
  'summary.challenge': 'Lo difícil',
  'summary.need': 'Necesito',
} satisfies Complete<typeof checkInStrings & SummaryCatalog<typeof summary>>;
