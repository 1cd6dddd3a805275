/**
 * Custom templates for `<tend-agreement>`, given as JSON in its `custom-template` attribute (or as an
 * object in the `customTemplate` property), or in a child `<script type="application/json">` (one
 * without `data-tend-strings`, which holds string overrides).
 *
 * The JSON is an object:
 * ```json
 * {
 *   "title": "Our weekday rhythm",
 *   "sections": [
 *     { "id": "evenings", "title": "Evenings", "prompt": "Which evenings are ours?",
 *       "examples": ["Tuesday is our evening"], "items": ["Thursday is for friends"] },
 *     { "title": "Check ins" }
 *   ]
 * }
 * ```
 * - `sections` (required): 1–20 sections, each with a `title` (required, non-empty, at most 200 characters);
 * - `id` (optional): letters, digits, `-` or `_`, unique; when absent it is made from the title;
 * - `prompt` (optional): one line under the title saying what the section is for;
 * - `examples` (optional): up to 10 example items, shown as placeholders;
 * - `items` (optional): up to 50 items the section starts with;
 * - `title` (optional): the agreement's starting title.
 * A bare array of sections is accepted too. Anything else is reported in one warning and the
 * default template is used instead.
 */
import * as z from 'zod/mini';
import { lengthBetween, trimmed } from '../core/checks.js';
import { builtInTemplate, type AgreementTemplate, type SectionTemplate, type TemplateId } from './templates.js';

const MAX_SECTIONS = 20;
const MAX_EXAMPLES = 10;
const MAX_ITEMS = 50;
const MAX_TEXT = 200;
const MAX_ITEM = 2000;

const atMost = (max: number, unit: string) => lengthBetween(0, max, `must be at most ${max} ${unit}`);
const text = (max: number) =>
  z.pipe(trimmed(), z.string().check(lengthBetween(1, Infinity, 'must not be empty'), atMost(max, 'characters')));

const sectionSchema = z.object({
  id: z.optional(
    z.pipe(
      trimmed(),
      z.string().check(z.refine((id) => /^[\p{L}\p{N}_-]{1,64}$/u.test(id), 'may only use letters, digits, "-" and "_" (at most 64)')),
    ),
  ),
  title: text(MAX_TEXT),
  prompt: z.optional(z.pipe(trimmed(), z.string().check(atMost(MAX_TEXT, 'characters')))),
  examples: z.optional(z.array(text(MAX_TEXT)).check(atMost(MAX_EXAMPLES, 'entries'))),
  items: z.optional(z.array(text(MAX_ITEM)).check(atMost(MAX_ITEMS, 'entries'))),
});

const sectionsSchema = z
  .array(sectionSchema)
  .check(lengthBetween(1, Infinity, 'must have at least 1 entry'), atMost(MAX_SECTIONS, 'entries'));

const templateSchema = z.object({ title: z.optional(text(MAX_TEXT)), sections: sectionsSchema });

export type CustomTemplateResult = { ok: true; template: AgreementTemplate } | { ok: false; problem: string };

/** Parses and validates the JSON text of a custom template. */
export function parseCustomTemplate(json: string): CustomTemplateResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, problem: `it is not valid JSON (${(error as Error).message})` };
  }
  const isObject = raw !== null && typeof raw === 'object' && !Array.isArray(raw);
  const result = isObject
    ? z.safeParse(templateSchema, raw)
    : z.safeParse(sectionsSchema, raw);
  if (!result.success) return { ok: false, problem: describeIssue(result.error.issues[0], isObject) };
  const { title, sections } = Array.isArray(result.data) ? { title: undefined, sections: result.data } : result.data;
  const used = new Set<string>();
  for (const section of sections) {
    if (section.id === undefined) continue;
    if (used.has(section.id)) return { ok: false, problem: `section id "${section.id}" is used twice` };
    used.add(section.id);
  }
  const built: SectionTemplate[] = sections.map((section, index) => ({
    id: section.id ?? uniqueId(section.title, index, used),
    title: section.title,
    prompt: section.prompt ?? '',
    examples: section.examples ?? [],
    items: section.items ?? [],
  }));
  return { ok: true, template: { id: 'custom', ...(title ? { title } : {}), sections: built } };
}

function uniqueId(title: string, index: number, used: Set<string>): string {
  const base =
    title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || `section-${index + 1}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  message: string;
}

function describeIssue(issue: Issue | undefined, isObject: boolean): string {
  if (!issue) return 'it does not have the expected shape';
  if (!isObject && issue.path.length === 0 && issue.code === 'invalid_type') {
    return 'it must be an object with a "sections" array (or an array of sections)';
  }
  const where = issue.path.length
    ? issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('')
    : 'the template';
  if (issue.code === 'invalid_type') return `${where} must be ${article(issue.expected ?? 'value')}`;
  // The checks above name what is wrong in their message.
  return issue.code === 'custom' ? `${where} ${issue.message}` : `${where} is not valid`;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/**
 * The template an agreement uses: the custom one of its JSON child when that is valid, else the
 * built-in one named by `template`; the default (three-point) and one warning through `warn` when
 * either is unusable.
 */
export function chooseTemplate(
  name: TemplateId | 'custom',
  json: string | null,
  content: (key: string) => unknown,
  warn: (problem: string) => void,
  origin = 'child <script type="application/json">',
): AgreementTemplate {
  const fallback = (problem: string): AgreementTemplate => {
    warn(`${problem} Using the default template (three-point).`);
    return builtInTemplate('three-point', content);
  };
  if (json !== null) {
    const parsed = parseCustomTemplate(json);
    if (parsed.ok) return parsed.template;
    return fallback(
      `ignored its custom template (${origin}): ${parsed.problem}. ` +
        `It accepts {"sections": [{"title": "…", "prompt": "…", "examples": ["…"]}]}.`,
    );
  }
  if (name === 'custom') return fallback('ignored template="custom": a custom template needs custom-template or a child <script type="application/json">.');
  return builtInTemplate(name, content);
}
