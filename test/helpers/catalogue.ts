/**
 * Checks for a widget's string catalogues before its element is in the registry (the new exercises' Spanish is in
 * `src/locales/es/<exercise>.ts`, which the locale module takes in with the registry's line): the same shape and
 * placeholders in both languages, and the wording the project bans (as test/locales/wording.test.ts does).
 */

/** Every string of a catalogue (content lists included), with its key path. */
export function stringsOf(catalogue: Record<string, unknown>): [string, string][] {
  const found: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') found.push([path, value]);
    else if (Array.isArray(value)) value.forEach((entry, i) => walk(entry, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [key, entry] of Object.entries(value)) walk(entry, `${path}.${key}`);
  };
  for (const [key, value] of Object.entries(catalogue)) walk(value, key);
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

/** What is wrong with a translation: keys missing or extra, another shape, placeholders lost or added, a string left in English. */
export function translationProblems(english: Record<string, unknown>, translated: Record<string, unknown>, sameInBoth: readonly string[] = []): string[] {
  const theirs = new Map(stringsOf(translated));
  const ours = stringsOf(english);
  const problems: string[] = [];
  for (const [path, text] of ours) {
    const other = theirs.get(path);
    if (other === undefined) problems.push(`${path}: missing`);
    else if (!other.trim()) problems.push(`${path}: empty`);
    else if (placeholders(other) !== placeholders(text)) problems.push(`${path}: placeholders {${placeholders(text)}} became {${placeholders(other)}}`);
    else if (other === text && /[a-z]{3}/i.test(text) && !sameInBoth.includes(path)) problems.push(`${path}: not translated`);
  }
  const known = new Set(ours.map(([path]) => path));
  // A vocabulary group's `kind` is grammar for the language's own sentences, not a string shown.
  for (const path of theirs.keys()) if (!known.has(path) && !path.endsWith('.kind')) problems.push(`${path}: not in English`);
  return problems;
}

/** Spanish a therapist would not sign for readers in Spain and Latin America alike. */
export const bannedSpanish = /echar balones fuera|prueba a |bochorno|resquemor|\bpulsa\b|cada pareja|afición|cada quien|vosotros|vosotras|\bos\b|ordenador|ustedes|queráis|tenéis|\bmóvil\b|\bcelular\b/i;

/** English hints that assume a device or a pointer. */
export const bannedEnglish = /arrow keys|\bclick\b|\btap\b|swipe/i;
