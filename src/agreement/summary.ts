import { exerciseSummary } from '../core/summary.js';
import type { AgreementData } from './schema.js';

const written = (items: readonly string[]) => items.map((item) => item.trim()).filter(Boolean);

/** The agreement away from its element: each section with something written, its items one per line. */
export const summary = exerciseSummary({
  name: 'Our living agreement',
  labels: {},
  entries: (data: AgreementData) =>
    data.sections.filter((section) => written(section.items).length).map((section) => ({ label: section.title.trim(), text: written(section.items).join('\n') })),
  response: (data) =>
    [data.title, ...data.sections.map((section) => [section.title, ...section.items.map((item) => `- ${item}`)].join('\n'))].join('\n\n'),
});
