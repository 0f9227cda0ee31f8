/**
 * The timeline document (`events.json`): the one contract between the extractor, the viewer and other tools.
 *
 * The zod schemas below are the single source: the TypeScript types are inferred from them and the JSON
 * Schema shipped in `data/events.schema.json` is generated from them (`npm run schema`; a test fails when
 * the committed file is stale). Objects are loose: other tools may add fields, and unknown fields survive
 * a load/save round trip.
 *
 * @example
 * const result = parseTimelineDocument(JSON.parse(text));
 * if (!result.ok) console.error(result.error); // "events[3].date.start: expected YYYY-MM-DD"
 */
import * as z from 'zod/mini';

export const SCHEMA_VERSION = 1;

const isoDay = z.string().check(z.regex(/^-?\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, 'expected YYYY-MM-DD'));

/** Where a value came from: the rule that produced it and, when it is text, the words it was read from. */
export const Provenance = z.looseObject({
  rule: z.string(),
  text: z.optional(z.string()),
  start: z.optional(z.number()),
  end: z.optional(z.number()),
});

export const Granularity = z.enum(['hour', 'day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century']);

export const DocumentSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  published: isoDay,
  source: z.string(),
  url: z.optional(z.string()),
  /** The full text of `source` (or the slice for this document), so quotes can be shown in context. */
  text: z.optional(z.string()),
  /** For a digest split into several articles: this article's span inside `source`'s text. */
  span: z.optional(z.object({ start: z.number(), end: z.number() })),
  /** How `published` was found: the date line rule and its text, or `--published`. */
  publishedFrom: z.optional(Provenance),
});

export const ActorKind = z.enum(['country', 'organization', 'person', 'media', 'group']);

export const ActorSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  kind: ActorKind,
  affiliation: z.optional(z.string()),
  aliases: z.array(z.string()),
  role: z.optional(z.string()),
  /** For a group actor ("the Baltic states"): the actor ids it stands for. */
  members: z.optional(z.array(z.string())),
  provenance: z.optional(Provenance),
});

export const WhenSchema = z.looseObject({
  start: isoDay,
  end: isoDay,
  granularity: Granularity,
  timex: z.string(),
  phrase: z.string(),
  /** True when the date is the publication date or an anchor's, not stated by a time expression. */
  implicit: z.optional(z.boolean()),
  approximate: z.optional(z.boolean()),
  provenance: z.optional(Provenance),
});

export const EvidenceSchema = z.looseObject({
  document: z.string(),
  start: z.number(),
  end: z.number(),
  quote: z.string(),
  /** Spans inside the quote (offsets relative to `start`) worth highlighting: the time phrase, actor names. */
  marks: z.optional(z.array(z.object({ start: z.number(), end: z.number(), kind: z.string() }))),
});

export const EventSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  date: WhenSchema,
  actors: z.array(z.string()),
  people: z.array(z.string()),
  planned: z.boolean(),
  evidence: z.array(EvidenceSchema),
  location: z.optional(z.string()),
  /** Number of distinct documents reporting the event. */
  sources: z.optional(z.number()),
  /** Hypothetical, negated or habitual: kept for inspection, hidden by default in the viewer. */
  modality: z.optional(z.enum(['asserted', 'hypothetical', 'negated', 'habitual'])),
  provenance: z.optional(Provenance),
});

export const TimelineDocumentSchema = z.looseObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.optional(z.string()),
  documents: z.array(DocumentSchema),
  actors: z.array(ActorSchema),
  events: z.array(EventSchema),
  warnings: z.optional(z.array(z.string())),
});

export type Provenance = z.infer<typeof Provenance>;
export type Granularity = z.infer<typeof Granularity>;
export type ActorKind = z.infer<typeof ActorKind>;
export type TimelineArticle = z.infer<typeof DocumentSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type When = z.infer<typeof WhenSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type TimelineDocument = z.infer<typeof TimelineDocumentSchema>;
