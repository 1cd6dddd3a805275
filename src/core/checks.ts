import * as z from 'zod/mini';

/*
 * zod/mini's own length, enum, regex, trim and nullable checks each bring a class of their own (about
 * 1 kB gzip together, in every bundle); these do the same through `z.refine`, `z.custom`, `z.pipe` and
 * `z.transform`, which the core ships already.
 */

/** A string's or an array's length in `min`…`max`; `message` names what is wrong (the issue's `message`). */
export function lengthBetween<T extends { readonly length: number }>(min: number, max = Infinity, message?: string): z.core.$ZodCheck<T> {
  return z.refine<T>((value) => value.length >= min && value.length <= max, message);
}

/** A string without its outer spaces. */
export function trimmed(): z.ZodMiniType<string, string> {
  return z.pipe(z.string(), z.transform((raw) => raw.trim()));
}

/** Exactly one of `values` (`I`: what it is given, e.g. the string of a pipe). */
export function literalOf<const T extends string, I = T>(values: readonly T[]): z.ZodMiniType<T, I> {
  return z.custom<T, I>((value) => values.includes(value as T));
}

/** `null`, or a value `schema` accepts (kept as given). */
export function orNull<T>(schema: z.ZodMiniType<T>): z.ZodMiniType<T | null> {
  return z.custom<T | null>((value) => value === null || z.safeParse(schema, value).success);
}
