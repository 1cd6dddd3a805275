import { escapeMarkdown } from '../core/markdown.js';
import type { StepSummary } from './session.js';

/** The whole session as Markdown, every piece of text escaped so none of it becomes a link or markup. */
export function sessionMarkdown(title: string, steps: readonly StepSummary[], nothing: string): string {
  const blocks = steps.map(({ title: stepTitle, status, entries }, i) => {
    const lines = entries.length
      ? entries.map((e) => (e.label ? `**${escapeMarkdown(e.label)}**  \n${escapeMarkdown(e.text)}` : escapeMarkdown(e.text)))
      : [escapeMarkdown(nothing)];
    return [`## ${i + 1}\\. ${escapeMarkdown(stepTitle)}`, `*${escapeMarkdown(status)}*`, ...lines].join('\n\n');
  });
  return `${[`# ${escapeMarkdown(title)}`, ...blocks].join('\n\n')}\n`;
}

/** What the flow imports at the first download (`session.ts` keeps what the copy and send use). */
export default { sessionMarkdown };
