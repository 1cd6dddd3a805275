/**
 * Choices a person can start a free-text field from (the repair's ways to reconnect, the journal's needs): a
 * visible label and the words the choice puts in the field, which the person can then write over.
 */

/** A choice to start from: its visible label and the words it puts in the field ("a boundary about " is completed by the person). */
export interface WordsChoice {
  label: string;
  words: string;
}

/**
 * The field's text after a choice: the choice's words when the field is empty or holds another choice as it
 * was offered (so choices replace each other); otherwise the person's own words are kept and the choice
 * follows them. Nothing typed is ever lost.
 */
export function chooseWords(current: string, choice: WordsChoice, choices: readonly WordsChoice[]): string {
  const typed = current.trim();
  if (!typed || choices.some((other) => other.words.trim() === typed)) return choice.words;
  return `${current.replace(/[\s,;]+$/u, '')}, ${choice.words}`;
}
