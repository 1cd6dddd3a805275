/**
 * Lengths of time as people type them ("5 min", "90 s", "1:30", "1 min 30 s", "2 minutos", "1,5 min")
 * turned into whole seconds, and seconds written back the way people read them. Pure functions.
 */

/** Seconds per unit, by the words (English and Spanish, short and long, any case) people use. */
const UNITS: readonly [RegExp, number][] = [
  [/^(h|hr|hrs|hour|hours|hora|horas)$/, 3600],
  [/^(m|mn|min|mins|minute|minutes|minuto|minutos)$/, 60],
  [/^(s|sec|secs|second|seconds|seg|segs|segundo|segundos)$/, 1],
];

const unitSeconds = (word: string): number | undefined => UNITS.find(([pattern]) => pattern.test(word))?.[1];

/**
 * Whole seconds in `text`, or null when it is not a length of time. A bare number is seconds; a
 * decimal comma is read as a point ("1,5 min" = 90); "1:30" is minutes and seconds ("1:02:00" hours
 * too); units may be joined or spaced ("1m30s", "1 min 30 s", "5 minutes", "and" / "y" between).
 */
export function parseDuration(text: string): number | null {
  const typed = text.trim().toLowerCase().replace(/(\d),(\d)/g, '$1.$2');
  if (!typed) return null;
  if (/^\d+(\.\d+)?$/.test(typed)) return whole(Number(typed));
  const clock = /^(\d+):([0-5]?\d)(?::([0-5]\d))?$/.exec(typed);
  if (clock) {
    const [, a, b, c] = clock;
    return c === undefined ? Number(a) * 60 + Number(b) : Number(a) * 3600 + Number(b) * 60 + Number(c);
  }
  const parts = [...typed.matchAll(/(\d+(?:\.\d+)?)\s*([a-záéíóúñ]+)\.?/g)];
  const rest = typed.replace(/(\d+(?:\.\d+)?)\s*([a-záéíóúñ]+)\.?/g, ' ').replace(/\b(and|y)\b/g, ' ');
  if (!parts.length || rest.trim()) return null;
  let total = 0;
  for (const [, amount, word] of parts) {
    const unit = unitSeconds(word!);
    if (unit === undefined) return null;
    total += Number(amount) * unit;
  }
  return whole(total);
}

function whole(seconds: number): number | null {
  return Number.isFinite(seconds) ? Math.round(seconds) : null;
}

/** Seconds as a person reads them: "30 s", "5 min", "1 min 30 s". */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (!minutes) return `${rest} s`;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}
