/** Spanish for what every widget shares: the core's strings and the feelings vocabulary. */
import type { coreStrings } from '../core/strings.js';
import type { feelingStrings } from '../core/feelings.js';

/** Every English key must have a Spanish entry: the compiler checks it, and test/locales/es.test.ts too. */
export type Complete<T> = Record<keyof T, unknown>;

export const spanishCore = {
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
  undoHint: '«Deshacer», el botón siguiente, lo recupera.',
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
export const spanishFeelings = {
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
