/** Spanish for `<tend-stop-timer>`. */
import type { Complete } from '../../core/localize.js';
import type { SummaryCatalog } from '../../core/summary.js';
import type { summary } from '../../stop-timer/summary.js';
import type { stopTimerStrings } from '../../stop-timer/strings.js';

export const strings = {
  heading: 'La técnica STOP',
  intro:
    'Cuatro pasos breves y cronometrados para responder con calma en vez de reaccionar por impulso. Pulsa Empezar cuando quieras.',
  'step.stop.title': 'Stop (detente)',
  'step.stop.instruction': 'Deja lo que estás haciendo.',
  'step.breathe.title': 'Toma aire',
  'step.breathe.instruction': 'Respira hondo (una vez o varias).',
  'step.observe.title': 'Observa',
  'step.observe.instruction': 'Observa tus emociones y tus pensamientos.',
  'step.proceed.title': 'Procede',
  'step.proceed.instruction': 'Sigue adelante eligiendo lo que haces, sin dejarte llevar por el impulso.',
  'dbt.heading': 'La habilidad STOP',
  'dbt.credit': 'La habilidad STOP de la terapia dialéctico-conductual (DBT, por sus siglas en inglés), creada por Marsha M. Linehan.',
  'dbt.step.stop.title': 'Stop (detente)',
  'dbt.step.stop.instruction': 'No reacciones todavía. Haz una pausa y mantén el control.',
  'dbt.step.breathe.title': 'Toma distancia',
  'dbt.step.breathe.instruction': 'Da un paso atrás: haz una pausa, suelta la tensión y respira.',
  'dbt.step.observe.title': 'Observa',
  'dbt.step.observe.instruction': 'Fíjate en lo que pasa dentro y fuera de ti: tus pensamientos y emociones, y lo que otras personas dicen o hacen.',
  'dbt.step.proceed.title': 'Procede con atención plena',
  'dbt.step.proceed.instruction': 'Actúa con atención: ten presentes tus objetivos, la situación y a las demás personas, y elige lo que mejore las cosas.',
  stepsLabel: 'Pasos',
  stepOf: 'Paso {index} de {count}',
  'seconds.one': '{count} segundo',
  'seconds.other': '{count} segundos',
  start: 'Empezar',
  pause: 'Pausar',
  resume: 'Continuar',
  skip: 'Saltar',
  resetButton: 'Reiniciar',
  paused: 'En pausa.',
  pausedAway: 'En pausa mientras no estabas. Pulsa Continuar cuando quieras seguir.',
  noRush: 'Sin prisa: el siguiente paso empieza cuando dejes de escribir, o cuando pulses Siguiente.',
  next: 'Siguiente',
  resumed: 'Seguimos.',
  breatheIn: 'Toma aire',
  hold: 'Mantén el aire',
  breatheOut: 'Suelta el aire',
  breathProgress: 'Avance de esta fase de la respiración',
  'note.observe': '¿Qué noto? Emociones, pensamientos, sensaciones del cuerpo…',
  'note.proceed': '¿Qué elijo hacer ahora?',
  noteHint: 'Opcional. Tómate el tiempo que necesites: el temporizador espera mientras escribes.',
  timeUp: 'Se acabó el tiempo. Termina tu nota y después pulsa Listo.',
  completed: 'Has hecho los cuatro pasos. Tómate un momento para notar cómo te sientes ahora.',

  // A flow's summary of this step (src/stop-timer/summary.ts).
  'summary.name': 'La técnica STOP',
  'summary.timeSpent': 'Tiempo en los pasos',
  'summary.observe': 'Lo que noté',
  'summary.proceed': 'Cómo voy a seguir',
} satisfies Complete<typeof stopTimerStrings & SummaryCatalog<typeof summary>>;
