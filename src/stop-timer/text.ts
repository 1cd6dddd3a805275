import type { LocalizeController } from '../core/localize-controller.js';
import type { StopStep } from '../core/types.js';
import { NOTE_STEPS, stepKey, type NoteStep, type StopVariant } from './steps.js';
import type { stopTimerStrings } from './strings.js';

/** The timer's words, in the reader's language. */
export type TimerWords = LocalizeController<keyof typeof stopTimerStrings>;

/** A step's title or instruction in the chosen variant. */
export function stepText(words: TimerWords, variant: StopVariant, step: StopStep, part: 'title' | 'instruction'): string {
  return words.t(stepKey(variant, step, part));
}

/** What the screen reader hears when a step begins: "Observe. Observe your emotions and thoughts. 20 seconds." */
export function stepAnnouncement(words: TimerWords, variant: StopVariant, step: StopStep, seconds: number): string {
  return `${stepText(words, variant, step, 'title')}. ${stepText(words, variant, step, 'instruction')} ${words.plural('seconds', seconds)}.`;
}

/** "1 minute 30 seconds", "45 seconds": a length as words. */
export function lengthText(words: TimerWords, seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [minutes ? words.plural('minutes', minutes) : '', rest || !minutes ? words.plural('seconds', rest) : ''];
  return parts.filter(Boolean).join(' ');
}

/**
 * The time left in a step, for a screen reader that asks (a non-live `role="timer"`): to the nearest
 * ten seconds, so the text changes every ten seconds rather than every second.
 */
export function timeLeftText(words: TimerWords, remainingMs: number): string {
  const seconds = Math.ceil(remainingMs / 1000);
  if (seconds <= 10) return words.t('timeLeftShort');
  return words.t('timeLeft', { time: lengthText(words, Math.round(seconds / 10) * 10) });
}

/** The introduction: "four short steps" only while every step is a minute or less; else the whole length. */
export function introText(words: TimerWords, seconds: readonly number[]): string {
  if (seconds.every((s) => s <= 60)) return words.t('intro');
  return words.t('introTimed', { total: lengthText(words, seconds.reduce((sum, s) => sum + s, 0)) });
}

/** The notes written, each under its label after the heading, for `send-to` and `share`; `''` when none is. */
export function notesText(words: TimerWords, heading: string, notes: Readonly<Record<NoteStep, string>>): string {
  const written = NOTE_STEPS.filter((step) => notes[step].trim());
  if (!written.length) return '';
  return [heading, ...written.map((step) => `${words.t(`note.${step}`)}\n${notes[step].trim()}`)].join('\n\n') + '\n';
}
