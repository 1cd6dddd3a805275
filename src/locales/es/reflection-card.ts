/** Spanish for `<tend-reflection-card>`, with its built-in decks. */
import type { Complete } from '../../core/localize.js';
import type { SummaryCatalog } from '../../core/summary.js';
import type { summary } from '../../reflection-card/summary.js';
import type { reflectionCardStrings } from '../../reflection-card/strings.js';

export const strings = {
  heading: 'Tarjetas para reflexionar',
  intro: 'Ve tarjeta a tarjeta. Escribe tanto o tan poco como quieras, y sáltate las que prefieras.',
  'deck.self-awareness': {
    title: 'Conocerte mejor',
    intro: 'Darte cuenta de tus patrones es el primer paso para cambiarlos.',
    prompts: [
      '¿Cómo suelo reaccionar cuando mi pareja parece distante?',
      '¿Qué es lo que más seguridad me da en una relación?',
      '¿Qué patrones repito en mis distintas relaciones?',
      '¿En qué momentos me cierro o reacciono sin pensar?',
      '¿Qué aprendí sobre el amor en mi familia?',
    ],
  },
  'deck.check-in': {
    title: 'Ponernos al día',
    intro: 'Hablar con regularidad, aunque sea un momento, ayuda a que cada persona sepa qué esperar.',
    prompts: [
      '¿Qué emociones puedo nombrar?',
      '¿Qué necesidades puedo nombrar?',
      '¿Qué fue lo mejor del día?',
      '¿Qué me costó hoy?',
      '¿Cómo se siente cada persona?',
    ],
  },
  'deck.jealousy': {
    title: 'Los celos como información',
    intro: 'Trata los celos como información, no como una amenaza.',
    prompts: [
      '¿Qué me dice esta emoción sobre un límite o una necesidad?',
      '¿Qué emoción es, y qué necesidad hay detrás?',
      '¿Qué pediría?',
      '¿Cómo puedo decirlo con claridad?',
      '¿Necesito ajustar algún acuerdo o algún límite?',
    ],
  },
  'deck.repair': {
    title: 'Reparar después de un conflicto',
    intro: 'Todas las relaciones tienen conflictos y momentos de desconexión. Lo que importa es repararlos pronto y bien.',
    prompts: [
      '¿Cómo puedo hacerme cargo de mi parte sin buscar excusas ni culpar a nadie más?',
      '¿Cómo puedo reconocer lo que esto le ha hecho sentir a mi pareja?',
      '¿Cómo puedo mostrar un arrepentimiento sincero (no un simple «siento que te sientas así»)?',
      '¿Qué planes concretos puedo hacer para llevar de otra manera situaciones parecidas?',
      '¿Cómo voy a sostener el cambio en lo que hago?',
      '¿Cómo podemos volver a conectar: con cariño, con tiempo de calidad o con el lenguaje del amor de mi pareja?',
    ],
  },
  'deck.progress': {
    title: 'Ver cuánto has avanzado',
    intro: 'Crecer casi nunca es un camino recto: la paciencia, la compasión y la curiosidad son esenciales.',
    prompts: [
      '¿Dónde noto que me resulta más fácil pedir ayuda?',
      '¿Dónde noto menos miedo a expresar lo que necesito?',
      '¿Dónde noto que regulo mejor mis emociones?',
      '¿Dónde noto que los conflictos se encienden con menos frecuencia?',
      '¿Dónde notamos más risas, más calma y más planes de futuro en común?',
      '¿Qué pequeñas victorias puedo celebrar?',
    ],
  },

  'position.one': '{current} de {total}',
  'position.other': '{current} de {total}',
  previous: 'Anterior',
  next: 'Siguiente',
  skip: 'Saltar',
  'words.one': '{count} palabra',
  'words.other': '{count} palabras',
  errorNoAnswers: 'Todavía no has escrito nada. Responde al menos una tarjeta antes de terminar; las demás puedes saltarlas.',

  copyAnswers: 'Copiar las respuestas',
  downloaded: 'Tus respuestas se han guardado en {file}.',
  summaryHeading: 'Tus respuestas',
  skipped: '(sin responder)',
  completed: 'Terminado. Vuelve a estas preguntas cuando quieras: tus respuestas pueden cambiar.',

  // A flow's summary of this step (src/reflection-card/summary.ts).
  'summary.name': 'Tarjetas para reflexionar',
} satisfies Complete<typeof reflectionCardStrings & SummaryCatalog<typeof summary>>;
