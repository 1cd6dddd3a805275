/** What the plain-text and Markdown exports share: the agreement with its words already localised. */
export interface AgreementDocument {
  title: string;
  with: string[];
  sections: { title: string; items: string[] }[];
  /** Localised wording of the review rhythm and dates (dates already formatted for the reader). */
  review: { cadence: string; agreedOn?: string | null; lastReviewed: string | null; nextReview: string };
}

/** The labels the exports print, in the reader's language. */
export interface DocumentLabels {
  with: string;
  review: string;
  cadence: string;
  agreedOn?: string;
  lastReviewed: string;
  notYetReviewed: string;
  nextReview: string;
  noItems: string;
}
