/**
 * Spanish (`lang="es"`, and every `es-*` variant). Load it beside the widgets, as a module
 * (`import 'tend-widgets/locales/es'`) or as a second script tag (`dist/locales/es.js`): it
 * registers itself, and the widgets already on the page switch to Spanish where their language
 * (their own `lang`, or the nearest ancestor's) is Spanish.
 *
 * Written by meaning, in the warm second person (tú), not translated word for word, in neutral
 * Spanish for Spain and Latin America. The feelings vocabulary offers nouns ("Siento ansiedad…"):
 * a noun has no grammatical gender, so the word is right whoever speaks it; a typed adjective
 * ("ansiosa", "ansioso") gets "Me siento" (see es-i-statement.ts).
 */
import { registerLocale } from '../core/localize.js';
import { statementLanguage } from '../i-statement/language.js';
import { spanishLanguage, spanishTemplates } from './es-i-statement.js';
import type { coreStrings } from '../core/strings.js';
import type { feelingStrings } from '../core/feelings.js';
import type { iStatementStrings } from '../i-statement/strings.js';
import type { stopTimerStrings } from '../stop-timer/strings.js';
import type { agreementStrings } from '../agreement/strings.js';
import type { reflectionCardStrings } from '../reflection-card/strings.js';
import type { flowStrings } from '../flow/strings.js';
import type { checkInStrings } from '../check-in/strings.js';

/** Every English key must have a Spanish entry: the compiler checks it, and test/locales/es.test.ts too. */
type Complete<T> = Record<keyof T, unknown>;

const core = {
  done: 'Listo',
  reset: 'Empezar de nuevo',
  errorPrefix: 'Error:',
  keptHere:
    'Lo que escribes aquí se guarda en este dispositivo, en este navegador, para que siga aquí cuando vuelvas. Cualquiera que use este dispositivo podría leerlo.',
  notKept: 'Lo que escribes no se guarda: desaparece cuando sales de esta página.',
  keepSwitch: 'Guardar mis palabras en este dispositivo',
  forgotten: 'Lo que se había guardado en este dispositivo se ha borrado, y ya no se guarda nada más.',
  keptAgain: 'Tus palabras vuelven a guardarse en este dispositivo.',
  copied: 'Copiado al portapapeles.',
  copyFailed: 'Aquí no se puede copiar. Selecciona el texto y cópialo tú.',
  print: 'Imprimir',
  downloadMarkdown: 'Descargar en Markdown',
  downloaded: 'Descargado: {file}.',
  completed: 'Terminado. Gracias por regalarte este tiempo.',
  completedPlain: 'Terminado.',
  startedOver: 'Has empezado de nuevo.',
  undoHint: 'Con «Deshacer» recuperas tus palabras durante unos segundos.',
  undo: 'Deshacer',
  undone: 'Tus palabras han vuelto.',
  supportHeading: 'Mereces estar a salvo',
  supportText:
    'Lo que has escrito suena serio, y este ejercicio no está pensado para eso. Si estás en peligro ahora, llama al número de emergencias de tu zona. Una línea de crisis o de ayuda contra la violencia en la pareja puede ayudarte y darte apoyo, de forma confidencial, a cualquier hora.',
  supportKept: 'Lo que escribes aquí se guarda en este dispositivo. Puedes desactivarlo más abajo.',
  exitButton: 'Salir de esta página',
  exitHint: 'o presiona Mayús tres veces',
  'exitPressesLeft.one': 'Mayús: púlsala una vez más para salir de esta página.',
  'exitPressesLeft.other': 'Mayús: púlsala {count} veces más para salir de esta página.',
  requiredMessage: 'Primero completa este ejercicio.',
  emailTo: 'Enviar por correo a {address}',
  emailRest: '(Pega el resto desde el portapapeles.)',
  emailCopied: 'El texto completo está en el portapapeles: pega el resto en el correo.',
  share: 'Compartir',
  nothingToSend: 'Escribe algo primero.',
} satisfies Complete<typeof coreStrings>;

/** The feelings vocabulary, shared by the I-statement and the check-in (src/core/feelings.ts). */
const feelings = {
  vocabulary: [
    { label: 'Tristeza', words: ['tristeza', 'decepción', 'desánimo', 'abatimiento', 'desconsuelo', 'desesperanza', 'melancolía'], kind: 'noun' as const },
    { label: 'Miedo', words: ['ansiedad', 'preocupación', 'nervios', 'miedo', 'inquietud', 'inseguridad', 'tensión'], kind: 'noun' as const },
    { label: 'Enojo', words: ['enojo', 'enfado', 'frustración', 'irritación', 'resentimiento', 'rabia'], kind: 'noun' as const },
    { label: 'Dolor', words: ['dolor', 'incomodidad', 'vergüenza', 'celos', 'vulnerabilidad', 'amargura'], kind: 'noun' as const },
    { label: 'Soledad', words: ['soledad', 'desconexión', 'distancia', 'aislamiento', 'nostalgia', 'añoranza'], kind: 'noun' as const },
    { label: 'Sobrecarga', words: ['agobio', 'agotamiento', 'estrés', 'cansancio', 'confusión', 'desgaste'], kind: 'noun' as const },
    { label: 'Bienestar', words: ['calma', 'seguridad', 'esperanza', 'gratitud', 'alivio', 'satisfacción', 'cercanía'], kind: 'noun' as const },
  ],
  customGroup: 'Tus palabras',
} satisfies Complete<typeof feelingStrings>;

const iStatement = {
  heading: 'Dilo sin culpar',
  headingInDanger: 'Tus palabras',
  intro:
    'Pon en una frase tranquila lo que te está pasando: «Siento [emoción] cuando [situación] porque [motivo]. Necesito [petición].» Te ayuda a hablar con apertura y sin perder la calma.',
  sentenceWithReason: spanishTemplates.withReason,
  sentenceWithoutReason: spanishTemplates.withoutReason,
  sentenceFeelNoun: spanishTemplates.feelNoun,
  sentenceFeelAdjective: spanishTemplates.feelAdjective,

  emotionLabel: 'Siento… / Me siento…',
  emotionHint: 'Una palabra para lo que sientes por dentro, como ansiedad, dolor o soledad. Escribe la tuya o elige una de la lista.',
  emotionToggle: 'Mostrar palabras para emociones',
  vocabularyLabel: 'Palabras para emociones',
  situationLabel: 'cuando…',
  situationHint: 'Qué pasó, tal como lo habría grabado una cámara, por ejemplo «pasan horas sin que me contestes».',
  reasonLabel: 'porque… (opcional)',
  reasonHint: 'Por qué te importa, por ejemplo «empiezo a temer que algo va mal». Puedes dejarlo en blanco.',
  needLabel: 'Necesito…',
  needHint: 'Una cosa que te gustaría que pasara, por ejemplo «un mensaje cuando vayas a llegar tarde».',

  previewLabel: 'Tu frase',
  showExample: 'Ver un ejemplo',
  exampleLabel: 'Ejemplo',
  example: {
    emotion: 'ansiedad',
    situation: 'pasan horas sin que me contestes',
    reason: 'empiezo a temer que algo va mal',
    need: 'que acordemos qué esperamos al escribirnos',
  },

  tipPrefix: 'Una idea:',
  hintEmotionThought:
    'Esto suena más a un pensamiento sobre la otra persona: busca una palabra para lo que sientes por dentro, como ansiedad, dolor o soledad.',
  hintEmotionAccusation:
    '«{word}» describe lo que crees que hizo la otra persona: intenta nombrar la emoción que hay debajo, como dolor, tristeza o soledad.',
  hintSituationAbsolute:
    '«{word}» puede sonar a una acusación de la que tenga que defenderse: intenta describir una vez concreta, como «cuando no me llamaste anoche».',
  hintSituationMakeMe:
    '«{word}» deja tu emoción en sus manos: intenta describir solo lo que hizo, como «cuando levantaste la voz».',
  hintNeedCharacter:
    'Esto le pide que sea otra persona: intenta pedir algo concreto que pueda hacer, como «que me digas cuando cambien los planes».',

  errorEmotion: 'Escribe cómo te sientes en el campo «Siento / Me siento», por ejemplo «ansiedad» o «dolor».',
  errorSituation: 'Escribe qué pasó en el campo «cuando», por ejemplo «pasan horas sin que me contestes».',
  errorNeed: 'Escribe qué te gustaría que pasara en el campo «Necesito», por ejemplo «que lo hablemos esta noche».',

  check: 'Revisar mi frase',
  copy: 'Copiar la frase',
  partEmotion: 'cómo te sientes',
  partSituation: 'qué pasó',
  partNeed: 'qué necesitas',
  stillMissing: 'Aún falta escribir {parts}.',
  nothingToCopy: 'Todavía no hay ninguna frase que copiar. Aún falta escribir {parts}.',
  ready: 'Tu frase está lista.',
  'tips.one': 'Arriba tienes {count} idea que puede ayudarte.',
  'tips.other': 'Arriba tienes {count} ideas que pueden ayudarte.',
  completed: 'Terminado. Tu frase te espera para cuando llegue el momento de decirla.',

  ...feelings,
} satisfies Complete<typeof iStatementStrings>;

const stopTimer = {
  heading: 'La técnica STOP',
  intro:
    'Cuatro pasos breves y cronometrados para responder con calma en vez de reaccionar por impulso. Empieza cuando quieras.',
  'step.stop.title': 'Stop (detente)',
  'step.stop.instruction': 'Deja lo que estás haciendo.',
  'step.breathe.title': 'Toma aire',
  'step.breathe.instruction': 'Respira hondo (una vez o varias).',
  'step.observe.title': 'Observa',
  'step.observe.instruction': 'Observa tus emociones y tus pensamientos.',
  'step.proceed.title': 'Procede',
  'step.proceed.instruction': 'Sigue adelante con intención, no por reacción.',
  'dbt.heading': 'La habilidad STOP',
  'dbt.credit': 'La habilidad STOP de la terapia dialéctico-conductual (DBT, por sus siglas en inglés), creada por Marsha M. Linehan.',
  'dbt.step.stop.title': 'Stop (detente)',
  'dbt.step.stop.instruction': 'No reacciones todavía. Haz una pausa y mantén el control.',
  'dbt.step.breathe.title': 'Toma distancia',
  'dbt.step.breathe.instruction': 'Aléjate un paso de la situación: haz una pausa, suelta y respira.',
  'dbt.step.observe.title': 'Observa',
  'dbt.step.observe.instruction': 'Fíjate en lo que pasa dentro y fuera de ti: tus pensamientos y emociones, y lo que otras personas dicen o hacen.',
  'dbt.step.proceed.title': 'Procede con conciencia',
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
  pausedAway: 'En pausa mientras no estabas. Elige Continuar cuando quieras seguir.',
  noRush: 'Sin prisa: el siguiente paso empieza cuando dejes de escribir, o cuando pulses Siguiente.',
  next: 'Siguiente',
  resumed: 'Seguimos.',
  breatheIn: 'Toma aire',
  hold: 'Mantenlo',
  breatheOut: 'Suelta el aire',
  breathProgress: 'Avance de esta fase de la respiración',
  'note.observe': '¿Qué noto? Emociones, pensamientos, sensaciones del cuerpo…',
  'note.proceed': '¿Qué elijo hacer ahora?',
  noteHint: 'Opcional. Tómate el tiempo que necesites: el temporizador espera mientras escribes.',
  timeUp: 'Se acabó el tiempo. Termina tu nota y después elige Listo.',
  completed: 'Has hecho los cuatro pasos. Tómate un momento para notar cómo te sientes ahora.',
} satisfies Complete<typeof stopTimerStrings>;

const agreement = {
  heading: 'Nuestro acuerdo vivo',
  intro:
    'Los acuerdos son documentos vivos: cambian a medida que cambias tú y cambian tus relaciones. Revísalos a intervalos previsibles y ajústalos cuando haga falta. Se trata de ganar claridad, no control.',
  defaultTitle: 'Nuestro acuerdo',
  titleLabel: 'Título',
  withLabel: 'Con',
  withHint: 'Los nombres de las personas con quienes haces este acuerdo, separados por comas.',
  itemLabel: 'Punto {number}',
  addLabel: 'Añadir a «{section}»',
  addButton: 'Añadir',
  addButtonName: 'Añadir a «{section}»',
  examplePlaceholder: 'Por ejemplo: {example}',
  moveUp: 'Subir: {item}',
  moveDown: 'Bajar: {item}',
  remove: 'Quitar',
  removeItem: 'Quitar {item}',
  itemsHint: 'Para cambiar el orden, usa los botones de mover junto a cada punto o, con un teclado, Alt + flecha arriba o abajo.',
  added: 'Añadido a {section}: {item}',
  removed: 'Quitado: {item}',
  moved: '{item}: ahora en el lugar {position} de {count}',
  emptyAdd: 'Escribe primero el punto y después elige Añadir.',
  noItems: 'Todavía no hay ningún punto.',
  reviewHeading: 'Revisión',
  cadenceLabel: 'Revisar cada',
  'cadence.weekly': 'Semana',
  'cadence.monthly': 'Mes',
  'cadence.quarterly': 'Tres meses',
  'cadenceName.weekly': 'Cada semana',
  'cadenceName.monthly': 'Cada mes',
  'cadenceName.quarterly': 'Cada tres meses',
  agreedOnLabel: 'Fecha del acuerdo',
  agreedOnHint: 'El día en que se hizo el acuerdo. La primera revisión se cuenta a partir de ese día.',
  lastReviewed: 'Última revisión',
  notYetReviewed: 'Todavía no',
  nextReview: 'Próxima revisión',
  markReviewed: 'Marcar como revisado hoy',
  reviewedToday: 'Marcado como revisado hoy. Próxima revisión: {date}.',
  takeAway: 'Llévatelo contigo',
  copyText: 'Copiar como texto',
  downloadMarkdown: 'Descargar en Markdown',
  downloadCalendar: 'Descargar un recordatorio para el calendario (.ics)',
  reminderSummary: 'Revisar nuestro acuerdo: {title}',
  reminderDescription: 'Es hora de revisar juntos «{title}» ({date}).',
  itemsInReminder: 'Poner también los puntos en el recordatorio',
  missingItems: 'Añade al menos un punto al acuerdo antes de terminar.',
  finished: 'Terminado. Tu acuerdo está listo para guardarlo: cópialo, descárgalo o imprímelo.',
  summaryHeading: 'Tu acuerdo',
  summaryHint: 'Léelo con calma. Para cambiar algo, elige «Cambiar» a su lado.',
  change: 'Cambiar',
  editAgreement: 'Editar el acuerdo',

  'section.time.title': 'Tiempo en común',
  'section.time.prompt': 'Aclara qué esperas del tiempo con cada persona con la que tienes una relación, y del tiempo que reservas para ti.',
  'section.time.examples': [
    'Un rato de 15 minutos al día para contarnos lo mejor del día y algo que nos haya costado',
    'Un rato a la semana para un pasatiempo o una clase a la que voy por mi cuenta',
  ],
  'section.boundaries.title': 'Límites',
  'section.boundaries.prompt':
    'Los límites personales que protegen tus necesidades y tus valores: firmes donde son esenciales, flexibles donde conviene.',
  'section.boundaries.examples': ['Cuido mi tiempo y mi espacio personal', 'Cada persona vive en su propia casa, para cuidar su autonomía'],
  'section.communication.title': 'Forma de comunicarnos',
  'section.communication.prompt':
    'Cómo vas a hablar con franqueza de necesidades y miedos, y cómo piensas estar presente en el día a día.',
  'section.communication.examples': [
    'Una charla cada semana, un contacto a mitad de semana y una reflexión al mes',
    'Cuando aparecen los celos, nombramos la emoción y la necesidad que hay detrás, y hablamos con calma',
  ],
  'section.privacy.title': 'Privacidad',
  'section.privacy.prompt': 'Qué esperas en cuanto a privacidad: qué se comparte, con quién, y qué queda solo entre las personas del acuerdo.',
  'section.privacy.examples': ['Qué contamos de nuestra relación a la familia o a las amistades, y cómo'],
  'section.safety.title': 'Seguridad',
  'section.safety.prompt': 'Cómo cuidas tu seguridad y la de los demás, con consentimiento, respeto y sinceridad.',
  'section.safety.examples': ['Una charla breve y sincera antes de que un problema crezca'],
  'section.living.title': 'Convivencia y viajes',
  'section.living.prompt': 'Los límites en cuanto a la convivencia o a los viajes.',
  'section.living.examples': [
    'Cada persona tiene su propia casa',
    'Cómo seguimos en contacto desde ciudades o husos horarios distintos',
  ],
  'section.new-relationships.title': 'Relaciones nuevas',
  'section.new-relationships.prompt':
    'Cómo vas a vivir las relaciones nuevas, y la energía de una relación nueva (NRE, por sus siglas en inglés): la euforia de los comienzos, que puede teñir cómo ves las cosas.',
  'section.new-relationships.examples': ['Hablamos de una relación nueva antes de que su euforia (la NRE) lo tiña todo'],
  'section.agreements.title': 'Acuerdos',
  'section.agreements.prompt': 'Lo que queda dicho con claridad: cómo se relaciona cada persona y qué espera de las demás.',
  'section.agreements.examples': ['Revisamos este acuerdo a intervalos previsibles'],
} satisfies Complete<typeof agreementStrings>;

const reflectionCard = {
  heading: 'Tarjetas para reflexionar',
  intro: 'Una tarjeta cada vez. Escribe tanto o tan poco como quieras, y sáltate las que prefieras.',
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
  announceCard: 'Tarjeta {current} de {total}: {prompt}',
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
} satisfies Complete<typeof reflectionCardStrings>;

const flow = {
  heading: 'Sesión guiada',
  position: 'Paso {current} de {total}',
  summaryPosition: 'Resumen',
  empty: 'Esta sesión aún no tiene ejercicios.',
  back: 'Atrás',
  skip: 'Saltar',
  announceStep: 'Paso {current} de {total}: {title}',
  announceSummary: 'Resumen de tu sesión. Elige Listo para terminar.',

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
const checkIn = {
  'heading.daily': 'Conversación diaria',
  'intro.daily': 'Quince minutos para compartir lo mejor del día y una dificultad.',
  'heading.weekly': 'Tu momento semanal contigo',
  'intro.weekly': 'Veinte minutos una vez a la semana para poner nombre a tus emociones y necesidades.',
  withNames: 'Un momento con {names} para compartir cómo se siente cada persona. Cada cual guarda lo suyo, en su propio dispositivo.',

  feelingsLegend: '¿Cómo te sientes?',
  feelingsHint: 'Nombra tus emociones en lugar de juzgarlas. Elige todas las que encajen.',
  ownFeelingsLabel: 'Otras emociones, con tus palabras (opcional)',
  ownFeelingsHint: 'Separadas por comas.',
  highlightLabel: 'Lo mejor del día',
  highlightHint: 'Un buen momento de hoy, pequeño o grande.',
  winLabel: 'Un pequeño logro de la semana (opcional)',
  winHint: 'Celebra las pequeñas victorias.',
  'challengeLabel.daily': 'Una dificultad del día',
  'challengeHint.daily': 'Un momento bajo de hoy. Lo que cuenta es cómo creces con las dificultades.',
  'challengeLabel.weekly': 'Una dificultad de la semana (opcional)',
  'challengeHint.weekly': 'Lo que cuenta es cómo creces con las dificultades.',
  'needLabel.daily': 'Qué necesitas (opcional)',
  'needLabel.weekly': 'Qué necesitas',
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
  kept: 'Se ha guardado tu momento del {date} en este dispositivo.',
  notKept: 'No se ha podido guardar en este navegador: su almacenamiento está lleno o no está disponible. Sigue aquí en la pantalla; descárgalo para conservarlo.',

  historyHeading: 'Tus momentos a lo largo del tiempo',
  historyIntro: 'Observa los patrones a lo largo del tiempo. Crecer rara vez es lineal: la paciencia, la compasión y la curiosidad son esenciales.',
  historyEmpty: 'Aún no hay nada guardado. Al pulsar Listo, el momento de cada día se guarda aquí.',
  feelingsOften: 'Las emociones que más has nombrado en las últimas cuatro semanas',
  noRecentFeelings: 'No has nombrado emociones en las últimas cuatro semanas.',
  needsRecur: 'Necesidades que han vuelto en las últimas cuatro semanas',
  noRecurringNeeds: 'Ninguna necesidad ha vuelto más de una vez en las últimas cuatro semanas.',
  'times.one': 'una vez',
  'times.other': '{count} veces',
  eachCheckIn: 'Cada momento',
  'older.one': 'Mostrar {count} momento anterior',
  'older.other': 'Mostrar {count} momentos anteriores',
  fieldWith: 'Con',
  fieldFeelings: 'Emociones',
  fieldHighlight: 'Lo mejor',
  fieldWin: 'Pequeño logro',
  fieldChallenge: 'Dificultad',
  fieldNeed: 'Necesidad',
  downloadCsv: 'Descargar en CSV',
  downloaded: 'Descargado: {file}.',
  forgetAll: 'Borrar todos los momentos…',
  confirmForget: '¿Borrar todos los momentos guardados? Se eliminan de este navegador y no se pueden recuperar.',
  confirmYes: 'Borrar todo',
  confirmNo: 'Conservarlos',
  forgotAll: 'Se han borrado de este navegador todos los momentos guardados.',

  ...feelings,
} satisfies Complete<typeof checkInStrings>;

/** The whole Spanish bundle, by namespace (`core` and each exercise id). */
export const es = {
  core,
  'i-statement': iStatement,
  'stop-timer': stopTimer,
  agreement,
  'reflection-card': reflectionCard,
  flow,
  'check-in': checkIn,
};

registerLocale('es', { ...es, ...statementLanguage(spanishLanguage) });
