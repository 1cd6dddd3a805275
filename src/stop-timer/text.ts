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

/** The notes written, each under its label after the heading, for `send-to` and `share`; `''` when none is. */
export function notesText(words: TimerWords, heading: string, notes: Readonly<Record<NoteStep, string>>): string {
  const written = NOTE_STEPS.filter((step) => notes[step].trim());
  if (!written.length) return '';
  return [heading, ...written.map((step) => `${words.t(`note.${step}`)}\n${notes[step].trim()}`)].join('\n\n') + '\n';
}
