/** Spanish for what every widget shares: the core's strings and the feelings vocabulary. */
import type { Complete } from '../../core/localize.js';
import { phoneTextRules } from '../../core/phone-text.js';
import { spanishPhoneText } from './phone-text.js';
import type { coreStrings } from '../../core/strings.js';
import type { feelingStrings } from '../../core/feelings.js';

export const strings = {
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
  copyFailed: 'Aquí no se puede copiar. Selecciona el texto y cópialo a mano.',
  print: 'Imprimir',
  downloadMarkdown: 'Descargar en Markdown',
  downloaded: 'Descargado: {file}.',
  downloadFailed: 'Aquí no se pudo preparar el archivo. Revisa tu conexión e inténtalo de nuevo.',
  completed: 'Terminado. Gracias por regalarte este tiempo.',
  completedPlain: 'Terminado.',
  startedOver: 'Has empezado de nuevo.',
  undoHint: '«Deshacer», el botón siguiente, lo recupera.',
  undo: 'Deshacer',
  undone: 'Tus palabras han vuelto.',
  supportHeading: 'Mereces estar a salvo',
  supportText:
    'Si estás en peligro ahora mismo, llama a emergencias: 112 en España y la UE; 911 en México, Argentina y gran parte de América. También puedes llamar a una línea de ayuda en crisis o contra la violencia en la pareja y hablarlo con alguien.',
  supportKept: 'Lo que escribes aquí se guarda en este dispositivo. Puedes desactivarlo más abajo.',
  exitButton: 'Salir de esta página',
  exitHint: 'o pulsa Mayús tres veces',
  'exitPressesLeft.one': 'Mayús: púlsala una vez más para salir de esta página.',
  'exitPressesLeft.other': 'Mayús: púlsala {count} veces más para salir de esta página.',
  requiredMessage: 'Primero completa este ejercicio.',
  emailTo: 'Enviar por correo a {address}',
  emailAttached: '(Esto es el principio. El texto completo está en el archivo adjunto {file}.)',
  emailLong: 'Tus palabras no caben en un enlace de correo. «Enviar por correo» las guarda completas en el archivo {file} y abre tu correo: adjunta el archivo.',
  emailLongShare: 'Tus palabras no caben en un enlace de correo. «Enviar por correo» las comparte completas en el archivo {file}: elige tu aplicación de correo y envíalo a {address}.',
  emailSaved: 'Guardado: {file}. Adjúntalo al correo antes de enviarlo.',
  emailShared: 'Tus palabras han ido, en un archivo, a la aplicación que elegiste. Envíalo a {address}.',
  share: 'Compartir',
  supportOwnHeading: 'Puedes recibir ayuda para parar',
  supportOwnText:
    'Si has hecho daño a alguien, o temes hacerlo, puedes recibir ayuda para parar. Hay servicios confidenciales para quienes quieren dejar de hacer daño a su pareja o a su familia, y pueden ayudarte a parar. Si alguien está en peligro ahora, llama al número de emergencias de tu zona.',
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

/** Spanish as typed on a phone (which capitals are ordinary), registered with the strings. */
export const bundle = phoneTextRules(spanishPhoneText);
