/**
 * The words of danger the widgets watch for, by language and kind, as a reviewer can read them.
 *
 * A phrase matches whole words, case, accents and punctuation aside ("won’t", "wont" and "WON'T"
 * are one phrase; "pegó" and "pego" too). Single ordinary words ("hurt", "ignored", "kill",
 * "miedo") are deliberately absent: these exercises are for ordinary hurt between people who are
 * safe with each other. What is listed points past that: violence, abuse, threats, coercion,
 * self-harm and suicide. `except` lists common idioms that contain a phrase but mean no danger;
 * they are taken out of the text before it is read.
 *
 * To add a language: a list of the same shape, added to `safetyPhrases` below.
 */
export type DangerKind = 'violence' | 'abuse' | 'threat' | 'coercion' | 'self-harm' | 'suicide';

export interface PhraseList {
  phrases: Readonly<Record<DangerKind, readonly string[]>>;
  except: readonly string[];
}

export const english: PhraseList = {
  phrases: {
    violence: [
      'hit me', 'hits me', 'hitting me', 'hit my face', 'punched me', 'punches me', 'punch me', 'slapped me', 'slaps me',
      'slap me', 'kicked me', 'kicks me', 'beat me', 'beats me', 'beating me', 'beat me up', 'choked me', 'chokes me',
      'choking me', 'strangled me', 'strangles me', 'shoved me', 'shoves me', 'pushed me down', 'pushed me into',
      'threw things at me', 'throws things at me', 'grabbed me by', 'pinned me down', 'physically hurt me',
      'hurts me physically', 'violent', 'violence', 'assaulted', 'raped me', 'rape', 'raped', 'sexually assaulted',
      'a knife', 'a gun', 'bruises',
    ],
    abuse: ['abuse', 'abused', 'abusing me', 'abusive', 'abuser', 'domestic violence', 'bullied', 'bullies me', 'molested'],
    threat: [
      'threatened me', 'threatens me', 'threatening me', 'threatened to', 'threatens to', 'going to kill', 'gonna kill',
      'will kill', 'kill me', 'kill you', 'kill him', 'kill her', 'kill us', 'hurt the kids', 'hurt the children',
      'going to hurt me', 'gonna hurt me', 'will hurt me', 'scared for my life', 'fear for my life', 'afraid for my life',
      'im not safe', 'i am not safe', 'not safe at home', 'dont feel safe', 'do not feel safe', 'unsafe at home',
      'stalking me', 'stalks me', 'stalked me',
    ],
    coercion: [
      'wont let me leave', 'will not let me leave', 'doesnt let me leave', 'wont let me see my', 'doesnt let me see my',
      'not allowed to see my', 'wont let me go out', 'locks me in', 'locked me in', 'takes my phone', 'took my phone',
      'tracks my phone', 'tracks my location', 'controls my money', 'takes my money', 'took my money', 'forced me',
      'forces me', 'forcing me', 'made me have sex', 'makes me have sex', 'coerced', 'coercive', 'coercion',
      'isolates me', 'cut me off from',
    ],
    'self-harm': [
      'hurt myself', 'hurting myself', 'harm myself', 'harming myself', 'self harm', 'selfharm', 'cut myself',
      'cutting myself', 'burn myself', 'burning myself', 'starve myself',
    ],
    suicide: [
      'suicide', 'suicidal', 'kill myself', 'killing myself', 'end my life', 'ending my life', 'take my own life',
      'take my life', 'want to die', 'wanna die', 'wish i was dead', 'wish i were dead', 'better off dead',
      'better off without me', 'no reason to live', 'dont want to live', 'do not want to live', 'dont want to be alive',
      'end it all', 'overdose',
    ],
  },
  except: ['hit me up', 'it hit me', 'that hit me', 'kill for', 'killing it'],
};

export const spanish: PhraseList = {
  phrases: {
    violence: [
      'me pega', 'me pegó', 'me pegas', 'me pegaste', 'me golpea', 'me golpeó', 'me golpeas', 'me golpeaste', 'me empuja',
      'me empujó', 'me ahorca', 'me ahorcó', 'me estrangula', 'me estranguló', 'me patea', 'me pateó', 'me abofetea',
      'me abofeteó', 'me da bofetadas', 'me cacheteó', 'violencia', 'violento conmigo', 'violenta conmigo', 'me violó',
      'violación', 'me agrede', 'me agredió', 'un cuchillo', 'una pistola', 'moretones',
    ],
    abuse: ['abuso', 'abusa de mí', 'abusó de mí', 'abusivo', 'abusiva', 'maltrato', 'me maltrata', 'me maltrató', 'maltratador'],
    threat: [
      'me amenaza', 'me amenazó', 'amenaza con', 'amenazó con', 'me va a matar', 'me quiere matar', 'quiere matarme',
      'va a matarme', 'te voy a matar', 'miedo por mi vida', 'no estoy a salvo', 'no me siento segura',
      'no me siento seguro', 'no me siento a salvo', 'me acosa', 'me persigue',
    ],
    coercion: [
      'no me deja salir', 'no me deja ver a', 'me quita el teléfono', 'me quita el móvil', 'me quita el celular',
      'me quitó el teléfono', 'me quitó el móvil', 'me quitó el celular', 'controla mi dinero', 'me quita el dinero',
      'me obliga', 'me obligó', 'me fuerza', 'me forzó', 'me encierra', 'me encerró', 'me aísla',
    ],
    'self-harm': [
      'hacerme daño', 'me hago daño', 'lastimarme', 'me lastimo', 'autolesión', 'autolesionarme', 'me autolesiono',
      'cortarme los brazos', 'me corto los brazos',
    ],
    suicide: [
      'suicidio', 'suicidarme', 'me quiero suicidar', 'quiero morir', 'quiero morirme', 'me quiero morir', 'ganas de morir',
      'ganas de morirme', 'quitarme la vida', 'acabar con mi vida', 'no quiero vivir', 'no quiero seguir viviendo',
      'mejor muerta', 'mejor muerto', 'quiero matarme', 'voy a matarme',
    ],
  },
  except: [],
};

/** Every list is read for every text, whatever the widget's language: people write in the language they think in. */
export const safetyPhrases: readonly PhraseList[] = [english, spanish];
