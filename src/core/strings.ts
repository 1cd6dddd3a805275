/** The English strings every widget shares (namespace `core`). */
export const coreStrings = {
  done: 'Done',
  reset: 'Start over',
  errorPrefix: 'Error:',
  savedHere: 'Your answers are saved in this browser only, on this device.',
  forget: 'Forget what I wrote',
  forgotten: 'Your saved answers were removed from this browser.',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Copying is not allowed here. Select the text and copy it yourself.',
  print: 'Print',
  downloadMarkdown: 'Download as Markdown',
  completed: 'Finished. Thank you for taking this time.',
  requiredMessage: 'Please complete this exercise first.',
  emailTo: 'Email my words to {address}',
  emailRest: '(Paste the rest from your clipboard.)',
  emailCopied: 'The whole text is on your clipboard: paste the rest into the e-mail.',
  share: 'Share',
  nothingToSend: 'Write something first.',
};
export type CoreStringKey = keyof typeof coreStrings;
