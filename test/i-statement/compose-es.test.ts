import { expect } from '@open-wc/testing';
import { cleanPart, composePreview, composeStatement, feelingKind, type ComposeOptions } from '../../src/i-statement/compose.js';
import { spanishFeelingKind, spanishRules } from '../../src/locales/es/i-statement.js';
import { es } from '../../src/entries/locales/es.js';

const vocabulary = es['i-statement'].vocabulary;
const options: ComposeOptions = { rules: spanishRules, vocabulary };
const compose = (emotion: string, situation: string, reason: string, need: string) =>
  composeStatement({ emotion, situation, reason, need }, options);

describe('i-statement compose in Spanish', () => {
  it('drops the lead-ins typed again and lowers the capital a phone adds', () => {
    expect(compose('Me siento triste', 'Cuando llegas tarde', 'Porque me preocupo', 'Necesito que me avises')).to.equal(
      'Me siento triste cuando llegas tarde porque me preocupo. Necesito que me avises.',
    );
    expect(compose('Frustración', 'Cancelas los planes', '', 'Hablarlo con calma')).to.equal(
      'Siento frustración cuando cancelas los planes. Necesito hablarlo con calma.',
    );
    expect(compose('Siento, siento ansiedad', 'cuando  Cuando no contestas ,', 'xq me preocupo...', 'necesito que me escribas..')).to.equal(
      'Siento ansiedad cuando no contestas porque me preocupo. Necesito que me escribas.',
    );
    expect(compose('Estoy agotada', 'Llegaste a las tres', 'Porque no dormí', 'Que me avises')).to.equal(
      'Me siento agotada cuando llegaste a las tres porque no dormí. Necesito que me avises.',
    );
  });

  it('keeps names and shouting as typed', () => {
    expect(compose('dolida', 'Ana cancela nuestros planes', '', 'un aviso')).to.equal('Me siento dolida cuando Ana cancela nuestros planes. Necesito un aviso.');
    expect(compose('triste', 'Tomás se va', '', 'un abrazo')).to.contain('cuando Tomás se va');
    expect(cleanPart('situation', 'ME GRITAS', options)).to.equal('ME GRITAS');
  });

  it('says «Me siento» before an adjective of either gender, «Siento» before a noun', () => {
    expect(compose('ansiosa', 'no contestas', '', 'que me avises')).to.equal('Me siento ansiosa cuando no contestas. Necesito que me avises.');
    expect(compose('Ansioso', 'no contestas', '', 'que me avises')).to.equal('Me siento ansioso cuando no contestas. Necesito que me avises.');
    expect(compose('ansiedad', 'no contestas', '', 'que me avises')).to.equal('Siento ansiedad cuando no contestas. Necesito que me avises.');
    for (const adjective of ['sola', 'solo', 'insegura', 'segura', 'triste', 'mal', 'muy sola', 'un poco triste', 'algo perdido', 'vacía', 'mejor', 'frustrada y cansada', 'dolidos']) {
      expect(spanishFeelingKind(adjective, () => undefined), adjective).to.equal('adjective');
    }
    for (const noun of ['tristeza', 'soledad', 'frustración', 'confusión', 'inquietud', 'dolor', 'melancolía', 'agotamiento', 'impaciencia', 'esperanza', 'incertidumbre', 'timidez', 'ternura', 'miedo', 'rabia', 'celos', 'un poco de miedo', 'mucha rabia', 'una tristeza enorme', 'algo de miedo']) {
      expect(spanishFeelingKind(noun, () => undefined), noun).to.equal('noun');
    }
  });

  it('follows the vocabulary: its words are tagged nouns, and a whole group of them works', () => {
    for (const word of vocabulary.flatMap((group) => group.words)) {
      expect(feelingKind(word, options), word).to.equal('noun');
      expect(compose(word, 'no contestas', '', 'un mensaje'), word).to.match(new RegExp(`^Siento ${word} cuando`));
    }
    // A custom word list (the `emotions` attribute) carries no tag: the word's shape decides.
    const custom = { ...options, vocabulary: [{ label: 'Tus palabras', words: ['harta', 'nervios'] }] };
    expect(composeStatement({ emotion: 'harta', situation: 'x', reason: '', need: 'y' }, custom)).to.match(/^Me siento harta/);
    expect(composeStatement({ emotion: 'nervios', situation: 'x', reason: '', need: 'y' }, custom)).to.match(/^Siento nervios/);
  });

  it('keeps «siento que…» and «como si…» as «Siento que…», grammatical (the hint names it a thought)', () => {
    expect(compose('Siento que no te importo', 'no contestas', '', 'que hablemos')).to.equal(
      'Siento que no te importo cuando no contestas. Necesito que hablemos.',
    );
    expect(compose('Me siento como si no existiera', 'miras el móvil', '', 'tu atención')).to.equal(
      'Siento como si no existiera cuando miras el móvil. Necesito tu atención.',
    );
  });

  it('never leaves half of ¿…? or ¡…!', () => {
    expect(compose('Enfadada!', '¡me dejaste plantada!', '', '¡que me avises!')).to.equal(
      'Me siento enfadada cuando me dejaste plantada. Necesito que me avises.',
    );
    expect(compose('¡Mucha rabia!', 'me preguntas ¿dónde estabas? delante de todos', '¿por qué me importa?', 'hablarlo')).to.equal(
      'Siento mucha rabia cuando me preguntas ¿dónde estabas? delante de todos porque me importa. Necesito hablarlo.',
    );
    for (const text of [compose('¡¿qué?!', '¡¡ya!!', '¿no?', '¡eso')]) {
      const opened = [...text].filter((c) => c === '¿' || c === '¡').length;
      const closed = [...text].filter((c) => c === '?' || c === '!').length;
      expect(opened, text).to.equal(closed);
    }
  });

  it('previews with «Siento» until the feeling is written', () => {
    expect(composePreview({ emotion: '', situation: '', reason: '', need: '' }, options)).to.equal('Siento … cuando … Necesito …');
    expect(composePreview({ emotion: 'Sola', situation: '', reason: '', need: '' }, options)).to.equal('Me siento sola cuando … Necesito …');
  });
});
