/**
 * An exercise as a blank worksheet, for clients who prefer paper: what it asks, in the element's
 * language and wording, with room to write by hand. Each exercise says what its worksheet holds
 * (its `worksheet()` method); the builder lays it out for print. Plain data.
 */

/** Words to circle, in groups (the feelings vocabulary). */
export interface WorksheetChoices {
  label?: string;
  words: readonly string[];
}

export interface WorksheetPart {
  /** Begins a group of its own (a step, a section). */
  heading?: string;
  /** Paragraphs to read (an instruction, a therapist's words before a step). */
  text?: readonly string[];
  /** What to write about (a field's label, a prompt). */
  label?: string;
  hint?: string;
  /** Words to circle. */
  choices?: readonly WorksheetChoices[];
  /** Entries already there (an agreement's starting items). */
  items?: readonly string[];
  /** Lines to write on by hand. */
  lines?: number;
}

export interface Worksheet {
  title: string;
  intro: readonly string[];
  parts: readonly WorksheetPart[];
}
