import type { FeelingGroup } from '../core/feelings.js';

/** A group whose words or label match the query, with each word's place in the flat list of shown options. */
export interface FilteredGroup {
  label: string;
  options: { word: string; index: number }[];
}

/**
 * The groups and words to show for what the person has typed: everything when the query is empty
 * or is exactly one of the words (so the list can be browsed again after a pick); otherwise the
 * words containing the query, and whole groups whose label contains it.
 */
export function filterVocabulary(groups: readonly FeelingGroup[], query: string): FilteredGroup[] {
  const q = query.replace(/\s+/gu, ' ').trim().toLocaleLowerCase();
  const exact = groups.some((g) => g.words.some((w) => w.toLocaleLowerCase() === q));
  const result: FilteredGroup[] = [];
  let index = 0;
  for (const group of groups) {
    const labelMatches = !q || exact || group.label.toLocaleLowerCase().includes(q);
    const words = labelMatches ? group.words : group.words.filter((w) => w.toLocaleLowerCase().includes(q));
    if (!words.length) continue;
    result.push({ label: group.label, options: words.map((word) => ({ word, index: index++ })) });
  }
  return result;
}

/** How many options the shown groups hold. */
export function optionCount(groups: readonly FilteredGroup[]): number {
  return groups.reduce((sum, group) => sum + group.options.length, 0);
}

/** The word of the option at `index` in the flat list of shown options, if there is one. */
export function optionWord(groups: readonly FilteredGroup[], index: number): string | undefined {
  for (const group of groups) {
    const found = group.options.find((option) => option.index === index);
    if (found) return found.word;
  }
  return undefined;
}

/** The option highlighted after ArrowDown (`down`) or ArrowUp from `active`, wrapping around; from none (-1): the first or the last. */
export function moveActive(active: number, count: number, down: boolean): number {
  return down ? (active + 1) % count : (active <= 0 ? count : active) - 1;
}
