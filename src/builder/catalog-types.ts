/** One exercise element as the builder knows it, from custom-elements.json. */
export interface CatalogElement {
  tag: string;
  exercise: string;
  summary: string;
  attributes: readonly CatalogAttribute[];
  slots: readonly CatalogEntry[];
  cssProperties: readonly CatalogEntry[];
}

export interface CatalogAttribute {
  name: string;
  /** The matching property (for React props). */
  property: string;
  boolean: boolean;
  description: string;
  /** The values the element accepts, where the manifest types the attribute as a union of literals: the builder offers a menu. */
  values?: readonly string[];
  /** The value used when the attribute is absent (with `values`). */
  default?: string;
}

/** A slot or a CSS custom property. */
export interface CatalogEntry {
  name: string;
  description: string;
}

type Table<T> = Readonly<Record<string, Omit<T, 'name'>>>;

/**
 * The catalogue as catalog.generated.ts writes it: each attribute, slot and custom property once,
 * by key (its name, or `name@exercise` where elements describe one name differently), and each
 * element naming its own by key, in order.
 */
export interface CatalogTables {
  attributes: Table<CatalogAttribute>;
  slots: Table<CatalogEntry>;
  cssProperties: Table<CatalogEntry>;
  elements: readonly {
    tag: string;
    exercise: string;
    summary: string;
    attributes: readonly string[];
    slots: readonly string[];
    cssProperties: readonly string[];
  }[];
}
