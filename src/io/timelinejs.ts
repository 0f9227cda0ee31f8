/**
 * Reads a TimelineJS JSON file (https://timeline.knightlab.com/docs/json-format.html) into a Dateline
 * timeline document, so a newsroom can bring a timeline it already made:
 *
 *   events[].start_date {year, month?, day?, hour?, minute?}  -> date.start and granularity
 *   events[].end_date                                        -> date.end (end of its unit)
 *   events[].text.headline (HTML)                            -> title (as plain text)
 *   events[].text.text (HTML)                                -> the evidence quote
 *   events[].group                                           -> the event's actor (one lane per group)
 *   events[].unique_id                                       -> id
 *   title.text.headline                                      -> the source document's title
 *
 * TimelineJS has no publication date, so the one source document takes the latest event day and says so in
 * its provenance. Events whose date cannot be read are skipped and counted in a note.
 *
 * @example
 * readTimelineJs({ events: [{ start_date: { year: 2022, month: 1 }, text: { headline: 'Talks' } }] }, 'talks.json')
 * // ok, one event dated 2022-01-01 .. 2022-01-31, granularity 'month'
 */
import { SCHEMA_VERSION, type Actor, type TimelineDocument, type TimelineEvent } from '../model/schema.ts';
import { parseTimelineDocument } from '../model/validate.ts';
import { partsToInterval, validParts, type DateParts } from './dates.ts';
import { htmlToText } from './html-text.ts';
import { IdMaker, slug, slugId } from './ids.ts';
import { fail, type LoadResult } from './result.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when the value looks like TimelineJS JSON rather than a Dateline document. */
export function looksLikeTimelineJs(value: unknown): boolean {
  if (!isObject(value) || 'schemaVersion' in value || !Array.isArray(value.events)) return false;
  return value.events.length === 0 ? isObject(value.title) : value.events.some((e) => isObject(e) && 'start_date' in e);
}

function toInt(v: unknown): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) ? n : NaN;
}

/** TimelineJS date object -> parts; null when the year is missing or a part is out of range. */
export function readTimelineJsDate(value: unknown): DateParts | null {
  if (!isObject(value)) return null;
  const year = toInt(value.year);
  if (year === undefined || Number.isNaN(year)) return null;
  const parts: DateParts = { year };
  const month = toInt(value.month), day = toInt(value.day), hour = toInt(value.hour), minute = toInt(value.minute);
  if (month !== undefined) parts.month = month;
  if (month !== undefined && day !== undefined) parts.day = day;
  if (parts.day !== undefined && hour !== undefined) { parts.hour = hour; parts.minute = minute ?? 0; }
  return validParts(parts) ? parts : null;
}

function timexOf(p: DateParts): string {
  const y = (p.year < 0 ? '-' : '') + String(Math.abs(p.year)).padStart(4, '0');
  if (p.month === undefined) return y;
  const ym = `${y}-${String(p.month).padStart(2, '0')}`;
  if (p.day === undefined) return ym;
  const d = `${ym}-${String(p.day).padStart(2, '0')}`;
  return p.hour === undefined ? d : `${d}T${String(p.hour).padStart(2, '0')}:${String(p.minute ?? 0).padStart(2, '0')}`;
}

export function readTimelineJs(input: unknown, fileName = 'timeline.json'): LoadResult {
  if (!isObject(input) || !Array.isArray(input.events)) return fail('Not a TimelineJS file: expected an object with an "events" list.');
  const title = isObject(input.title) && isObject(input.title.text) && typeof input.title.text.headline === 'string'
    ? htmlToText(input.title.text.headline) : '';
  const docId = slugId('doc', fileName);
  const actors = new Map<string, Actor>();
  const eventIds = new IdMaker();
  const events: TimelineEvent[] = [];
  let skipped = 0;
  let latest = '';

  input.events.forEach((raw, index) => {
    if (!isObject(raw)) { skipped++; return; }
    const startParts = readTimelineJsDate(raw.start_date);
    if (!startParts) { skipped++; return; }
    const start = partsToInterval(startParts);
    const endParts = raw.end_date === undefined ? null : readTimelineJsDate(raw.end_date);
    const end = endParts ? partsToInterval(endParts).end : start.end;
    const text = isObject(raw.text) ? raw.text : {};
    const headline = typeof text.headline === 'string' ? htmlToText(text.headline) : '';
    const body = typeof text.text === 'string' ? htmlToText(text.text) : '';
    const group = typeof raw.group === 'string' ? raw.group.trim() : '';
    let actorIds: string[] = [];
    if (group) {
      const id = slugId('group', group);
      if (!actors.has(id)) actors.set(id, { id, name: group, kind: 'organization', aliases: [], provenance: { rule: 'timelinejs:group' } });
      actorIds = [id];
    }
    const display = isObject(raw.start_date) && typeof raw.start_date.display_date === 'string' ? raw.start_date.display_date
      : typeof raw.display_date === 'string' ? raw.display_date : timexOf(startParts);
    const uid = typeof raw.unique_id === 'string' && raw.unique_id.trim() ? slug(raw.unique_id) : `${index + 1}`;
    const startDay = start.start.slice(0, 10);
    if (startDay > latest) latest = startDay;
    events.push({
      id: eventIds.make(`tljs:${uid}`),
      title: headline || body.slice(0, 80) || '(untitled)',
      kind: 'other',
      date: {
        start: start.start,
        end: end < start.start ? start.end : end,
        granularity: start.granularity,
        timex: timexOf(startParts),
        phrase: display,
        provenance: { rule: endParts ? 'timelinejs:start_date+end_date' : 'timelinejs:start_date' },
      },
      actors: actorIds,
      people: [],
      planned: false,
      evidence: body ? [{ document: docId, start: 0, end: body.length, quote: body }] : [],
      provenance: { rule: 'timelinejs:event' },
    });
  });

  if (events.length === 0 && input.events.length > 0) return fail('No event in this TimelineJS file has a readable start_date (a year, and optionally month, day, hour).');
  const doc: TimelineDocument = {
    schemaVersion: SCHEMA_VERSION,
    generator: 'dateline import (TimelineJS)',
    documents: events.length === 0 ? [] : [{
      id: docId,
      title: title || fileName,
      published: latest,
      source: fileName,
      publishedFrom: { rule: 'timelinejs:latest-event-day' },
    }],
    actors: [...actors.values()],
    events,
  };
  const checked = parseTimelineDocument(doc);
  if (!checked.ok) return fail(`This TimelineJS file could not be converted: ${checked.error}`);
  const notes = skipped ? [`${skipped} of ${input.events.length} TimelineJS events were skipped: no readable start_date.`] : [];
  return { ok: true, doc: checked.value, format: 'timelinejs', notes };
}
