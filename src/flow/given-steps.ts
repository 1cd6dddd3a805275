import { html, unsafeStatic } from 'lit/static-html.js';
import { jsonRule } from '../core/attributes.js';
import { stepTags } from '../entries/summaries.js';

/** Marks a step that a flow renders itself from its `steps` (its value: the step's position). */
export const GIVEN_STEP = 'data-tend-step';

/**
 * One step of a flow's `steps`: the exercise (`i-statement`, `stop-timer`…), optionally a line of
 * instructions shown before it (`intro`), and the attributes of its element (`"deck": "repair"`;
 * `true` for a boolean attribute).
 */
export type GivenStep = { readonly exercise: string; readonly intro?: string } & Readonly<Record<string, string | number | boolean | null>>;

const NAME = /^[a-z][a-z0-9-]*$/;
const plain = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

function isGivenStep(step: unknown): step is GivenStep {
  if (!step || typeof step !== 'object' || Array.isArray(step)) return false;
  const { exercise, intro, ...attributes } = step as Record<string, unknown>;
  const tag = `tend-${String(exercise)}`;
  const observed = (globalThis.customElements?.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes;
  return (
    stepTags.has(tag) &&
    (intro === undefined || typeof intro === 'string') &&
    Object.entries(attributes).every(([name, value]) => NAME.test(name) && plain(value) && (!observed || observed.includes(name)))
  );
}

/** `steps`: the flow's steps as a JSON array (or an array when set as a property). */
export const stepsRule = jsonRule(
  (value): value is GivenStep[] => Array.isArray(value) && value.every(isGivenStep),
  [],
  'a JSON array of steps such as \'[{"exercise": "stop-timer"}, {"exercise": "i-statement", "emotion": "tired"}]\'',
);

/** The attributes a given step's element takes, as `setAttribute` would: `true` is present and empty, `false` and `null` absent. */
export function stepAttributes(step: GivenStep): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(step)
      .filter(([name]) => name !== 'exercise' && name !== 'intro')
      .map(([name, value]) => [name, value === true ? '' : value === false || value === null ? null : String(value)]),
  );
}

/** The element of a given step: only its tag is written into the template (one of the known exercises); its attributes reach it from the flow. */
export function renderGivenStep(step: GivenStep, index: number, hidden: boolean) {
  const tag = unsafeStatic(`tend-${step.exercise}`);
  // A static tag (lit/static-html), which the Lit lint rules do not know.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} data-tend-step=${index} ?hidden=${hidden}></${tag}>`;
}
