/** The exercises the builder offers: the generated tables (from custom-elements.json) as whole elements. */
import type { CatalogElement, CatalogTables } from './catalog-types.js';
import { tables } from './catalog.generated.js';

export { packageVersion } from './catalog.generated.js';

/** A key's name: the key without the `@exercise` that tells variants apart. */
const nameOf = (key: string) => key.replace(/@[^@]*$/, '');

function entries<T>(table: Readonly<Record<string, Omit<T, 'name'>>>, keys: readonly string[]): (T & { name: string })[] {
  return keys.map((key) => {
    const entry = table[key];
    if (!entry) throw new Error(`catalog: no entry "${key}" (run \`npm run analyze\`)`);
    return { name: nameOf(key), ...entry } as T & { name: string };
  });
}

export function expandCatalog(from: CatalogTables): CatalogElement[] {
  return from.elements.map((element) => ({
    tag: element.tag,
    exercise: element.exercise,
    summary: element.summary,
    attributes: entries(from.attributes, element.attributes),
    slots: entries(from.slots, element.slots),
    cssProperties: entries(from.cssProperties, element.cssProperties),
  }));
}

export const catalog: readonly CatalogElement[] = expandCatalog(tables);

export const TAGS = catalog.map((element) => element.tag);
/** What a flow's step can be: every exercise but the flow itself. */
export const STEP_TAGS = catalog.filter((element) => element.exercise !== 'flow').map((element) => element.tag);
