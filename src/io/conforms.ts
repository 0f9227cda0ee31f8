/**
 * The schema's verdict on the happy path, without loading zod: a hand-written check that accepts exactly
 * what `TimelineDocumentSchema` (src/model/schema.ts) accepts for JSON input. When it says no, the loader
 * asks zod (a chunk fetched only then) for the message, so every refusal still reads the same. It answers
 * 10,000 events in a few milliseconds where zod takes a few hundred, and keeps zod out of the first load.
 *
 * The FIELDS table lists every key each object of the schema declares; tests/unit/io-conforms.test.ts fails
 * when the schema gains or loses a field this file does not check, and compares the two verdicts over
 * thousands of generated documents.
 *
 * @example
 * conforms(JSON.parse(text)) // true: draw it; false: ask parseTimelineDocument why
 */

const ISO_DAY = /^-?\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;
const GRANULARITIES = new Set(['hour', 'day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century']);
const ACTOR_KINDS = new Set(['country', 'organization', 'person', 'media', 'group']);
const MODALITIES = new Set(['asserted', 'hypothetical', 'negated', 'habitual']);

/** Every key of each schema object, as checked below (the test compares this with the zod shapes). */
export const FIELDS = {
  document: ['schemaVersion', 'generator', 'documents', 'actors', 'events', 'warnings'],
  article: ['id', 'title', 'published', 'source', 'url', 'text', 'span', 'publishedFrom'],
  span: ['start', 'end'],
  provenance: ['rule', 'text', 'start', 'end'],
  actor: ['id', 'name', 'kind', 'affiliation', 'aliases', 'role', 'members', 'provenance'],
  when: ['start', 'end', 'granularity', 'timex', 'phrase', 'implicit', 'approximate', 'provenance'],
  evidence: ['document', 'start', 'end', 'quote', 'marks'],
  mark: ['start', 'end', 'kind'],
  event: ['id', 'title', 'kind', 'date', 'actors', 'people', 'planned', 'evidence', 'location', 'sources', 'modality', 'provenance'],
} as const;

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isDay = (v: unknown) => typeof v === 'string' && ISO_DAY.test(v);
/** A key the schema marks optional: absent, or present with the right type (JSON has no undefined). */
const opt = (o: Obj, key: string, check: (v: unknown) => boolean) => !(key in o) || o[key] === undefined || check(o[key]);

function strings(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const s of v) if (typeof s !== 'string') return false;
  return true;
}

function provenance(v: unknown): boolean {
  return isObj(v) && isStr(v.rule) && opt(v, 'text', isStr) && opt(v, 'start', isNum) && opt(v, 'end', isNum);
}

function article(a: unknown): boolean {
  return isObj(a) && isStr(a.id) && isStr(a.title) && isDay(a.published) && isStr(a.source) && opt(a, 'url', isStr) && opt(a, 'text', isStr)
    && opt(a, 'span', (s) => isObj(s) && isNum(s.start) && isNum(s.end)) && opt(a, 'publishedFrom', provenance);
}

function actor(a: unknown): boolean {
  return isObj(a) && isStr(a.id) && isStr(a.name) && ACTOR_KINDS.has(a.kind as string) && opt(a, 'affiliation', isStr)
    && strings(a.aliases) && opt(a, 'role', isStr) && opt(a, 'members', strings) && opt(a, 'provenance', provenance);
}

function when(w: unknown): boolean {
  return isObj(w) && isDay(w.start) && isDay(w.end) && typeof w.granularity === 'string' && GRANULARITIES.has(w.granularity) && isStr(w.timex) && isStr(w.phrase)
    && opt(w, 'implicit', (b) => typeof b === 'boolean') && opt(w, 'approximate', (b) => typeof b === 'boolean') && opt(w, 'provenance', provenance);
}

function marks(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const m of v) if (!isObj(m) || !isNum(m.start) || !isNum(m.end) || !isStr(m.kind)) return false;
  return true;
}

function evidence(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const q of v) if (!isObj(q) || !isStr(q.document) || !isNum(q.start) || !isNum(q.end) || !isStr(q.quote) || !opt(q, 'marks', marks)) return false;
  return true;
}

function event(e: unknown): boolean {
  return isObj(e) && isStr(e.id) && isStr(e.title) && isStr(e.kind) && when(e.date) && strings(e.actors) && strings(e.people)
    && typeof e.planned === 'boolean' && evidence(e.evidence) && opt(e, 'location', isStr) && opt(e, 'sources', isNum)
    && opt(e, 'modality', (m) => typeof m === 'string' && MODALITIES.has(m)) && opt(e, 'provenance', provenance);
}

function every(v: unknown, check: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (!check(x)) return false;
  return true;
}

/** True when `doc` (parsed JSON) passes the timeline document schema. */
export function conforms(doc: unknown): boolean {
  return isObj(doc) && doc.schemaVersion === 1 && opt(doc, 'generator', isStr) && every(doc.documents, article)
    && every(doc.actors, actor) && every(doc.events, event) && opt(doc, 'warnings', strings);
}
