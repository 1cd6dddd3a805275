export interface Answer {
  prompt: string;
  answer: string;
}

export interface ExportLabels {
  /** The document's title (the widget's heading). */
  title: string;
  /** Shown for a card left without an answer. */
  skipped: string;
}

const hasText = (text: string) => text.trim() !== '';

/** The answers as plain text: the title, then each numbered prompt with its answer (or the skipped note). */
export function answersToText(answers: readonly Answer[], labels: ExportLabels): string {
  const blocks = answers.map(
    ({ prompt, answer }, i) => `${i + 1}. ${prompt}\n${hasText(answer) ? answer.replace(/\r\n?/g, '\n') : labels.skipped}`,
  );
  return `${[labels.title, ...blocks].join('\n\n')}\n`;
}
