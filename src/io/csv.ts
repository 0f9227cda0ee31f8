/**
 * Reads a CSV of events (columns in csv-columns.ts) into a timeline document. Rows with a bad date are
 * skipped and reported by line number; a file without the required columns is refused with their names.
 *
 * @example
 * readEventsCsv('date_start,title,actors\n2022-01-10,Talks in Geneva,Russia [country]; United States [country]')
 * // ok: one day event with two actors (two lanes)
 */
import { csvParse, type DSVParsedArray } from 'd3-dsv';
import { ActorKind, Granularity, SCHEMA_VERSION, type Actor, type TimelineArticle, type TimelineDocument, type TimelineEvent } from '../model/schema.ts';
import { parseTimelineDocument } from '../model/validate.ts';
import { parsePartialDate } from './dates.ts';
import { REQUIRED_CSV_COLUMNS } from './csv-columns.ts';
import { IdMaker, slug, slugId } from './ids.ts';
import { fail, type LoadResult } from './result.ts';

const KINDS = new Set<string>(ActorKind.options);
const GRANULARITIES = new Set<string>(Granularity.options);
const TRUE = new Set(['true', 'yes', 'y', '1', 'planned']);

/** "NATO [organization]" -> { name: 'NATO', tag: 'organization' }. */
export function splitTagged(item: string): { name: string; tag?: string } {
  const m = /^(.*?)\s*\[([^\]]*)\]\s*$/.exec(item);
  if (!m) return { name: item.trim() };
  const tag = m[2]!.trim();
  return tag ? { name: m[1]!.trim(), tag } : { name: m[1]!.trim() };
}

export function splitList(cell: string | undefined): string[] {
  return (cell ?? '').split(';').map((s) => s.trim()).filter(Boolean);
}

/** Undoes the apostrophe the writer puts before a cell that a spreadsheet would run as a formula. */
function cellText(cell: string | undefined): string {
  const t = (cell ?? '').trim();
  return /^'[=+\-@\t\r]/.test(t) ? t.slice(1) : t;
}

export function readEventsCsv(text: string, fileName = 'events.csv'): LoadResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fail('The CSV file is empty.');
  let rows: DSVParsedArray<Record<string, string>>;
  try {
    rows = csvParse(body, (row) => {
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(row)) out[k.trim().toLowerCase()] = v ?? '';
      return out;
    });
  } catch (error) {
    return fail(`The CSV file could not be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const columns = new Set(rows.columns.map((c) => c.trim().toLowerCase()));
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !columns.has(c));
  if (missing.length) {
    return fail(`The CSV file lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(' and ')}; the first row must name the columns (required: ${REQUIRED_CSV_COLUMNS.join(', ')}).`);
  }

  const actors = new Map<string, Actor>();
  const documents = new Map<string, TimelineArticle>();
  const eventIds = new IdMaker();
  const events: TimelineEvent[] = [];
  const problems: string[] = [];

  const actorFor = (name: string, kind: Actor['kind'], rule: string, affiliation?: string): string => {
    const id = slugId(kind === 'person' ? 'person' : 'actor', name);
    if (!actors.has(id)) {
      const actor: Actor = { id, name, kind, aliases: [], provenance: { rule } };
      if (affiliation) actor.affiliation = affiliation;
      actors.set(id, actor);
    }
    return id;
  };

  rows.forEach((row, index) => {
    const line = index + 2;
    const startText = cellText(row.date_start);
    const start = parsePartialDate(startText);
    if (!start) { problems.push(`line ${line}: date_start "${startText}" is not YYYY, YYYY-MM or YYYY-MM-DD`); return; }
    const endText = cellText(row.date_end);
    const end = endText ? parsePartialDate(endText) : start;
    if (!end) { problems.push(`line ${line}: date_end "${endText}" is not a date`); return; }
    if (end.end < start.start) { problems.push(`line ${line}: date_end is before date_start`); return; }
    const title = cellText(row.title);
    if (!title) { problems.push(`line ${line}: empty title`); return; }
    const granularityText = cellText(row.granularity).toLowerCase();
    if (granularityText && !GRANULARITIES.has(granularityText)) problems.push(`line ${line}: unknown granularity "${granularityText}", read as ${start.granularity}`);
    const granularity = GRANULARITIES.has(granularityText) ? (granularityText as TimelineEvent['date']['granularity']) : start.granularity;

    const actorIds = splitList(row.actors).map((item) => {
      const { name, tag } = splitTagged(item);
      const kind = tag && KINDS.has(tag.toLowerCase()) ? (tag.toLowerCase() as Actor['kind']) : 'organization';
      return actorFor(name, kind, 'csv:actors');
    });
    const people = splitList(row.people).map((item) => {
      const { name, tag } = splitTagged(item);
      const affiliation = tag ? actorFor(tag, 'organization', 'csv:people-affiliation') : undefined;
      if (affiliation && !actorIds.includes(affiliation)) actorIds.push(affiliation);
      return actorFor(name, 'person', 'csv:people', affiliation);
    });

    const quote = cellText(row.quote);
    const source = cellText(row.source);
    const sourceDate = parsePartialDate(cellText(row.source_date))?.start.slice(0, 10);
    let docId: string | undefined;
    if (quote || source) {
      const sourceName = source || fileName;
      docId = slugId('doc', sourceName);
      const known = documents.get(docId);
      const published = sourceDate ?? start.start.slice(0, 10);
      if (!known) {
        const doc: TimelineArticle = {
          id: docId, title: sourceName, published, source: sourceName,
          publishedFrom: { rule: sourceDate ? 'csv:source_date' : 'csv:earliest-event-day' },
        };
        if (/^https?:\/\//i.test(sourceName)) doc.url = sourceName;
        documents.set(docId, doc);
      } else if (!sourceDate && known.publishedFrom?.rule === 'csv:earliest-event-day' && published < known.published) {
        known.published = published;
      }
    }

    const idText = cellText(row.id);
    const event: TimelineEvent = {
      id: eventIds.make(idText ? idText : `csv:${line}-${slug(title).slice(0, 24)}`),
      title,
      kind: cellText(row.kind) || 'other',
      date: {
        start: start.start,
        end: end.end,
        granularity,
        timex: startText,
        phrase: cellText(row.date_phrase) || startText + (endText ? `/${endText}` : ''),
        provenance: { rule: 'csv:date_start' },
      },
      actors: actorIds,
      people,
      planned: TRUE.has(cellText(row.planned).toLowerCase()),
      evidence: docId && quote ? [{ document: docId, start: 0, end: quote.length, quote }] : [],
      provenance: { rule: 'csv:row', text: `line ${line}` },
    };
    const location = cellText(row.location);
    if (location) event.location = location;
    events.push(event);
  });

  if (events.length === 0) {
    return fail(rows.length === 0 ? 'The CSV file has a header but no rows.' : `No row of the CSV file could be read (${problems[0] ?? 'no rows'}).`);
  }
  const doc: TimelineDocument = {
    schemaVersion: SCHEMA_VERSION,
    generator: 'dateline import (CSV)',
    documents: [...documents.values()],
    actors: [...actors.values()],
    events,
  };
  const checked = parseTimelineDocument(doc);
  if (!checked.ok) return fail(`This CSV file could not be converted: ${checked.error}`);
  const notes = problems.length
    ? [`${problems.length} row${problems.length > 1 ? 's' : ''} skipped or adjusted: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '; ...' : ''}.`]
    : [];
  return { ok: true, doc: checked.value, format: 'csv', notes };
}
