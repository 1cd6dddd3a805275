/** The English strings of `<tend-flow>` (namespace `flow`). */
export const flowStrings = {
  heading: 'Guided session',
  position: 'Step {current} of {total}',
  summaryPosition: 'Summary',
  empty: 'This session has no exercises yet.',
  back: 'Back',
  skip: 'Skip',

  summaryHeading: 'Your session',
  summaryIntro: 'What you did in each step. You can copy it, save it or print it, then press Done.',
  finished: 'Finished',
  skipped: 'Skipped',
  nothingWritten: 'Nothing written.',
  copyAll: 'Copy everything',
  downloaded: 'Your session was saved as {file}.',

  'exercise.i-statement': 'I-statement',
  'exercise.stop-timer': 'The STOP skill',
  'exercise.agreement': 'Our living agreement',
  'exercise.reflection-card': 'Reflection cards',
  'exercise.check-in': 'Check-in',

  'label.emotion': 'I feel',
  'label.situation': 'When',
  'label.reason': 'Because',
  'label.need': 'I need',
  'label.timeSpent': 'Time in the steps',
  'label.observe': 'What I noticed',
  'label.proceed': 'How I will go on',
  'label.feelings': 'Feelings',
  'label.highlight': 'Highlight',
  'label.challenge': 'Challenge',
};
