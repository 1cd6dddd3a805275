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


};
