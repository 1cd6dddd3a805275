import { expect } from '@open-wc/testing';
import { listeningEntries, listeningResponse } from '../../src/active-listening/summary.js';
import type { ActiveListeningData } from '../../src/active-listening/schema.js';

const data: ActiveListeningData = {
  with: ['Sam', 'Alex'],
  rounds: [
    { speaker: 'Sam', said: 'I felt alone', reflection: 'You felt alone', tries: 2, question: '', validation: 'It makes sense' },
    { speaker: 'Alex', said: 'I was tired', reflection: 'You were tired', tries: 1, question: 'What was hardest?', validation: 'Of course' },
  ],
  breaks: 1,
};

describe('active listening summary (pure)', () => {
  it('shows each round: who said what, then what was heard, asked and validated; never the tries', () => {
    const entries = listeningEntries(data, { said: (name) => `${name} dijo`, reflection: 'Escuché', question: 'Pregunta', validation: 'Tiene sentido' });
    expect(entries).to.deep.equal([
      { label: 'Sam dijo', text: 'I felt alone' },
      { label: 'Escuché', text: 'You felt alone' },
      { label: 'Tiene sentido', text: 'It makes sense' },
      { label: 'Alex dijo', text: 'I was tired' },
      { label: 'Escuché', text: 'You were tired' },
      { label: 'Pregunta', text: 'What was hardest?' },
      { label: 'Tiene sentido', text: 'Of course' },
    ]);
    expect(JSON.stringify(entries)).not.to.match(/tries|intentos|\b2\b/);
  });

  it('answers xAPI round by round', () => {
    expect(listeningResponse(data)).to.equal(
      'Sam said: I felt alone\nHeard: You felt alone\nMakes sense: It makes sense\n\nAlex said: I was tired\nHeard: You were tired\nQuestion: What was hardest?\nMakes sense: Of course',
    );
    expect(listeningResponse({ ...data, rounds: [] })).to.equal('');
  });
});
