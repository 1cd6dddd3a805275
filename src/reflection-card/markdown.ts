import { escapeMarkdown } from '../core/markdown.js';
import type { Answer, ExportLabels } from './export.js';

/** The answers as Markdown: a heading per prompt, every piece of the person's (or page's) text escaped. */
export function answersToMarkdown(answers: readonly Answer[], labels: ExportLabels): string {
  const blocks = answers.map(
    ({ prompt, answer }, i) =>
      `## ${i + 1}. ${escapeMarkdown(prompt)}\n\n${answer.trim() ? escapeMarkdown(answer) : `*${escapeMarkdown(labels.skipped)}*`}`,
  );
  return `${[`# ${escapeMarkdown(labels.title)}`, ...blocks].join('\n\n')}\n`;
}

/** What the element imports at the first download (`export.ts` keeps what the copy and send use). */
export default { answersToMarkdown };
