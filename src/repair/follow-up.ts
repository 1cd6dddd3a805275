/**
 * The follow-up of a repair (seed 001, "Follow through with changed behavior"): a date `follow-up` days ahead,
 * and what a calendar reminder for it says. The reminder carries a title only unless the person chooses to put
 * their words in it: a calendar is often synced, shared or seen on a lock screen.
 */
import { requireIsoDate, todayIso } from '../core/dates.js';
import { interpolate } from '../core/localize.js';

/** The local date `days` after `today` (`YYYY-MM-DD`), counted on the calendar, so daylight saving never shifts it. */
export function followUpDate(today: string, days: number): string {
  const { year, month, day } = requireIsoDate(today);
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day + days);
  return todayIso(date);
}

export interface ReminderWords {
  /** The reminder's title without names ("Follow up on our repair"). */
  title: string;
  /** The title with `{name}` ("Follow up with {name}"), used when the repair names someone. */
  titleNamed: string;
  /** The names as the widget shows them ("Sam and Alex"), `''` for none. */
  names: string;
}

/** What the follow-up reminder says: a title, and a description only when the person chose to include their words. */
export function followUpReminder(words: ReminderWords, text: string, includeWords: boolean): { summary: string; description: string } {
  const summary = words.names ? interpolate(words.titleNamed, { name: words.names }) : words.title;
  return { summary, description: includeWords ? text : '' };
}
