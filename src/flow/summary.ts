import { escapeMarkdown } from '../core/markdown.js';

/** One line of a step's result: what it is (a prompt, "I need"…) and the person's words. */
export interface Entry {
  label?: string;
  text: string;
}

/** A step as the summary shows it. */
export interface StepSummary {
  title: string;
  status: string;
  entries: Entry[];
}

/** The flow's wording for a label key (`emotion`, `timeSpent`…). */
export type Label = (key: string) => string;

type Data = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Data => (value && typeof value === 'object' ? (value as Data) : {});
const labelled = (label: Label, pairs: [string, unknown][]): Entry[] =>
  pairs.filter(([, value]) => text(value)).map(([key, value]) => ({ label: label(key), text: text(value) }));

/** Every non-empty string in a value, for an exercise the flow does not know. */
function strings(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (depth > 4 || !value || typeof value !== 'object') return [];
  return Object.values(value).flatMap((inner) => strings(inner, depth + 1));
}

/**
 * A short, readable result of one step: the person's words, by exercise. Defensive about the data's
 * shape, because a page may set the flow's `value` to anything that passes the flow's own schema.
 */
export function stepEntries(exercise: string, data: unknown, label: Label, locale: string): Entry[] {
  const d = record(data);
  switch (exercise) {
    case 'i-statement':
      return text(d.text)
        ? [{ text: text(d.text) }]
        : labelled(label, [
            ['emotion', d.emotion],
            ['situation', d.situation],
            ['reason', d.reason],
            ['need', d.need],
          ]);
    case 'stop-timer': {
      const seconds = typeof d.elapsedMs === 'number' && d.elapsedMs > 0 ? Math.round(d.elapsedMs / 1000) : 0;
      const notes = record(d.notes);
      const time = new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(seconds);
      return [
        // A timer never started has nothing to show.
        ...(seconds ? [{ label: label('timeSpent'), text: time }] : []),
        ...labelled(label, [
          ['observe', notes.observe],
          ['proceed', notes.proceed],
        ]),
      ];
    }
    case 'agreement':
      return list(d.sections)
        .map(record)
        .filter((section) => list(section.items).some((item) => text(item)))
        .map((section) => ({ label: text(section.title), text: list(section.items).map(text).filter(Boolean).join('\n') }));
    case 'reflection-card':
      return list(d.answers)
        .map(record)
        .filter((answer) => text(answer.answer))
        .map((answer) => ({ label: text(answer.prompt), text: text(answer.answer) }));
    case 'check-in':
      return labelled(label, [
        ['feelings', list(d.feelings).map(text).filter(Boolean).join(', ')],
        ['highlight', d.highlight],
        ['challenge', d.challenge],
        ['need', d.need],
      ]);
    default:
      return strings(data).map((line) => ({ text: line }));
  }
}

/** The whole session as plain text: the title, then each numbered step with its status and results. */
export function sessionText(title: string, steps: readonly StepSummary[], nothing: string): string {
  const blocks = steps.map(({ title: stepTitle, status, entries }, i) => {
    const lines = entries.length ? entries.map((e) => (e.label ? `${e.label}: ${e.text}` : e.text)) : [nothing];
    return [`${i + 1}. ${stepTitle} (${status})`, ...lines].join('\n');
  });
  return `${[title, ...blocks].join('\n\n')}\n`;
}

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
