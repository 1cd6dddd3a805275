/**
 * What the person takes away from a repair: the words they could say (or, while there are none, each step they
 * wrote under its label), the people it is with and the follow-up date, as plain text (e-mail, share) and as
 * Markdown (a file); and the follow-up as a calendar reminder. Pure.
 */
import { longDate } from '../core/dates.js';
import { safeFileName } from '../core/export.js';
import { buildCalendar, newUid } from '../core/ics.js';
import { escapeMarkdown } from '../core/markdown.js';
import { followUpReminder } from './follow-up.js';
import type { RepairData } from './schema.js';
import { repairEntries, type SummaryEntry } from './summary.js';
import type { RepairWords } from './words.js';

/** The words the documents are written in: the title, and the names as the widget lists them ("Sam and Alex", `''` for none). */
export interface TakeAwayContext {
  title: string;
  names: string;
}

function entriesOf(data: RepairData, words: RepairWords): SummaryEntry[] {
  return repairEntries(data, {
    part: words.t('fieldPart'),
    impact: words.t('fieldImpact'),
    apology: words.t('fieldApology'),
    plan: words.t('fieldPlan'),
    followUp: words.t('fieldFollowUp'),
    reconnect: words.t('fieldReconnect'),
    date: (iso) => longDate(iso, words.locale),
  });
}

/** The repair as plain text: the title, who it is with, then the words (or the steps, each under its label) and the follow-up. `''` with nothing written. */
export function repairToText(data: RepairData, words: RepairWords, context: TakeAwayContext): string {
  const entries = entriesOf(data, words);
  if (!entries.length) return '';
  const lines = [context.title, ...(context.names ? [`${words.t('fieldWith')}: ${context.names}`] : []), ''];
  for (const entry of entries) lines.push(entry.label ? `${entry.label}: ${entry.text}` : entry.text, '');
  return lines.join('\n').trim();
}

/** The same as Markdown: every piece of the person's text escaped (shown literally, never as markup). */
export function repairToMarkdown(data: RepairData, words: RepairWords, context: TakeAwayContext): string {
  const text = (value: string) => escapeMarkdown(value.trim());
  const lines = [`# ${text(context.title)}`, ''];
  if (context.names) lines.push(`**${text(words.t('fieldWith'))}:** ${text(context.names)}`, '');
  for (const entry of entriesOf(data, words)) {
    if (entry.label) lines.push(`## ${text(entry.label)}`, '');
    lines.push(entry.label ? text(entry.text) : `> ${text(entry.text).replace(/ {2}\n/g, '  \n> ')}`, '');
  }
  return lines.join('\n');
}

/** The Markdown file's name and content. */
export function repairFile(data: RepairData, words: RepairWords, context: TakeAwayContext): { name: string; content: string } {
  return { name: safeFileName(context.title, 'md', 'repair'), content: repairToMarkdown(data, words, context) };
}

/**
 * The follow-up as a one-off all-day event with a reminder that morning: the title only ("Follow up with Sam"),
 * unless the person chose to put their words in it (a calendar may be synced, shared or shown on a lock screen).
 * Null without a follow-up date.
 */
export function reminderFile(data: RepairData, words: RepairWords, names: string, includeWords: boolean): { name: string; content: string } | null {
  if (!data.followUp) return null;
  const reminder = followUpReminder({ title: words.t('reminderTitle'), titleNamed: words.t('reminderTitleNamed'), names }, data.text, includeWords);
  const content = buildCalendar({ uid: newUid(), now: new Date(), start: data.followUp, summary: reminder.summary, description: reminder.description, maker: 'repair' });
  return { name: safeFileName(`${reminder.summary} ${data.followUp}`, 'ics', 'follow-up'), content };
}
