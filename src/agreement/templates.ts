/**
 * The built-in templates. Their wording (titles, prompts, examples) lives in the strings
 * catalogue under `section.<id>.title`, `section.<id>.prompt` and `section.<id>.examples`, so
 * that locales and embedders can translate or rephrase it; this file fixes which sections each
 * template has, in order.
 */
export const TEMPLATE_IDS = ['three-point', 'full', 'blank'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** One section of a template, before the person has written anything in it. */
export interface SectionTemplate {
  id: string;
  title: string;
  /** One line saying what the section is for. */
  prompt: string;
  /** Examples shown as placeholders of the "add" field. */
  examples: string[];
  /** Items the section starts with (custom templates only). */
  items: string[];
}

export interface AgreementTemplate {
  /** A built-in template id, or `custom`. */
  id: TemplateId | 'custom';
  /** A title the template suggests for the agreement (custom templates only). */
  title?: string;
  sections: SectionTemplate[];
}

/** Seed 000's quick start: "a simple three point agreements list … including time boundaries and communication style". */
const THREE_POINT = ['time', 'boundaries', 'communication'] as const;

/** Seed 000's "What should I include in agreements": adds privacy, safety, living arrangements or travel, new relationships. */
const FULL = [...THREE_POINT, 'privacy', 'safety', 'living', 'new-relationships'] as const;

export const TEMPLATE_SECTIONS: Readonly<Record<TemplateId, readonly string[]>> = {
  'three-point': THREE_POINT,
  full: FULL,
  blank: ['agreements'],
};

/** Every built-in section id. */
export const BUILT_IN_SECTION_IDS: readonly string[] = [...FULL, 'agreements'];

/** Builds a built-in template from the catalogue (`content` looks a key up in the reader's language). */
export function builtInTemplate(id: TemplateId, content: (key: string) => unknown): AgreementTemplate {
  return { id, sections: TEMPLATE_SECTIONS[id].map((section) => builtInSection(section, content)) };
}

export function builtInSection(id: string, content: (key: string) => unknown): SectionTemplate {
  const text = (key: string) => {
    const value = content(`section.${id}.${key}`);
    return typeof value === 'string' ? value : '';
  };
  const examples = content(`section.${id}.examples`);
  return {
    id,
    title: text('title'),
    prompt: text('prompt'),
    examples: Array.isArray(examples) ? examples.filter((e): e is string => typeof e === 'string') : [],
    items: [],
  };
}
