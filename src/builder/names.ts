/** The exercises' plain names and one line about each, for a therapist: the builder's words, else the exercise's own. */
import type { CatalogElement } from './catalog-types.js';
import { exerciseHeading, plain } from './fields.js';
import type { BuilderText } from './text.js';

/** "Check-in", "Guided session (several exercises in a row)": never the tag name while the exercise has a title. */
export function exerciseName(text: BuilderText, element: CatalogElement): string {
  const key = `exercise.${element.exercise}`;
  return text.has(key) ? text.t(key) : (exerciseHeading(element, text.lang) ?? element.tag);
}

/** What the exercise asks of a client, in a line. */
export function exerciseAbout(text: BuilderText, element: CatalogElement): string {
  const key = `about.${element.exercise}`;
  return text.has(key) ? text.t(key) : plain(element.summary);
}
