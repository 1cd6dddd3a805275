/** What the builder holds, and its round trip through the URL fragment (`#tend=…`). */

export interface TemplateSection {
  title: string;
  prompt: string;
  items: string[];
}

export interface CustomTemplate {
  title: string;
  sections: TemplateSection[];
}

/** One step of a flow: an exercise, its attributes, and the therapist's words before it. */
export interface StepState {
  tag: string;
  /** Attribute values as typed, like the builder's own. */
  attributes: Record<string, string>;
  /** Instructions written before the step, one paragraph a line. */
  instruction: string;
}

export interface BuilderState {
  /** The chosen exercise's tag. */
  tag: string;
  /** Attribute values as typed (a boolean that is on: `''`); invalid ones too, so they stay flagged. */
  attributes: Record<string, string>;
  /** Reworded UI strings, by key (only those that differ from the English text). */
  strings: Record<string, string>;
  /** `--tend-*` custom properties. */
  styles: Record<string, string>;
  /** Custom prompts, given as children (elements with a default slot). */
  prompts: string[];
  /** The agreement's custom template (used when `template` is `custom`). */
  template: CustomTemplate | null;
  /** The steps, when the exercise is `<tend-flow>`. */
  steps: StepState[];
  /** The therapist's own support line (`slot="support"`), shown when a client writes words of danger; '' for the built-in one. */
  support: string;
}

export function emptyState(tag: string): BuilderState {
  return { tag, attributes: {}, strings: {}, styles: {}, prompts: [], template: null, steps: [], support: '' };
}

export function emptyStep(tag: string): StepState {
  return { tag, attributes: {}, instruction: '' };
}

const PREFIX = '#tend=';

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function stateToFragment(state: BuilderState): string {
  return PREFIX + toBase64Url(JSON.stringify(state));
}

const isRecordOfStrings = (value: unknown): value is Record<string, string> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** A custom template as the builder edits it, from stored or pasted JSON (a bare array of sections too); null when it holds none. */
export function readTemplate(value: unknown): CustomTemplate | null {
  const object = Array.isArray(value) ? { sections: value } : value;
  if (!object || typeof object !== 'object') return null;
  const { title, sections } = object as { title?: unknown; sections?: unknown };
  if (!Array.isArray(sections)) return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    title: text(title),
    sections: sections.map((section: { title?: unknown; prompt?: unknown; items?: unknown } | null) => ({
      title: text(section?.title),
      prompt: text(section?.prompt),
      items: Array.isArray(section?.items) ? section.items.filter((item): item is string => typeof item === 'string') : [],
    })),
  };
}

function readSteps(value: unknown, stepTags: readonly string[]): StepState[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((step: Partial<StepState> | null) => !!step && typeof step.tag === 'string' && stepTags.includes(step.tag))
    .map((step: Partial<StepState>) => ({
      tag: step.tag!,
      attributes: isRecordOfStrings(step.attributes) ? step.attributes : {},
      instruction: typeof step.instruction === 'string' ? step.instruction : '',
    }));
}

/** The state a fragment holds, or null when it holds none (or something this builder cannot read). */
export function stateFromFragment(hash: string, tags: readonly string[], stepTags: readonly string[] = []): BuilderState | null {
  if (!hash.startsWith(PREFIX)) return null;
  let raw: Partial<BuilderState>;
  try {
    raw = JSON.parse(fromBase64Url(hash.slice(PREFIX.length))) as Partial<BuilderState>;
  } catch {
    return null;
  }
  if (!raw || typeof raw.tag !== 'string' || !tags.includes(raw.tag)) return null;
  return {
    tag: raw.tag,
    attributes: isRecordOfStrings(raw.attributes) ? raw.attributes : {},
    strings: isRecordOfStrings(raw.strings) ? raw.strings : {},
    styles: isRecordOfStrings(raw.styles) ? raw.styles : {},
    prompts: isStringList(raw.prompts) ? raw.prompts : [],
    template: readTemplate(raw.template),
    steps: readSteps(raw.steps, stepTags),
    support: typeof raw.support === 'string' ? raw.support : '',
  };
}
