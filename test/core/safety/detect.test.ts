import { expect } from '@open-wc/testing';
import { assessSafety, detectDanger, useSafetyLanguages, type SafetyFinding, type SafetyLanguage } from '../../../src/core/safety/detect.js';
import { english } from '../../../src/core/safety/languages/en.js';
import { spanish } from '../../../src/core/safety/languages/es.js';

const assess = (text: string) => assessSafety([text]);
const kindOf = (text: string) => detectDanger([text])?.kind ?? null;
const tierOf = (text: string) => assess(text)?.tier ?? null;

function expectDanger(texts: readonly string[], kind?: SafetyFinding['kind']) {
  for (const text of texts) {
    const found = assess(text);
    expect(found?.tier, `${text} → ${JSON.stringify(found)}`).to.equal('danger');
    if (kind) expect(found?.kind, text).to.equal(kind);
  }
}

function expectCaution(texts: readonly string[]) {
  for (const text of texts) expect(tierOf(text), text).to.equal('caution');
}

function expectNothing(texts: readonly string[]) {
  for (const text of texts) expect(assess(text), text).to.equal(null);
}

describe('safety: assessSafety', () => {
  it('finds violence, abuse, threats, coercion, self-harm and suicide in English', () => {
    expect(kindOf('abused')).to.equal('abuse');
    expect(kindOf('you hit me')).to.equal('violence');
    expect(kindOf('like I want to die')).to.equal('suicide');
    expect(kindOf('He THREATENED to take the kids')).to.equal('threat');
    expect(kindOf('he won’t let me leave the house')).to.equal('coercion');
    expect(kindOf('I want to hurt myself')).to.equal('self-harm');
    expect(kindOf('I keep thinking about suicide.')).to.equal('suicide');
    expect(kindOf('she said she would kill me')).to.equal('threat');
    // Fear for one's safety is its own kind now (it was listed under threats).
    expect(kindOf("I don't feel safe at home")).to.equal('fear');
  });

  it('finds them in Spanish, with or without accents', () => {
    expect(kindOf('me pega')).to.equal('violence');
    expect(kindOf('Me pegó ayer')).to.equal('violence');
    expect(kindOf('me pego ayer')).to.equal('violence');
    expect(kindOf('quiero morirme')).to.equal('suicide');
    expect(kindOf('me amenaza con irse con los niños')).to.equal('threat');
    expect(kindOf('no me deja salir sola')).to.equal('coercion');
    expect(kindOf('sufro maltrato')).to.equal('abuse');
    expect(kindOf('a veces me hago daño')).to.equal('self-harm');
  });

  it('leaves ordinary feelings and idioms alone, in both tiers', () => {
    expectNothing([
      'anxious',
      'hurt',
      'ignored',
      'yelled',
      'I could kill for a coffee',
      'you forget to text back',
      'when you hit the snooze button',
      'hit me up when you are free',
      'it hit me that I miss you',
      'you are killing it at work',
      'I feel nervous speaking up in meetings',
      'scared of spiders',
      'me duele',
      'me duele cuando no me contestas',
      'me muero de ganas de verte',
      'tengo miedo de perderte',
      'me corto el pelo mañana',
      'me mata el tráfico',
      '',
      '   ',
    ]);
  });

  it('needs whole words: "abuser" is listed, "disabused" is not a match for "abused"', () => {
    expect(kindOf('I was disabused of that idea')).to.equal(null);
    expect(kindOf('violently')).to.equal(null);
  });

  it('reads every text given and reports the phrase found', () => {
    expect(detectDanger(['calm', 'a walk', 'you hit me'])).to.deep.equal({ kind: 'violence', phrase: 'hit me' });
    expect(assessSafety(['calm', 'a walk', 'you hit me'])).to.deep.equal({ tier: 'danger', kind: 'violence', phrase: 'hit me' });
  });

  it('reads English and Spanish in every text, whatever the page language', () => {
    expect(assessSafety(['calm', 'me pega'])?.tier).to.equal('danger');
    expect(assessSafety(['tranquila', 'he hits me'])?.tier).to.equal('danger');
    expect(assess('estoy bien pero he choked me')?.kind).to.equal('strangulation');
  });
});

describe('safety: every phrase quoted in issue 25 and the contract', () => {
  it('catches the danger phrases', () => {
    expectDanger([
      'he put his hands around my neck last night',
      'he pushed me against the wall',
      'he grabbed my arm so hard it left marks',
      'she threw a glass at me',
      "I'm scared of him when he drinks",
      'he said he would take the kids if I tell anyone',
      'he said he would hurt me if I left',
      'I wanted to disappear. I do not see the point any more',
      'he said he will kill me if I leave',
      "he's been hitting me",
      "I don't want to be here anymore",
      'everyone would be better off without me',
      'took too many pills',
      'scared to go home',
      'me quiero matar',
      'me voy a matar',
      'me corto',
      'me volvió a pegar',
      'me pegaba cuando bebía',
      'me pegaba',
      'me dio una cachetada',
      'me agarró del cuello',
      'me agarró fuerte del cuello',
      'me tiene amenazada con quitarme a los niños',
      'me revisa el celular',
      'estarían mejor sin mí',
      'soy una carga',
      'dijo que me iba a matar',
    ]);
    expectDanger(['I hit her', 'le pegué'], 'own-violence');
  });

  it('shows nothing for the ordinary phrases and idioms', () => {
    expectNothing([
      'me pegó un susto',
      'me pego una ducha',
      'me pegó la gripe',
      'amenaza con llover',
      'no me siento segura de lo que quieres',
      'this commute is killing me',
      'me muero de ganas',
      'a killer deadline and I could murder a pizza',
    ]);
  });

  it('reads the I-statement of a frightening night across its fields', () => {
    const found = assessSafety(['scared', 'he put his hands around my neck last night', 'I could not breathe', 'him to stop drinking so much']);
    expect(found).to.deep.include({ tier: 'danger', kind: 'strangulation' });
  });
});

describe('safety: the matcher', () => {
  it('knows a verb in any tense and person (inflection, «volver a», "keep …ing")', () => {
    expectDanger(['he hits me', 'hes been hitting me', 'he has hit me before', 'he keeps hitting me', 'he slapped me', 'she is slapping me'], 'violence');
    expectDanger(['me pega', 'me pegó', 'me pegaba', 'me ha pegado', 'me volvió a pegar', 'me sigue pegando', 'vos me pegás', 'me golpeaba'], 'violence');
  });

  it('lets words stand in between (slots)', () => {
    expectDanger(['he put both of his hands around my neck', 'he had his hand on my throat', 'she threw the remote control at me']);
    expectDanger(['me agarró muy fuerte del cuello', 'me puso las dos manos en el cuello', 'me tiró el plato a la cara']);
  });

  it('reads a negation as caution, and a negation that is the danger as danger', () => {
    expectCaution(['he never hit me', 'he didnt really hit me', 'nunca me pegó', 'no me pegó']);
    expectDanger(['he wont let me see my friends', 'no me deja ver a mis amigas', 'I dont want to live anymore', 'no quiero vivir']);
  });

  it('keeps a negation to its own sentence', () => {
    expect(tierOf("I didn't sleep. He hit me")).to.equal('danger');
  });

  it('knows the idioms that contain a harm word', () => {
    expectNothing([
      'this commute is killing me',
      'my feet are killing me',
      'she killed it at her presentation',
      'he beat me at chess',
      'i got choked up at the wedding',
      'me pegué una siesta',
      'se me pegó la canción',
      'me muero de hambre',
      'este calor me mata',
      'mataría por un café',
      'estoy hasta el cuello de trabajo',
    ]);
  });

  it('hears threats reported as speech', () => {
    expectDanger(['he said he would kill me', 'she told me shed hurt my family', 'he says hell take the kids'], 'threat');
    expectDanger(['me dijo que me iba a matar', 'dijo que le haría daño a mi familia', 'me dijo que si lo dejo me va a buscar'], 'threat');
  });

  it("names the person's own violence, and puts the person's safety first", () => {
    expectDanger(['I hit her', 'i slapped my girlfriend', 'i lost control and punched him', 'le pegué', 'empujé a mi mujer', 'la agarré del cuello'], 'own-violence');
    expect(assess('he choked me so i hit him')?.kind).to.equal('strangulation');
  });

  it('folds capitals, missing accents and apostrophes, and common typos', () => {
    expectDanger(['HE HIT ME AGAIN', 'he chocked me', 'he strangeled me', 'im sucidal', 'i want to kms', 'me aorcó', 'ke me mata', 'dice q me va a matar']);
    expect(kindOf('he won’t let me leave')).to.equal(kindOf('he wont let me leave'));
  });

  it('has a caution tier: a harm word on a person, a death or pill word, fear of someone, a controlled object', () => {
    expectCaution(['he hurt me', 'i couldnt breathe', 'my grandmother died', 'i took my pills', 'Im scared of you when you yell', 'you check my phone']);
    expectCaution(['me lastimó lo que dijo', 'se murió mi abuela', 'revisas mi celular', 'Me llamas cinco veces al día al trabajo']);
  });

  it('prefers danger over caution across fields', () => {
    expect(assessSafety(['he hurt me', 'he hit me'])?.tier).to.equal('danger');
  });
});

describe('safety: the caution tier needs a person, not a feeling', () => {
  it('leaves a bare feeling alone, in any field', () => {
    expectNothing(['scared', "I'm scared", 'I feel Scared', 'I am hurt', 'i felt hurt', 'jealous', 'Jealous', 'afraid of losing you', 'terrified']);
    expectNothing(['miedo', 'Tengo miedo', 'con miedo', 'Me da miedo', 'celosa', 'celos', 'Un estorbo', 'miedo a perderte']);
    expect(assessSafety(["I'm scared", 'You drive fast on the motorway', '', 'Can you slow down'])).to.equal(null);
    expect(assessSafety(['Tengo miedo', 'Gritas y das portazos', '', 'Que hablemos con calma'])).to.equal(null);
  });

  it('hears fear of someone, and fear of going home', () => {
    expectDanger(["I'm scared of him", 'le tengo miedo', 'scared to go home']);
    expectCaution(['Im scared of you when you yell', 'tengo miedo de él']);
  });

  it("reads a controlled object as someone else controlling the person's own things, not their own phone use", () => {
    expectDanger(['he checks my phone', 'me revisa el celular', 'he took my passport']);
    expectCaution(['you check my phone', 'You read my messages', 'revisas mi celular', 'Revisás mi teléfono']);
    expectNothing([
      'you check your phone at dinner',
      'Every Time You Check Your Phone At Dinner',
      'miras el celular mientras te hablo',
      "I won't look at my phone while you talk",
      'he took my phone charger again',
      'To look at the bank account together on Sundays',
    ]);
  });

  it("hears the person's own watching of a partner's phone as control: coaching stops, no note (issue 34)", () => {
    expectCaution(['I check her phone every night', 'i went through his messages again', 'I Track Her Location', 'Le revisé el celular mientras se bañaba', 'le reviso el celular todas las noches']);
    expectNothing(['I check my phone every night', 'I check all my messages at night', 'I look at my phone too much', 'él mira su celular mientras le hablo', 'Reviso mi celular antes de dormir']);
  });

  it('does not take everyday words for harm, in either language', () => {
    expectNothing([
      'A Clean Kitchen Before Bed',
      'You Leave For Work Without Saying Goodbye',
      'I reach for your hand and you pull away',
      'Would you sit with me for a bit',
      'you to take a break and come back calmer',
      "You Don't Say Sorry After A Fight",
      'You Watch Netflix Without Me',
      'Could you share your location with me',
      'you to listen before you decide how I feel',
      'you make me feel small',
      'you to be more considerate',
      'he threw me a surprise party',
      "I'm sorry I hurt you",
      'Walk away and breathe before I say anything',
    ]);
    expectNothing(['Te toca a ti y no lo haces', 'Que vengas a la cama conmigo', 'Deja de tirar la ropa en el sofá', 'Que uses el casco siempre', 'No vienes a mis partidos']);
    expectNothing(['Cuando sales con tus amigos sin mí', 'perdón si te hice daño', 'Alejarme y respirar antes de decir nada', 'Poner de mi parte']);
  });

  it('keeps «herir» and «morir» to their own forms («hiere», «muere»: never «era», «eres», «ira», "more")', () => {
    expectNothing(['me eres muy importante', 'me era imposible decirte', 'Siempre me eras fiel', 'me ira bien', 'tell me more']);
    expectDanger(['me hirió', 'me hiere', 'me muerde', 'dice que me va a matar', 'la ahorqué', 'me encerró en el baño']);
  });

  it("never takes the person's own violence for an idiom", () => {
    expectDanger(['im going to hit her', 'i smashed her face into the wall', 'i broke her arm', 'Im scared im going to hurt her']);
  });
});

describe('safety: the tables', () => {
  it('tells an accident from self-harm', () => {
    expectNothing(['I hit my head on the cupboard', 'I hit my head getting out of the car', 'i cut myself shaving', 'me corté el dedo cocinando']);
    expectDanger(['i bang my head when im upset', 'i banged my head against the wall until it bled', 'me corto'], 'self-harm');
  });

  it('takes its languages asynchronously, reading with the ones it had until they arrive', async () => {
    let arrive: (tables: readonly SafetyLanguage[]) => void = () => undefined;
    const handed = useSafetyLanguages(new Promise<readonly SafetyLanguage[]>((resolve) => (arrive = resolve)));
    try {
      expect(tierOf('me pega')).to.equal('danger');
      arrive([english]);
      await handed;
      expect(assess('me pega'), 'Spanish is no longer read').to.equal(null);
      expect(tierOf('he hits me')).to.equal('danger');
    } finally {
      await useSafetyLanguages([english, spanish]);
    }
    expect(tierOf('me pega')).to.equal('danger');
  });
});
