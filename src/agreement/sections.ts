import type { SectionState } from './edits.js';
import type { AgreementSection } from './schema.js';
import { BUILT_IN_SECTION_IDS, builtInSection, type AgreementTemplate } from './templates.js';
import type { AgreementKey, AgreementWords } from './words.js';

/**
 * The agreement's sections as the widget keeps them, built from a template or from given data, and
 * read back in the reader's language: pure functions, so the element only holds the result.
 */

/** The reader's words: a string by key, and built-in content (a built-in section's examples). */
export type SectionWords = Pick<AgreementWords, 't' | 'content'>;

/** A fresh, stable key for each item (keyed rendering and focus). */
export type NextKey = () => number;

interface SectionSource {
  id: string;
  title: string;
  prompt: string;
  examples: readonly string[];
}

function sectionState(source: SectionSource, builtIn: boolean, items: readonly string[], nextKey: NextKey): SectionState {
  return {
    id: source.id,
    builtIn,
    title: source.title,
    prompt: source.prompt,
    examples: [...source.examples],
    items: items.map((text) => ({ key: nextKey(), text })),
  };
}

/** A template's sections: a built-in template's follow the reader's language. */
export function templateSections(template: AgreementTemplate, nextKey: NextKey): SectionState[] {
  return template.sections.map((section) => sectionState(section, template.id !== 'custom', section.items, nextKey));
}

/**
 * Given data's sections: each keeps the prompt and examples of the template's (or the built-in) section
 * with its id, and follows the reader's language while its title is the built-in one.
 */
export function sectionsFromData(
  sections: readonly AgreementSection[],
  template: AgreementTemplate,
  words: SectionWords,
  nextKey: NextKey,
): SectionState[] {
  const lookup = (key: string) => words.content(key as AgreementKey);
  return sections.map((section) => {
    const builtIn = BUILT_IN_SECTION_IDS.includes(section.id) ? builtInSection(section.id, lookup) : undefined;
    const base = template.sections.find((s) => s.id === section.id) ?? builtIn;
    return sectionState(
      { id: section.id, title: section.title, prompt: base?.prompt ?? '', examples: base?.examples ?? [] },
      section.title === builtIn?.title,
      section.items.map((item) => item.trim()).filter(Boolean),
      nextKey,
    );
  });
}

/** Another template's sections, keeping what was written in the sections it shares with the old ones. */
export function keepWritten(old: readonly SectionState[], fresh: SectionState[]): SectionState[] {
  const written = new Map(old.map((section) => [section.id, section.items]));
  return fresh.map((section) => (written.get(section.id)?.length ? { ...section, items: written.get(section.id)! } : section));
}

/** A section's title or prompt: a built-in section's in the reader's language. */
export function sectionText(section: SectionState, key: 'title' | 'prompt', words: SectionWords): string {
  // The keys are built from section ids at run time (`section.<id>.title`).
  return section.builtIn ? words.t(`section.${section.id}.${key}` as AgreementKey) : section[key];
}

/** The examples a section suggests as placeholders: a built-in section's in the reader's language. */
export function sectionExamples(section: SectionState, words: SectionWords): string[] {
  return section.builtIn ? builtInSection(section.id, (key) => words.content(key as AgreementKey)).examples : section.examples;
}

/** The sections as data: titles in the reader's language, items trimmed, empty ones left out. */
export function sectionsData(sections: readonly SectionState[], words: SectionWords): AgreementSection[] {
  return sections.map((section) => ({
    id: section.id,
    title: sectionText(section, 'title', words),
    items: section.items.map((item) => item.text.trim()).filter(Boolean),
  }));
}

/** At least one item has words: Done, the summary and the take-away need one. */
export function hasItems(sections: readonly SectionState[]): boolean {
  return sections.some((section) => section.items.some((item) => item.text.trim()));
}
