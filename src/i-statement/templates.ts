import type { SentenceTemplates } from './compose.js';

/** The English sentence patterns (the strings' defaults): plain data, so the strings do not carry the grammar. */
export const englishTemplates: SentenceTemplates = {
  withReason: '{feel} {emotion} when {situation} because {reason}. I need {need}.',
  withoutReason: '{feel} {emotion} when {situation}. I need {need}.',
  feelNoun: 'I feel',
  feelAdjective: 'I feel',
};
