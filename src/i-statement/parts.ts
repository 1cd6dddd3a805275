/** The four parts of an I-statement as the person typed them. */
export interface StatementParts {
  emotion: string;
  situation: string;
  reason: string;
  need: string;
}

export type StatementField = keyof StatementParts;

/** The four fields in the formula's order. */
export const statementFields: readonly StatementField[] = ['emotion', 'situation', 'reason', 'need'];

/** The four parts taken from `source` (a prefill, saved data), `''` where one is missing. */
export function partsFrom(source: Partial<StatementParts>): StatementParts {
  const parts = {} as StatementParts;
  for (const field of statementFields) parts[field] = source[field] ?? '';
  return parts;
}
