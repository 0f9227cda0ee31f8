import { describe, expect, test } from 'vitest';
import { readEventsCsv } from '../../src/io/csv.ts';
import { readTimelineJs, looksLikeTimelineJs } from '../../src/io/timelinejs.ts';
import { readTimelineText } from '../../src/io/load.ts';
import { eventsToCsv, safeCell } from '../../src/export/csv.ts';
import { toTimelineJs } from '../../src/export/timelinejs.ts';
import { filteredDocument } from '../../src/export/data.ts';
import { htmlToText } from '../../src/io/html-text.ts';
import { sampleDoc } from './io-fixtures.ts';

describe('readEventsCsv', () => {
  test('reads the documented columns into events, actors, people and sources', () => {
    const csv = [
      'date_start,date_end,granularity,title,kind,actors,people,quote,source,planned',
      '2022-01-10,,,Talks in Geneva,meeting,United States [country]; Russia [country],Wendy Sherman [United States],"She said ""frank"" talks",Reuters,false',
      '2022-06,,,Summit,summit,NATO [organization],,,,yes',
    ].join('\n');
    const r = readEventsCsv(csv, 'x.csv');
    if (!r.ok) throw new Error(r.error);
    const [talks, summit] = r.doc.events;
    expect(talks!.date).toMatchObject({ start: '2022-01-10', end: '2022-01-10', granularity: 'day' });
    expect(talks!.actors).toEqual(['actor:united-states', 'actor:russia']);
    expect(talks!.people).toEqual(['person:wendy-sherman']);
    expect(talks!.evidence[0]!.quote).toBe('She said "frank" talks');
    expect(r.doc.actors.find((a) => a.id === 'person:wendy-sherman')).toMatchObject({ kind: 'person', affiliation: 'actor:united-states' });
    expect(r.doc.actors.find((a) => a.id === 'actor:russia')!.kind).toBe('country');
    expect(r.doc.documents).toEqual([expect.objectContaining({ id: 'doc:reuters', title: 'Reuters', published: '2022-01-10' })]);
    expect(summit!.date).toMatchObject({ start: '2022-06-01', end: '2022-06-30', granularity: 'month' });
    expect(summit!.planned).toBe(true);
    expect(r.notes).toEqual([]);
  });

  test('columns may come in any order and case; unknown columns are ignored', () => {
    const r = readEventsCsv('Title,Extra,DATE_START\nA,zzz,2021\n', 'x.csv');
    expect(r.ok && r.doc.events[0]!.date.granularity).toBe('year');
  });

  test.each([
    ['a bad date', 'date_start,title\n10/01/2022,A\n2022-01-11,B', /line 2: date_start "10\/01\/2022"/],
    ['an end before the start', 'date_start,date_end,title\n2022-02-01,2022-01-01,A\n2022-01-11,,B', /line 2: date_end is before date_start/],
    ['an empty title', 'date_start,title\n2022-01-01,\n2022-01-11,B', /line 2: empty title/],
  ])('skips a row with %s and says which line', (_name, csv, note) => {
    const r = readEventsCsv(csv, 'x.csv');
    expect(r.ok && r.doc.events.map((e) => e.title)).toEqual(['B']);
    expect(r.ok && r.notes[0]).toMatch(note);
  });

  test('a file whose every row is bad is refused', () => {
    const r = readEventsCsv('date_start,title\nsoon,A', 'x.csv');
    expect(!r.ok && r.error).toMatch(/No row of the CSV file could be read \(line 2/);
  });

  test('a missing required column is named', () => {
    const r = readEventsCsv('date_start,actors\n2022,NATO', 'x.csv');
    expect(!r.ok && r.error).toMatch(/lacks the column "title"/);
  });
});

describe('CSV export', () => {
  test('round trip keeps dates, titles, actors, people, planned and the first quote', () => {
    const doc = sampleDoc();
    const r = readEventsCsv(eventsToCsv(doc), 'x.csv');
    if (!r.ok) throw new Error(r.error);
    expect(r.doc.events.map((e) => [e.id, e.title, e.date.start, e.date.end, e.date.granularity, e.planned, e.kind]))
      .toEqual(doc.events.map((e) => [e.id, e.title, e.date.start, e.date.end, e.date.granularity, e.planned, e.kind]));
    const names = (ids: string[], d = r.doc) => ids.map((id) => d.actors.find((a) => a.id === id)!.name);
    expect(r.doc.events.map((e) => names(e.actors))).toEqual(doc.events.map((e) => names(e.actors, doc)));
    expect(names(r.doc.events[0]!.people)).toEqual(['Wendy Sherman']);
    expect(r.doc.events[0]!.evidence[0]!.quote).toBe(doc.events[0]!.evidence[0]!.quote);
    expect(r.doc.documents[0]).toMatchObject({ title: 'Talks end without a deal', published: '2022-01-12' });
  });

  test.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`], ['+1+1', `'+1+1`], ['@SUM(A1)', `'@SUM(A1)`], ['-cmd', `'-cmd`],
    ['-0044-03-15', '-0044-03-15'], ['-12', '-12'], ['Talks', 'Talks'], ['a=b', 'a=b'],
  ])('safeCell(%j) = %j', (input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });

  test('a formula-looking title survives the round trip as text', () => {
    const doc = sampleDoc();
    doc.events[0]!.title = '=cmd|calc';
    const csv = eventsToCsv(doc);
    expect(csv).toContain(`'=cmd|calc`);
    const r = readEventsCsv(csv, 'x.csv');
    expect(r.ok && r.doc.events[0]!.title).toBe('=cmd|calc');
  });
});

describe('TimelineJS import', () => {
  const tjs = {
    title: { text: { headline: 'Crisis <i>timeline</i>', text: 'intro' } },
    events: [
      { start_date: { year: '2022', month: '1', day: '10' }, text: { headline: 'Talks &amp; dinner', text: '<p>They met.</p><script>alert(1)</script>' }, group: 'Russia', unique_id: 'talks' },
      { start_date: { year: 2022, month: 2 }, end_date: { year: 2022, month: 3 }, text: { headline: 'Build-up' } },
      { start_date: { year: '1991' }, text: { text: 'A year only, no headline' } },
      { start_date: { year: '2022', month: '2', day: '30' }, text: { headline: 'Impossible day' } },
      { text: { headline: 'No date' } },
    ],
  };

  test('maps dates, headline, text and group, and skips undated events with a note', () => {
    expect(looksLikeTimelineJs(tjs)).toBe(true);
    const r = readTimelineJs(tjs, 'crisis.json');
    if (!r.ok) throw new Error(r.error);
    expect(r.doc.events.map((e) => [e.title, e.date.start, e.date.end, e.date.granularity, e.actors])).toEqual([
      ['Talks & dinner', '2022-01-10', '2022-01-10', 'day', ['group:russia']],
      ['Build-up', '2022-02-01', '2022-03-31', 'month', []],
      ['A year only, no headline', '1991-01-01', '1991-12-31', 'year', []],
    ]);
    expect(r.doc.events[0]!.id).toBe('tljs:talks');
    expect(r.doc.events[0]!.evidence[0]!.quote).toBe('They met.');
    expect(r.doc.documents[0]).toMatchObject({ title: 'Crisis timeline', published: '2022-02-01' });
    expect(r.notes[0]).toMatch(/2 of 5 TimelineJS events were skipped/);
  });

  test('readTimelineText recognises TimelineJS by its shape', () => {
    const r = readTimelineText(JSON.stringify(tjs), 'upload.json');
    expect(r.ok && r.format).toBe('timelinejs');
  });

  test('a file with events but no readable date is refused', () => {
    const r = readTimelineJs({ events: [{ start_date: { month: 1 } }] });
    expect(!r.ok && r.error).toMatch(/No event in this TimelineJS file has a readable start_date/);
  });
});

describe('TimelineJS export', () => {
  test('writes only the known date parts', () => {
    const out = toTimelineJs(sampleDoc(), 'Test');
    expect(out.events.map((e) => [e.start_date, e.end_date])).toEqual([
      [{ year: '2022', month: '1', day: '10' }, undefined],
      [{ year: '2022', month: '6' }, undefined],
      [{ year: '2022', month: '1', day: '17' }, { year: '2022', month: '1', day: '23' }],
      [{ year: '1991' }, undefined],
    ]);
    expect(out.events[0]!.group).toBe('United States');
    expect(out.events[0]!.text.text).toContain('<cite>Talks end without a deal, 2022-01-12</cite>');
  });

  test('escapes HTML in titles and quotes', () => {
    const doc = sampleDoc();
    doc.events[0]!.title = '<img src=x onerror=alert(1)>';
    const out = toTimelineJs(doc);
    expect(out.events[0]!.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('round trip: Dateline -> TimelineJS -> Dateline keeps titles, dates and groups', () => {
    const doc = sampleDoc();
    const back = readTimelineJs(JSON.parse(JSON.stringify(toTimelineJs(doc))), 'x.json');
    if (!back.ok) throw new Error(back.error);
    expect(back.doc.events.map((e) => [e.id, e.title, e.date.start, e.date.end])).toEqual(doc.events.map((e) => [`tljs:${e.id}`, e.title, e.date.start, e.date.end]));
    expect(back.doc.events.map((e) => e.date.granularity)).toEqual(['day', 'month', 'day', 'year']);
    expect(back.doc.actors.map((a) => a.name).sort()).toEqual(['NATO', 'Russia', 'United States']);
  });
});

describe('filteredDocument', () => {
  test('keeps only what the kept events refer to, with affiliations', () => {
    const doc = sampleDoc();
    const out = filteredDocument(doc, [doc.events[0]!]);
    expect(out.events.map((e) => e.id)).toEqual(['ev1']);
    expect(out.actors.map((a) => a.id)).toEqual(['country:usa', 'country:rus', 'person:sherman']);
    expect(out.documents.map((d) => d.id)).toEqual(['a1']);
    expect(filteredDocument(doc, []).actors).toEqual([]);
  });
});

describe('htmlToText', () => {
  test.each([
    ['<p>Talks in <b>Geneva</b> &amp; Brussels</p>', 'Talks in Geneva & Brussels'],
    ['a<script>alert(1)</script>b', 'a b'],
    ['&#8220;quoted&#x201D; &unknown;', '“quoted” &unknown;'],
    ['unclosed <b', 'unclosed'],
  ])('%j -> %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
