/**
 * Export to TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html), so a newsroom can move a
 * Dateline timeline into the tool it already uses. The reverse of `src/io/timelinejs.ts`:
 *
 *   date.start / date.end + granularity -> start_date / end_date with only the parts that are known
 *                                          (a month event is {year, month}, never a made-up first day)
 *   title                               -> text.headline (HTML-escaped)
 *   evidence quotes, source and date    -> text.text (HTML-escaped paragraphs)
 *   first actor's name                  -> group (TimelineJS has one group per event)
 *   id                                  -> unique_id
 *
 * @example
 * toTimelineJs(doc).events[0] // { start_date: { year: '2022', month: '1', day: '10' }, text: { headline: 'Talks' }, group: 'Russia', unique_id: 'ev1' }
 */
import type { TimelineDocument, TimelineEvent } from '../model/schema.ts';
import { isoToParts, partsToInterval, type DateParts } from '../io/dates.ts';
import { escapeHtml } from '../io/html-text.ts';

export interface TimelineJsDate {
  year: string;
  month?: string;
  day?: string;
  hour?: string;
  minute?: string;
}

export interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text?: string };
  group?: string;
  unique_id: string;
}

export interface TimelineJsFile {
  title?: { text: { headline: string; text?: string } };
  events: TimelineJsEvent[];
}

function toTjsDate(p: DateParts, unit: 'year' | 'month' | 'day' | 'hour'): TimelineJsDate {
  const out: TimelineJsDate = { year: String(p.year) };
  if (unit === 'year') return out;
  out.month = String(p.month ?? 1);
  if (unit === 'month') return out;
  out.day = String(p.day ?? 1);
  if (unit === 'day' || p.hour === undefined) return out;
  out.hour = String(p.hour);
  out.minute = String(p.minute ?? 0);
  return out;
}

/** The coarsest TimelineJS unit that states the interval exactly: a whole month is {year, month}. */
function datesFor(e: TimelineEvent): Pick<TimelineJsEvent, 'start_date' | 'end_date'> | null {
  const start = isoToParts(e.date.start);
  const end = isoToParts(e.date.end);
  if (!start || !end) return null;
  const unit = e.date.granularity === 'hour' ? 'hour' : e.date.granularity === 'year' ? 'year' : e.date.granularity === 'month' ? 'month' : 'day';
  if (unit === 'hour') {
    const out: Pick<TimelineJsEvent, 'start_date' | 'end_date'> = { start_date: toTjsDate(start, 'hour') };
    if (e.date.end !== e.date.start) out.end_date = toTjsDate(end, end.hour === undefined ? 'day' : 'hour');
    return out;
  }
  const whole = partsToInterval({ year: start.year, ...(unit !== 'year' ? { month: start.month } : {}), ...(unit === 'day' ? { day: start.day } : {}) });
  const exact = whole.start === e.date.start.slice(0, 10) && whole.end === e.date.end.slice(0, 10);
  if (exact) return { start_date: toTjsDate(start, unit) };
  const endUnit = unit === 'day' ? 'day' : unit;
  const endWhole = partsToInterval({ year: end.year, ...(endUnit !== 'year' ? { month: end.month } : {}), ...(endUnit === 'day' ? { day: end.day } : {}) });
  // Weeks, quarters, seasons and ranges that do not end on a unit boundary are written day by day.
  if (endWhole.end !== e.date.end.slice(0, 10) || whole.start !== e.date.start.slice(0, 10)) {
    return { start_date: toTjsDate(start, 'day'), end_date: toTjsDate(end, 'day') };
  }
  return { start_date: toTjsDate(start, unit), end_date: toTjsDate(end, endUnit) };
}

export function toTimelineJs(doc: TimelineDocument, title = 'Dateline timeline'): TimelineJsFile {
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const documents = new Map(doc.documents.map((d) => [d.id, d]));
  const events: TimelineJsEvent[] = [];
  for (const e of doc.events) {
    const dates = datesFor(e);
    if (!dates) continue;
    const paragraphs = e.evidence.map((ev) => {
      const d = documents.get(ev.document);
      const cite = d ? ` <cite>${escapeHtml(d.title)}, ${escapeHtml(d.published)}</cite>` : '';
      return `<p>${escapeHtml(ev.quote)}${cite}</p>`;
    });
    const out: TimelineJsEvent = { ...dates, text: { headline: escapeHtml(e.title) }, unique_id: e.id };
    if (paragraphs.length) out.text.text = paragraphs.join('');
    const group = e.actors[0] ? actors.get(e.actors[0])?.name : undefined;
    if (group) out.group = group;
    events.push(out);
  }
  const sources = doc.documents.map((d) => `${escapeHtml(d.title)} (${escapeHtml(d.published)})`).join('; ');
  return { title: { text: { headline: escapeHtml(title), ...(sources ? { text: `<p>Sources: ${sources}</p>` } : {}) } }, events };
}
