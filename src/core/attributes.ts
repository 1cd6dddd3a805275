import * as z from 'zod/mini';
import { literalOf } from './checks.js';
import { quote, warn } from './warn.js';

/**
 * How one attribute is read: a zod/mini schema that turns the raw string into a value,
 * the value used when it is absent or invalid, and a phrase for the warning saying what is accepted.
 */
export interface AttributeRule<T> {
  schema: z.ZodMiniType<T, string>;
  fallback: T;
  accepts: string;
  /** For a choice (`oneOf`): the words it accepts, so a tool can offer them. */
  values?: readonly string[];
}

export function attributeRule<T>(schema: z.ZodMiniType<T, string>, fallback: T, accepts: string): AttributeRule<T> {
  return { schema, fallback, accepts };
}

/** A rule for an attribute whose value is one of a fixed set of words (case and outer spaces ignored). */
export function oneOf<const T extends string>(values: readonly T[], fallback: T): AttributeRule<T> {
  const schema = z.pipe(
    z.pipe(z.string(), z.transform((raw) => raw.trim().toLowerCase())),
    literalOf<T, string>(values),
  );
  return { ...attributeRule(schema, fallback, `one of ${values.map((v) => `"${v}"`).join(', ')}`), values };
}

const parseJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
};

/** A rule for an attribute holding JSON that `valid` accepts (prompts, a template, a flow's steps, reworded strings). */
export function jsonRule<T>(valid: (value: unknown) => value is T, fallback: T, accepts: string): AttributeRule<T> {
  return attributeRule(z.pipe(z.pipe(z.string(), z.transform(parseJson)), z.custom<T>(valid)), fallback, accepts);
}

/** A JSON attribute's value, or the same set as a property (an array, an object), read through `rule` alike. */
export function readJson<T>(reader: AttributeReader, attribute: string, value: unknown, rule: AttributeRule<T>): T {
  return reader.read(attribute, value === null || value === undefined || typeof value === 'string' ? value : JSON.stringify(value), rule);
}

/** `null` when `rule` accepts `value` (or there is no rule), else a sentence saying what it accepts. */
export function checkRule(rule: AttributeRule<unknown> | undefined, value: string): string | null {
  return !rule || z.safeParse(rule.schema, value).success ? null : `It accepts ${rule.accepts}.`;
}

/**
 * Reads attributes through their rules for one element, warning once for each bad value:
 * the same bad value read again (every render) stays silent, a new bad value warns again.
 */
export class AttributeReader {
  private readonly cache = new Map<string, { raw: string; value: unknown }>();

  constructor(private readonly element: Element) {}

  read<T>(attribute: string, raw: string | null | undefined, rule: AttributeRule<T>): T {
    if (raw === null || raw === undefined) return rule.fallback;
    const cached = this.cache.get(attribute);
    if (cached && cached.raw === raw) return cached.value as T;
    let value: T;
    const result = z.safeParse(rule.schema, raw);
    if (result.success) {
      value = result.data;
    } else {
      value = rule.fallback;
      warn(
        this.element,
        `ignored ${attribute}=${quote(raw)}: it accepts ${rule.accepts}. Using the default${describeFallback(rule.fallback)}.`,
      );
    }
    this.cache.set(attribute, { raw, value });
    return value;
  }
}

function describeFallback(fallback: unknown): string {
  if (fallback === undefined || fallback === null || fallback === '' || (typeof fallback === 'object' && !(Array.isArray(fallback) && fallback.length))) return '';
  return ` (${Array.isArray(fallback) ? fallback.join(' ') : String(fallback)})`;
}
