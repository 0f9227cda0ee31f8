/**
 * Writes the CSV of events that `src/io/csv.ts` reads (columns in `src/io/csv-columns.ts`), one row per
 * event. Cells a spreadsheet would run as a formula (starting with =, +, -, @ and not a number) get a leading
 * apostrophe, which the reader removes again.
 *
 * @example
 * eventsToCsv(doc) // 'id,date_start,date_end,granularity,title,...\nev1,2022-01-10,2022-01-10,day,Talks,...'
 */
import { csvFormatRows } from 'd3-dsv';
import type { TimelineDocument } from '../model/schema.ts';
import { CSV_COLUMN_NAMES } from '../io/csv-columns.ts';

/** Neutralises spreadsheet formulas (CSV injection) while leaving numbers and dates alone. */
export function safeCell(text: string): string {
  if (/^[=+@\t\r]/.test(text) || (text.startsWith('-') && !/^-\d/.test(text))) return `'${text}`;
  return text;
}

export function eventsToCsv(doc: TimelineDocument): string {
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const documents = new Map(doc.documents.map((d) => [d.id, d]));
  const name = (id: string) => actors.get(id)?.name ?? id;
  const rows = doc.events.map((e) => {
    const evidence = e.evidence[0];
    const source = evidence ? documents.get(evidence.document) : undefined;
    const cells: Record<string, string> = {
      id: e.id,
      date_start: e.date.start,
      date_end: e.date.end,
      granularity: e.date.granularity,
      title: e.title,
      kind: e.kind,
      actors: e.actors.map((id) => `${name(id)} [${actors.get(id)?.kind ?? 'organization'}]`).join('; '),
      people: e.people.map((id) => {
        const aff = actors.get(id)?.affiliation;
        return aff ? `${name(id)} [${name(aff)}]` : name(id);
      }).join('; '),
      quote: evidence?.quote ?? '',
      source: source ? (source.url ?? source.title) : '',
      source_date: source?.published ?? '',
      planned: e.planned ? 'true' : 'false',
      location: e.location ?? '',
      date_phrase: e.date.phrase,
    };
    return CSV_COLUMN_NAMES.map((c) => safeCell(cells[c] ?? ''));
  });
  return csvFormatRows([[...CSV_COLUMN_NAMES], ...rows]) + '\n';
}
