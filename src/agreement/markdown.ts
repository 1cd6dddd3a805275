import { escapeMarkdown } from '../core/markdown.js';
import type { AgreementDocument, DocumentLabels } from './document.js';

/**
 * The agreement as Markdown: a heading, the people, one second-level heading per section with its
 * items as a list, and the review rhythm. Every piece of the person's text is escaped, so it is
 * shown literally (no links, images, HTML or emphasis), and kept on one line.
 */
export function agreementToMarkdown(doc: AgreementDocument, labels: DocumentLabels): string {
  const text = (value: string) => escapeMarkdown(value.replace(/\s*[\r\n]+\s*/g, ' '));
  const lines: string[] = [`# ${text(doc.title)}`, ''];
  if (doc.with.length) lines.push(`**${text(labels.with)}:** ${doc.with.map(text).join(', ')}`, '');
  for (const section of doc.sections) {
    lines.push(`## ${text(section.title)}`, '');
    if (section.items.length) lines.push(...section.items.map((item) => `- ${text(item)}`));
    else lines.push(`_${text(labels.noItems)}_`);
    lines.push('');
  }
  lines.push(
    `## ${text(labels.review)}`,
    '',
    `- **${text(labels.cadence)}:** ${text(doc.review.cadence)}`,
    ...(doc.review.agreedOn && labels.agreedOn ? [`- **${text(labels.agreedOn)}:** ${text(doc.review.agreedOn)}`] : []),
    `- **${text(labels.lastReviewed)}:** ${text(doc.review.lastReviewed ?? labels.notYetReviewed)}`,
    `- **${text(labels.nextReview)}:** ${text(doc.review.nextReview)}`,
  );
  return lines.join('\n') + '\n';
}
