/** The English strings every widget shares (namespace `core`). */
export const coreStrings = {
  done: 'Done',
  reset: 'Start over',
  errorPrefix: 'Error:',
  keptHere:
    'What you write here is kept on this device, in this browser, so it is still here when you come back. Anyone who uses this device could read it.',
  notKept: 'What you write is not kept: it is gone when you leave this page.',
  keepSwitch: 'Keep my words on this device',
  forgotten: 'What was kept on this device has been removed, and nothing more is kept.',
  keptAgain: 'Your words are kept on this device again.',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Copying is not allowed here. Select the text and copy it yourself.',
  print: 'Print',
  downloadMarkdown: 'Download as Markdown',
  downloaded: 'Downloaded {file}.',
  completed: 'Finished. Thank you for taking this time.',
  completedPlain: 'Finished.',
  startedOver: 'Started over.',
  undoHint: 'Undo, the next button, brings it back.',
  undo: 'Undo',
  undone: 'Your words are back.',
  supportHeading: 'You deserve to be safe',
  supportText:
    'If you are in danger right now, call your emergency number: 999 in the UK, 112 across the EU, 911 in the US and Canada, 000 in Australia. You can also call a crisis line or a domestic abuse helpline and talk it through with someone.',
  supportKept: 'What you type here is kept on this device. You can turn that off below.',
  exitButton: 'Leave this page',
  exitHint: 'or press Shift three times',
  'exitPressesLeft.one': 'Shift: press once more to leave this page.',
  'exitPressesLeft.other': 'Shift: press {count} more times to leave this page.',
  requiredMessage: 'Please complete this exercise first.',
  emailTo: 'Email my words to {address}',
  emailAttached: '(This is the beginning. The whole text is in the attached file {file}.)',
  emailLong: 'Your words are longer than an e-mail link can hold. Email my words saves them whole as the file {file} and opens your e-mail: attach the file to it.',
  emailLongShare: 'Your words are longer than an e-mail link can hold. Email my words shares them whole as the file {file}: choose your mail app, and send it to {address}.',
  emailSaved: 'Saved {file}. Attach it to the e-mail before you send it.',
  emailShared: 'Your words went to the app you chose, as a file. Send it to {address}.',
  share: 'Share',
  // The support note when the words are about the person's own violence ("I hit her"): help to stop, without shame.
  supportOwnHeading: 'You can get help to stop',
  supportOwnText:
    'If you have hurt someone, or are afraid you might, you can get help to stop. Services for people who want to stop hurting a partner or a family member talk with you in confidence and can help you stop. If anyone is in danger now, call your local emergency number.',
};
export type CoreStringKey = keyof typeof coreStrings;
