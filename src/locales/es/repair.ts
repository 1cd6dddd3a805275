/**
 * Spanish for `<tend-repair>`, for the Spanish locale module to register under the `repair` namespace (with
 * the grammar of compose-es.ts and the hints of hints-es.ts). Written by meaning in the warm «tú», neutral for
 * Spain and Latin America (no «vosotros», «ustedes», «móvil» or «celular»: «teléfono»), the examples without
 * gendered words.
 */
import type { Complete } from '../../core/localize.js';
import type { SummaryCatalog } from '../../core/summary.js';
import type { summary } from '../../repair/summary.js';
import { spanishRepairRules, spanishTemplates } from '../../repair/compose-es.js';
import { spanishRepairHints } from '../../repair/hints-es.js';
import { repairLanguage } from '../../repair/language.js';
import type { repairStrings } from '../../repair/strings.js';

export const strings = {
  heading: 'Reparar después de un conflicto',
  headingInDanger: 'Tus palabras',
  intro:
    'Todas las parejas tienen conflictos y momentos de distancia; lo que importa es cómo se reparan. Prepara lo que te gustaría decir: tu parte, el impacto, una disculpa, un plan y una forma de volver a acercarse.',
  withNames: 'Una reparación con {name}.',
  someone: 'la otra persona',

  partLabel: 'Mi parte en lo que pasó',
  partHint: 'Lo que hiciste o dejaste de hacer, con tus palabras, por ejemplo «estuve con el teléfono toda la cena». Solo tu parte, sin desviar la responsabilidad.',
  impactLabel: 'El impacto en {name}',
  impactHint: 'Cómo lo vivió {name}, hasta donde puedes verlo, por ejemplo «me esperaste toda la noche».',
  apologyLabel: 'Te pido perdón por…',
  apologyHint: 'Lo que lamentas haber hecho, por ejemplo «no escucharte». Una disculpa sincera habla de lo que hiciste, no de lo que siente {name}.',
  planLabel: 'La próxima vez voy a…',
  planHint: 'Una cosa concreta y realista que harás distinto en una situación parecida, por ejemplo «dejar el teléfono en otra habitación cuando comamos».',
  followUpLabel: 'Fecha para ver cómo va',
  followUpHint: 'Un día para comprobar cómo va el cambio. La confianza se reconstruye con acciones pequeñas y constantes a lo largo del tiempo.',
  followUpClear: 'Borrar la fecha',
  reconnectLabel: 'Una forma de volver a acercarse (opcional)',
  reconnectHint: 'Con afecto, con tiempo de calidad o con lo que más le llegue a {name}. Parte de una de estas ideas o escribe la tuya.',
  reconnectChoicesLabel: 'Formas de volver a acercarse',
  reconnectChoices: [
    { label: 'Afecto', words: 'un abrazo, si quieres' },
    { label: 'Tiempo de calidad', words: 'tiempo de calidad a solas, sin prisas' },
    { label: 'El lenguaje del amor de {name}', words: 'de la manera que a ti más te llegue' },
  ],
  patience: 'Ten paciencia con el proceso de {name}: una disculpa abre la puerta, y sanar lleva su propio tiempo.',
  therapy: 'Cuando la confianza se ha dañado mucho, la terapia de pareja puede ayudar.',

  previewLabel: 'Lo que podrías decir',
  previewEmpty: 'Tus palabras se reúnen aquí cuando hayas escrito tu parte, el impacto, tu disculpa y tu plan.',
  'sentence.part': spanishTemplates.part,
  'sentence.partNamed': spanishTemplates.partNamed,
  'sentence.impact': spanishTemplates.impact,
  'sentence.apologyFor': spanishTemplates.apologyFor,
  'sentence.apologyAs': spanishTemplates.apologyAs,
  'sentence.apologyComma': spanishTemplates.apologyComma,
  'sentence.apologyThat': spanishTemplates.apologyThat,
  'sentence.apologySentence': spanishTemplates.apologySentence,
  'sentence.planWill': spanishTemplates.planWill,
  'sentence.planAs': spanishTemplates.planAs,
  'sentence.planNegative': spanishTemplates.planNegative,
  'sentence.reconnect': spanishTemplates.reconnect,

  tipPrefix: 'Una idea:',
  hintNonApology:
    '«{word}» puede sonar a una disculpa por lo que siente {name} más que por lo que hiciste. Intenta nombrar lo que hiciste, por ejemplo «por levantarte la voz».',
  hintDeflecting:
    '«{word}» pone la atención en lo que hizo {name}, y ahí una reparación puede volverse una discusión. Intenta quedarte con tu parte; lo demás merece su propia conversación.',
  hintApologyBut: '«{word}» puede restar fuerza a lo que dijiste antes. Deja que la disculpa se sostenga sola; los motivos pueden esperar a otra conversación.',
  hintVaguePlan:
    '«{word}» es difícil de ver o de comprobar para {name}. Busca una cosa concreta que vayas a hacer, por ejemplo «decir que necesito veinte minutos y volver».',

  errorPart: 'Escribe tu parte en lo que pasó, por ejemplo «levanté la voz».',
  errorImpact: 'Escribe el impacto en {name}, hasta donde puedas verlo.',
  errorApology: 'Escribe por qué pides perdón, por ejemplo «no escucharte».',
  errorPlan: 'Escribe una cosa que harás distinto la próxima vez.',
  errorFollowUp: 'Elige una fecha para ver cómo va, o déjala en blanco.',
  missingPart: 'tu parte',
  missingImpact: 'el impacto',
  missingApology: 'por qué pides perdón',
  missingPlan: 'qué harás la próxima vez',
  stillMissing: 'Aún falta escribir {parts}.',
  ready: 'Tus palabras están listas para cuando sea buen momento para hablar.',
  copy: 'Copiar lo que podría decir',
  takeAway: 'Llévate tus palabras',
  nothingToCopy: 'Todavía no hay nada que copiar. Aún falta escribir {parts}.',

  reminderAdd: 'Guardar la fecha en mi calendario',
  reminderTitle: 'Ver cómo va lo que hablamos',
  reminderTitleNamed: 'Ver con {name} cómo va lo que hablamos',
  reminderIncludeWords: 'Incluir mis palabras en el recordatorio',
  reminderIncludeHint: 'Solo si lo eliges: un calendario puede sincronizarse, compartirse o verse en la pantalla bloqueada.',
  reminderDownloaded: 'Descargado: {file}. Ábrelo para guardar el recordatorio en tu calendario.',

  fieldWith: 'Con',
  fieldPart: 'Mi parte',
  fieldImpact: 'El impacto',
  fieldApology: 'Mi disculpa',
  fieldPlan: 'La próxima vez',
  fieldFollowUp: 'Para ver cómo va',
  fieldReconnect: 'Para volver a acercarnos',

  completed: 'Terminado. Date el tiempo que necesites: un momento de calma ayuda a que las palabras lleguen.',

  // A flow's summary of this step (src/repair/summary.ts).
  'summary.name': 'Reparar después de un conflicto',
  'summary.part': 'Mi parte',
  'summary.impact': 'El impacto',
  'summary.apology': 'Te pido perdón por',
  'summary.plan': 'La próxima vez voy a',
  'summary.followUp': 'Fecha para ver cómo va',
  'summary.reconnect': 'Una forma de volver a acercarse',
} satisfies Complete<typeof repairStrings & SummaryCatalog<typeof summary>>;

/** The grammar of the composed text and the coaching hints in Spanish, registered with the locale. */
export const bundle = repairLanguage({ rules: spanishRepairRules, hints: spanishRepairHints });
