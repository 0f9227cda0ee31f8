/**
 * The columns of Dateline's CSV of events: one row per event, the header row names the columns (any order,
 * case-insensitive; unknown columns are ignored). Shared by the CSV reader and writer, and the table in the
 * README is this list.
 *
 * Example row:
 *   date_start,date_end,granularity,title,kind,actors,people,quote,source,planned
 *   2022-01-10,,,US and Russia hold talks in Geneva,meeting,United States [country]; Russia [country],Wendy Sherman [United States],"""Frank and forthright""",Reuters,false
 */
export interface CsvColumn {
  name: string;
  required: boolean;
  help: string;
}

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'id', required: false, help: 'Stable event id; made from the row number when empty.' },
  { name: 'date_start', required: true, help: 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (ISO order only).' },
  { name: 'date_end', required: false, help: 'Inclusive end in the same forms; empty means the whole unit of date_start.' },
  { name: 'granularity', required: false, help: 'hour, day, week, month, quarter, season, year, decade or century; empty means the precision of date_start.' },
  { name: 'title', required: true, help: 'What happened, in a short sentence.' },
  { name: 'kind', required: false, help: 'Event kind (meeting, statement, ...); empty means "other".' },
  { name: 'actors', required: false, help: 'Lanes, separated by ";"; each may end with its kind in brackets: "NATO [organization]; Russia [country]".' },
  { name: 'people', required: false, help: 'People, separated by ";"; each may end with the actor they speak for: "Jens Stoltenberg [NATO]".' },
  { name: 'quote', required: false, help: 'The sentence the event was read from.' },
  { name: 'source', required: false, help: 'Title or URL of the article the quote comes from.' },
  { name: 'source_date', required: false, help: 'Publication date of the source, YYYY-MM-DD.' },
  { name: 'planned', required: false, help: 'true/yes/1 for an event announced for the future.' },
  { name: 'location', required: false, help: 'Where it happened.' },
  { name: 'date_phrase', required: false, help: 'The words the date was read from ("last Tuesday").' },
];

export const REQUIRED_CSV_COLUMNS = CSV_COLUMNS.filter((c) => c.required).map((c) => c.name);
export const CSV_COLUMN_NAMES = CSV_COLUMNS.map((c) => c.name);
