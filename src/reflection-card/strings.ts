import { deckStrings } from './decks.js';

/**
 * The English strings of `<tend-reflection-card>` (namespace `reflection-card`). The decks are
 * content entries `deck.<id>` (`{ title, intro, prompts }`), so a locale can translate them too.
 */
export const reflectionCardStrings = {
  heading: 'Reflection cards',
  intro: 'One card at a time. Write as much or as little as you like, and skip any card you want to.',
  ...deckStrings,

  'position.one': '{current} of {total}',
  'position.other': '{current} of {total}',
  previous: 'Previous',
  next: 'Next',
  skip: 'Skip',
  'words.one': '{count} word',
  'words.other': '{count} words',
  errorNoAnswers: 'Nothing is written yet. Write an answer on at least one card before you finish; you can skip the others.',

  copyAnswers: 'Copy answers',
  downloaded: 'Your answers were saved as {file}.',
  summaryHeading: 'Your answers',
  skipped: '(skipped)',
  completed: 'Finished. Come back to these questions whenever you like: your answers can change.',
};
