/**
 * Why a setting cannot reach the embed code, as something the builder can say in the therapist's
 * words: a message key of the builder's strings with its values, or the element's own sentence.
 * Pure functions over the fields and the state; the views and the embed configuration share them.
 */
import { formatDuration, parseDuration } from './durations.js';
import { requiredBy, type Field, type Target } from './fields.js';
import { plainText } from './markup.js';
import type { CustomTemplate } from './state.js';

export type Problem = { key: string; values?: Readonly<Record<string, string | number>> } | { text: string };

/** The longest and shortest step of the timer, in seconds (its `durations` rule: 1–600). */
const STEP_SECONDS = { min: 1, max: 600 };

/**
 * The parts of a `durations` value, one per step, split as the element splits them. What a person
 * typed that is not a length stays in the value as typed, its spaces and commas made no-break
 * spaces and low quotes, so it stays one part (and the element, which splits on any space, rejects it).
 */
export const durationParts = (value: string): string[] => value.trim().split(/[ \t\n,]+/);
export const keepTogether = (typed: string): string => typed.trim().replace(/ +/g, '\u00a0').replace(/,/g, '\u201a');
export const asTyped = (part: string): string => part.replace(/\u00a0/g, ' ').replace(/\u201a/g, ',');

/** What is wrong with the step lengths typed, in her words (`label(i)` names step i), or null. */
export function durationsProblem(value: string, steps: number, label: (index: number) => string): Problem | null {
  const parts = durationParts(value);
  for (let i = 0; i < steps; i++) {
    const typed = asTyped(parts[i] ?? '');
    const seconds = parseDuration(typed);
    if (seconds === null) return { key: 'durationUnreadable', values: { step: label(i), typed } };
    if (seconds < STEP_SECONDS.min) return { key: 'durationShort', values: { step: label(i) } };
    if (seconds > STEP_SECONDS.max) return { key: 'durationLong', values: { step: label(i), typed: formatDuration(seconds), most: formatDuration(STEP_SECONDS.max) } };
  }
  return parts.length === steps ? null : { key: 'durationCount', values: { count: steps } };
}

/** Why this field's value cannot reach the code, or null. */
export function fieldProblem(field: Field, target: Target, stepLabel: (index: number) => string = (i) => String(i + 1)): Problem | null {
  const name = field.attribute.name;
  const value = target.attributes[name];
  if (value === undefined) return null;
  if (target.nested && name === 'template' && value.trim().toLowerCase() === 'custom') return { key: 'stepNoCustomTemplate' };
  const needs = requiredBy(field.attribute);
  if (needs && !(target.outer ?? target.attributes)[needs]?.trim()) return { key: 'needs', values: { name: needs } };
  if (field.kind === 'boolean') return null;
  if (field.kind === 'durations') {
    const steps = Array.isArray(field.rule?.fallback) ? field.rule.fallback.length : 0;
    const problem = durationsProblem(value, steps, stepLabel);
    if (problem) return problem;
  }
  // Text is written without pasted tags (the field flags them): the element checks what it will get.
  const rejected = target.cls?.checkAttribute(name, field.kind === 'text' ? plainText(value) : value);
  if (!rejected) return null;
  return { key: `problem.${name}`, values: { fallback: rejected } };
}

/** Why the agreement would reject this template, in her words ("Section 2 needs a title"), or null. */
export function templateProblem(template: CustomTemplate, parserProblem: () => string | null): Problem | null {
  if (!template.sections.length) return { key: 'templateNoSections' };
  const untitled = template.sections.findIndex((section) => !section.title.trim());
  if (untitled !== -1) return { key: 'sectionNeedsTitle', values: { index: untitled + 1 } };
  const problem = parserProblem();
  return problem ? { key: 'templateInvalid', values: { problem } } : null;
}
