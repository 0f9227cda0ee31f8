/**
 * An article as the extraction stages see it, after the input format was read and a digest was split.
 * Offsets everywhere in the extractor refer to `text`, which for .txt and .md input is the file's text
 * verbatim (so an evidence quote equals the file sliced at its offsets); for HTML and JSON Lines it is the
 * article text taken from the markup or the record.
 */
import type { Provenance } from '../model/schema.ts';

export interface Article {
  /** Stable id: derived from the source path (and the index inside a digest), never from the clock. */
  id: string;
  title: string;
  /** Publication date, YYYY-MM-DD: the reference for every relative date in the article. */
  published: string;
  publishedFrom: Provenance;
  /** The input path as given on the command line (or the record's id/url for JSON Lines and pasted text). */
  source: string;
  url?: string;
  /** The full text that offsets refer to (shared by all the articles of one digest). */
  text: string;
  /** This article's span inside `text`: headline and body. */
  span: { start: number; end: number };
  /** The headline's span inside `text`, when one was found. */
  headline?: { start: number; end: number };
}
