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
  /**
   * Spans inside `span` that are not the article's prose (photo captions, bylines, date lines, page
   * boilerplate such as "Post a Comment"): kept in `text` so offsets stay true, skipped by later stages.
   */
  skip?: { start: number; end: number }[];
  /** Time of day from the date line, HH:MM, when it gives one ("Published on 21/01/2022 at 18:30"). */
  publishedTime?: string;
}
