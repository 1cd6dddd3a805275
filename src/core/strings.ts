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
  sendLabel: 'Send your words',
  emailTo: 'Email my words to {address}',
  emailRest: '(The rest did not fit in this e-mail: paste it here from your clipboard.)',
  emailCopied: 'Only the beginning fits in an e-mail link. The whole text is on your clipboard: paste the rest into the e-mail.',
  emailCut: 'Only the beginning fits in an e-mail link. Copy the rest with the copy button and paste it into the e-mail.',
  share: 'Share',
  shareFailed: 'Sharing did not work here. Copy the text instead.',
  nothingToSend: 'There is nothing to send yet: write something first.',
};
export type CoreStringKey = keyof typeof coreStrings;
