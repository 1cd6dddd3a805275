/**
 * What two people type into the rounds, as they type it on a phone: capitals where the keyboard put them (or
 * not), no accents in Spanish, typos, a lead-in typed again ("you said…", «lo que escuché es que…»). The names
 * are the `with` attribute's, as the element gives them; the buttons' names are the language's.
 */
export interface Words {
  names: [string, string];
  said1: string;
  heard1a: string;
  heard1b: string;
  question1: string;
  validation1: string;
  said2: string;
  heard2: string;
  validation2: string;
  pass: string;
  offer: string;
  thatsIt: string;
  notQuite: string;
  swap: string;
  takeBreak: string;
  ready: string;
  done: string;
  breakHeading: string;
  finished: string;
}

export const english: Words = {
  names: ['sam', 'ALEX'],
  said1: 'When You Looked At Your Phone During Dinner I Felt Alone, Like I Was Talking To Myself',
  heard1a: 'you said you were bored at dinner',
  heard1b: 'You said you felt alone at dinner when i was on my phone, like noone was listening',
  question1: 'what was the hardest part for you?',
  validation1: 'it makes sense that you felt alone because dinner is our time together',
  said2: 'i was stressed about work and i didnt know how to say it',
  heard2: 'you were stressed about work and didnt know how to tell me',
  validation2: 'It makes sense you kept it in, because you didnt want to spoil dinner',
  pass: 'Pass to',
  offer: 'Check with',
  thatsIt: "That's it",
  notQuite: 'Not quite',
  swap: 'Swap roles',
  takeBreak: 'Take a break',
  ready: "We're ready",
  done: 'Done',
  breakHeading: 'Taking a break',
  finished: 'Finished. Thank you both for listening.',
};

export const spanish: Words = {
  names: ['ana', 'Luis'],
  said1: 'Cuando Llegas Tarde Sin Avisar Me Quedo Preocupada Toda La Noche',
  heard1a: 'dijiste que te molesta que salga',
  heard1b: 'lo que escuche es que te quedas preocupada toda la noche cuando llego tarde sin avisar',
  question1: 'que es lo que mas te preocupa?',
  validation1: 'tiene sentido que te preocupes porque no sabes donde estoy',
  said2: 'a veces no aviso porque se me pasa la hora en el trabajo y me da verguenza',
  heard2: 'se te pasa la hora y te da verguenza avisar tarde',
  validation2: 'Tiene sentido que te de verguenza porque no quieres que me enfade',
  pass: 'Pasar a',
  offer: 'Comprobar con',
  thatsIt: 'Eso es',
  notQuite: 'No del todo',
  swap: 'Cambiar los papeles',
  takeBreak: 'Hacer una pausa',
  ready: 'Ya podemos seguir',
  done: 'Listo',
  breakHeading: 'Una pausa',
  finished: 'Terminado. Gracias a las dos personas por escucharse.',
};
