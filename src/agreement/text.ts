import type { AgreementDocument, DocumentLabels } from './document.js';

/** The agreement as plain text, for the clipboard and the calendar reminder: one item per line. */
export function agreementToText(doc: AgreementDocument, labels: DocumentLabels): string {
  const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');
  const lines: string[] = [oneLine(doc.title)];
  if (doc.with.length) lines.push(`${labels.with}: ${doc.with.map(oneLine).join(', ')}`);
  for (const section of doc.sections) {
    lines.push('', oneLine(section.title));
    if (section.items.length) lines.push(...section.items.map((item) => `- ${oneLine(item)}`));
    else lines.push(`- ${labels.noItems}`);
  }
  lines.push(
    '',
    labels.review,
    `${labels.cadence}: ${doc.review.cadence}`,
    ...(doc.review.agreedOn && labels.agreedOn ? [`${labels.agreedOn}: ${doc.review.agreedOn}`] : []),
    `${labels.lastReviewed}: ${doc.review.lastReviewed ?? labels.notYetReviewed}`,
    `${labels.nextReview}: ${doc.review.nextReview}`,
  );
  return lines.join('\n') + '\n';
}
