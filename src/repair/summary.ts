/**
 * The repair as a summary shows it (a flow's step, a take-away) and as an xAPI response: the words the person
 * could say when they are composed, else each step they wrote under its label. Pure; for the registry's one
 * summary per exercise (issue #29).
 */
import { longDate } from '../core/dates.js';
import { exerciseSummary } from '../core/summary.js';
import type { RepairData } from './schema.js';

export interface SummaryEntry {
  label?: string;
  text: string;
}

/** The labels in the reader's words (`fieldPart`…), and a date as they write it. */
export interface RepairLabels {
  part: string;
  impact: string;
  apology: string;
  plan: string;
  followUp: string;
  reconnect: string;
  date(iso: string): string;
}

/** The composed words alone when there are any; else what was written, step by step (a follow-up only beside words). */
export function repairEntries(data: RepairData, labels: RepairLabels): SummaryEntry[] {
  const followUp: SummaryEntry[] = data.followUp ? [{ label: labels.followUp, text: labels.date(data.followUp) }] : [];
  if (data.text.trim()) return [{ text: data.text.trim() }, ...followUp];
  const written = (
    [
      [labels.part, data.part],
      [labels.impact, data.impact],
      [labels.apology, data.apology],
      [labels.plan, data.plan],
      [labels.reconnect, data.reconnect],
    ] as [string, string][]
  )
    .filter(([, text]) => text.trim())
    .map(([label, text]) => ({ label, text: text.trim() }));
  return written.length ? [...written, ...followUp] : [];
}

/** The xAPI response: the composed words, else each written step on its line ("My part: …"). */
export function repairResponse(data: RepairData): string {
  if (data.text.trim()) return data.text.trim();
  return repairEntries(data, {
    part: 'My part',
    impact: 'The impact',
    apology: "I'm sorry for",
    plan: 'Next time I will',
    followUp: 'Follow up on',
    reconnect: 'A way to reconnect',
    date: (iso) => iso,
  })
    .map(({ label, text }) => `${label}: ${text}`)
    .join('\n');
}

/** The repair for the registry (a flow's step, xAPI): its entries in the reader's words, its English response. */
export const summary = exerciseSummary({
  name: 'Repair after a conflict',
  labels: { part: 'My part', impact: 'The impact', apology: "I'm sorry for", plan: 'Next time I will', followUp: 'Follow up on', reconnect: 'A way to reconnect' },
  entries: (data: RepairData, words) =>
    repairEntries(data, {
      part: words.label('part'),
      impact: words.label('impact'),
      apology: words.label('apology'),
      plan: words.label('plan'),
      followUp: words.label('followUp'),
      reconnect: words.label('reconnect'),
      date: (iso) => longDate(iso, words.locale),
    }),
  response: repairResponse,
});
