import { expect } from '@open-wc/testing';
import { notesText, stepAnnouncement, stepText, type TimerWords } from '../../src/stop-timer/text.js';
import { stopTimerStrings } from '../../src/stop-timer/strings.js';

/** The English strings, looked up as the element's LocalizeController would. */
const words = {
  t: (key: string) => (stopTimerStrings as Record<string, string>)[key] ?? key,
  plural: (key: string, count: number) => (stopTimerStrings as Record<string, string>)[`${key}.${count === 1 ? 'one' : 'other'}`]!.replace('{count}', String(count)),
} as unknown as TimerWords;

describe('stop-timer text (pure)', () => {
  it('words a step in the chosen variant', () => {
    expect(stepText(words, 'mindfulness', 'breathe', 'title')).to.equal('Take a breath');
    expect(stepText(words, 'dbt', 'breathe', 'title')).to.equal('Take a step back');
    expect(stepText(words, 'dbt', 'proceed', 'title')).to.equal('Proceed mindfully');
  });

  it('announces a step with its title, instruction and length', () => {
    expect(stepAnnouncement(words, 'mindfulness', 'observe', 20)).to.equal('Observe. Observe your emotions and thoughts. 20 seconds.');
    expect(stepAnnouncement(words, 'mindfulness', 'stop', 1)).to.equal("Stop. Stop what you're doing. 1 second.");
  });

  it('gives the written notes under their labels after the heading, trimmed', () => {
    expect(notesText(words, 'The STOP technique', { observe: '  tight chest ', proceed: '' })).to.equal(
      'The STOP technique\n\nWhat do I notice — feelings, thoughts, body?\ntight chest\n',
    );
    expect(notesText(words, 'H', { observe: 'a', proceed: 'b' })).to.equal(
      'H\n\nWhat do I notice — feelings, thoughts, body?\na\n\nWhat do I choose to do next?\nb\n',
    );
  });

  it('gives nothing when no note is written', () => {
    expect(notesText(words, 'H', { observe: ' ', proceed: '\n' })).to.equal('');
  });
});
