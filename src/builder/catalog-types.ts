/** One exercise element as the builder knows it, from custom-elements.json. */
export interface CatalogElement {
  tag: string;
  exercise: string;
  summary: string;
  attributes: readonly CatalogAttribute[];
  slots: readonly { name: string; description: string }[];
  cssProperties: readonly { name: string; description: string }[];
}

export interface CatalogAttribute {
  name: string;
  /** The matching property (for React props). */
  property: string;
  boolean: boolean;
  description: string;
}
