/** An article as a loader hands it over; only `text` is required. */
export interface ArticleInput {
  readonly id?: string | undefined;
  readonly title?: string | undefined;
  readonly url?: string | undefined;
  readonly source?: string | undefined;
  /** ISO 8601 date or date-time. */
  readonly published?: string | undefined;
  readonly text: string;
}

/** A validated article with its stable key. */
export interface Article {
  /** The given id, else derived from the URL, else from the content hash. */
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
  /** ISO date (YYYY-MM-DD) or date-time, null when unknown. */
  readonly published: string | null;
  readonly text: string;
  /** sha256 of the text, hex: tells an updated article from an unchanged one. */
  readonly contentHash: string;
}
