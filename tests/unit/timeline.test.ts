import { describe, expect, it } from 'vitest';
import { parseIsoInstant, eventInterval, formatIsoInstant, DAY_MS } from '../../src/timeline/time.ts';
import { chooseTickStep, ticks } from '../../src/timeline/ticks.ts';
import { clipLabel, formatWhen, dateInWords, formatRange } from '../../src/timeline/format.ts';
import { orderLanes, computeLanes } from '../../src/timeline/lanes.ts';
import { buildIndex, orderByStart, UNATTRIBUTED } from '../../src/timeline/model.ts';
import { filterEvents, knownFilters, searchEvents, DEFAULT_FILTERS } from '../../src/timeline/filter.ts';
import { density } from '../../src/timeline/density.ts';
import { segmentQuote, locateQuote } from '../../src/timeline/quote.ts';
import { laneGeometry, visibleLanes } from '../../src/timeline/geometry.ts';
import { kindColours, OKABE_ITO } from '../../src/timeline/palette.ts';
import { linearScale } from '../../src/timeline/scale.ts';
import type { Granularity, TimelineDocument, TimelineEvent } from '../../src/model/schema.ts';

const U = Date.UTC;

describe('parseIsoInstant', () => {
  it.each([
    ['2022-01-12', U(2022, 0, 12)],
    ['2022-01-12T14:30', U(2022, 0, 12, 14, 30)],
    ['2022-01-12T14:30:05Z', U(2022, 0, 12, 14, 30, 5)],
    ['0044-03-15', new Date(0).setUTCFullYear(44, 2, 15)],
    ['2022-13-01', null],
    ['2022-02-30', null],
    ['2022-01-12T25:00', null],
    ['12/01/2022', null],
    ['', null],
    ['2024-02-29', U(2024, 1, 29)],
    ['2000-02-29', U(2000, 1, 29)],
    ['1900-02-29', null],
    ['2023-02-29', null],
    ['2022-04-31', null],
    ['2022-12-31', U(2022, 11, 31)],
    ['2022-00-10', null],
    ['2022-01-00', null],
    ['2022-0a-10', null],
    ['0099-12-31', new Date(0).setUTCFullYear(99, 11, 31)],
    [' 2022-01-12', U(2022, 0, 12)],
  ])('%s -> %s', (text, expected) => {
    expect(parseIsoInstant(text)).toBe(expected);
  });
});

describe('eventInterval: the half-open span a date covers', () => {
  it.each([
    ['a day', { start: '2022-01-12', end: '2022-01-12' }, [U(2022, 0, 12), U(2022, 0, 13)]],
    ['a week', { start: '2022-01-10', end: '2022-01-16' }, [U(2022, 0, 10), U(2022, 0, 17)]],
    ['a month', { start: '2021-12-01', end: '2021-12-31' }, [U(2021, 11, 1), U(2022, 0, 1)]],
    ['an instant', { start: '2022-01-12T09:00', end: '2022-01-12T09:00' }, [U(2022, 0, 12, 9), U(2022, 0, 12, 10)]],
    ['end before start', { start: '2022-01-12', end: '2022-01-10' }, [U(2022, 0, 12), U(2022, 0, 13)]],
  ])('%s', (_, when, expected) => {
    expect(eventInterval(when)).toEqual(expected);
  });
});

describe('formatIsoInstant (URL form)', () => {
  it.each([
    [U(2022, 0, 12), '2022-01-12'],
    [U(2022, 0, 12, 13, 45), '2022-01-12T13:45'],
    [U(2022, 0, 12, 13, 45, 29), '2022-01-12T13:45'],
  ])('%d -> %s', (ms, text) => {
    expect(formatIsoInstant(ms)).toBe(text);
    expect(parseIsoInstant(text)).toBe(Math.round(ms / 60_000) * 60_000);
  });
});

describe('chooseTickStep: the finest calendar step with ticks >= 90 px apart', () => {
  it.each([
    [10 * 365 * DAY_MS, 1200, 'year', 1],
    [10 * 365 * DAY_MS, 360, 'year', 5],
    [365 * DAY_MS, 1200, 'month', 1],
    [60 * DAY_MS, 1200, 'week', 1],
    [14 * DAY_MS, 1200, 'day', 2],
    [7 * DAY_MS, 1200, 'day', 1],
    [DAY_MS, 1200, 'hour', 3],
    [6 * 3_600_000, 1200, 'hour', 1],
    [3 * DAY_MS, 1200, 'hour', 6],
    [3000 * 365 * DAY_MS, 1200, 'year', 500],
  ])('span %d ms on %d px -> every %s x%d', (span, width, unit, step) => {
    expect(chooseTickStep(span, width)).toEqual({ unit, step });
  });
});

describe('ticks: calendar-aligned, labelled with Luxon', () => {
  it('months: January is major and says the year', () => {
    const t = ticks(U(2021, 10, 15), U(2022, 2, 15), { unit: 'month', step: 1 }, 'en-GB');
    expect(t.map((x) => x.label)).toEqual(['Dec 2021', '2022', 'Feb', 'Mar']);
    expect(t.map((x) => x.major)).toEqual([false, true, false, false]);
    expect(t[0]!.ms).toBe(U(2021, 11, 1));
  });
  it('years every 5, aligned to multiples of 5', () => {
    expect(ticks(U(2012, 3, 1), U(2026, 0, 1), { unit: 'year', step: 5 }, 'en-GB').map((x) => x.label)).toEqual(['2015', '2020', '2025']);
  });
  it('hours: midnight is major and shows the date', () => {
    const t = ticks(U(2022, 0, 12, 18), U(2022, 0, 13, 6), { unit: 'hour', step: 6 }, 'en-GB');
    expect(t.map((x) => x.label)).toEqual(['12 Jan 18:00', '13 Jan', '06:00']);
  });
  it('never more than 200 ticks', () => {
    expect(ticks(0, 1e13, { unit: 'hour', step: 1 }).length).toBe(200);
  });
});

describe('formatWhen / dateInWords: the date as people read it', () => {
  it.each([
    [{ start: '2022-01-12', end: '2022-01-12', granularity: 'day' }, 'Wed 12 Jan 2022', 'Wednesday 12 January 2022'],
    [{ start: '2022-01-10', end: '2022-01-16', granularity: 'week' }, 'week of Mon 10 Jan 2022', 'the week of Monday 10 January 2022'],
    [{ start: '2021-12-01', end: '2021-12-31', granularity: 'month' }, 'Dec 2021', 'December 2021'],
    [{ start: '2014-01-01', end: '2014-12-31', granularity: 'year' }, '2014', '2014'],
    [{ start: '2022-04-01', end: '2022-06-30', granularity: 'quarter' }, 'Q2 2022', 'Q2 2022'],
    [{ start: '2010-01-01', end: '2019-12-31', granularity: 'decade' }, 'the 2010s', 'the 2010s'],
    [{ start: '2022-01-12T09:30', end: '2022-01-12T09:30', granularity: 'hour' }, 'Wed 12 Jan 2022, 09:30 UTC', 'Wednesday 12 January 2022, 09:30 UTC'],
  ] as const)('%o', (when, short, long) => {
    // ICU versions differ on the comma after a short weekday ("Wed, 12 Jan" vs "Wed 12 Jan").
    expect(formatWhen(when, 'en-GB').replace(/^((?:week of )?\w{3}),/, '$1')).toBe(short);
    expect(dateInWords(when, 'en-GB').replace(/^((?:the week of )?\w+),/, '$1')).toBe(long);
  });
  it('formatRange', () => {
    expect(formatRange(U(2022, 0, 12), U(2022, 2, 3), 'en-GB')).toBe('12 Jan 2022 – 3 Mar 2022');
  });
});

function ev(id: string, start: string, actors: string[], extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id, title: `Event ${id}`, kind: 'meeting', date: { start, end: start, granularity: 'day', timex: start, phrase: 'on Wednesday' },
    actors, people: [], planned: false, evidence: [{ document: 'd1', start: 0, end: 5, quote: `quote ${id}` }], ...extra,
  };
}

const doc: TimelineDocument = {
  schemaVersion: 1,
  documents: [{ id: 'd1', title: 'Article', published: '2022-01-15', source: 'a.txt' }, { id: 'd2', title: 'Other', published: '2022-01-16', source: 'b.txt' }],
  actors: [
    { id: 'nato', name: 'NATO', kind: 'organization', aliases: [] },
    { id: 'rus', name: 'Russia', kind: 'country', aliases: [] },
    { id: 'usa', name: 'United States', kind: 'country', aliases: [] },
    { id: 'lavrov', name: 'Sergey Lavrov', kind: 'person', affiliation: 'rus', aliases: [] },
    { id: 'loner', name: 'A Person', kind: 'person', aliases: [] },
  ],
  events: [
    ev('e3', '2022-01-14', ['lavrov'], { kind: 'statement' }),
    ev('e1', '2022-01-10', ['nato', 'rus'], { title: 'NATO and Russia meet' }),
    ev('e2', '2022-01-12', ['usa'], { planned: true }),
    ev('e4', '2022-01-13', [], { people: ['lavrov'] }),
    ev('e5', '2022-01-11', ['loner'], { modality: 'hypothetical' }),
    ev('e6', '2022-01-20', ['rus'], { evidence: [{ document: 'd2', start: 0, end: 1, quote: 'Kremlin denies' }] }),
  ],
};

describe('buildIndex: lanes per actor, people inside their affiliation', () => {
  const ix = buildIndex(doc);
  it.each([
    ['e1', ['nato', 'rus']],
    ['e3', ['rus']],
    ['e4', ['rus']],
    ['e5', ['loner']],
    ['e2', ['usa']],
  ])('%s is drawn in %o', (id, lanes) => {
    expect(ix.lanesOf[ix.byId.get(id)!]).toEqual(lanes);
  });
  it('an event with no actor goes to the unattributed lane', () => {
    const ix2 = buildIndex({ ...doc, events: [ev('x', '2022-01-01', [])] });
    expect(ix2.lanesOf[0]).toEqual([UNATTRIBUTED]);
  });
  it('orders events by start and knows the extent', () => {
    expect(Array.from(ix.order, (i) => ix.events[i]!.id)).toEqual(['e1', 'e5', 'e2', 'e4', 'e3', 'e6']);
    expect([ix.extentStart, ix.extentEnd]).toEqual([U(2022, 0, 10), U(2022, 0, 21)]);
  });
  it('keeps per-event flags the chart and filters read, in one pass', () => {
    const mixed = buildIndex({ ...doc, events: [
      ev('a', '2022-01-01', ['rus'], { date: { start: '2022-01-01', end: '2022-01-31', granularity: 'month', timex: '2022-01', phrase: 'in January' } }),
      ev('b', '2022-01-02', ['rus'], { modality: 'negated' }),
      ev('c', '2022-01-03', ['rus'], { date: { start: '2022-01-03T10:00', end: '2022-01-03T10:00', granularity: 'hour', timex: '2022-01-03T10', phrase: 'at 10' } }),
    ] });
    expect(Array.from(mixed.point)).toEqual([0, 1, 1]);
    expect(Array.from(mixed.unasserted)).toEqual([0, 1, 0]);
    expect(mixed.titles).toEqual(['Event a', 'Event b', 'Event c']);
    expect(mixed.granularities).toEqual(['hour', 'day', 'month']);
  });
});

describe('orderByStart: indices by start, ties in document order', () => {
  it.each([
    [[], []],
    [[5], [0]],
    [[5, 1, 5, 0], [3, 1, 0, 2]],
    [[2, 2, 2], [0, 1, 2]],
    [[-3, 7, -3, 1e12, 7], [0, 2, 1, 4, 3]],
  ])('%j -> %j', (starts, expected) => {
    expect(Array.from(orderByStart(Float64Array.from(starts)))).toEqual(expected);
  });
  it('starts on whole minutes (the packed path) order exactly like any starts (the rank path)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (const n of [1, 2, 50, 3000]) {
      const days = Float64Array.from({ length: n }, () => Date.UTC(1990, 0, 1) + Math.floor(rand() * 20000) * DAY_MS + (rand() < 0.2 ? Math.floor(rand() * 1440) * 60_000 : 0));
      const order = Array.from(orderByStart(days));
      // The same starts nudged off the minute (keeping their order) must take the other path and agree.
      const nudged = Float64Array.from(days, (s) => s + 1);
      nudged[0] = days[0]! + 0.5;
      expect(order).toEqual(Array.from(orderByStart(nudged)));
      const byHand = Array.from(days.keys()).sort((a, b) => days[a]! - days[b]! || a - b);
      expect(order).toEqual(byHand);
    }
  });
});

describe('filterEvents and searchEvents', () => {
  const ix = buildIndex(doc);
  const ids = (f: Partial<typeof DEFAULT_FILTERS>) => Array.from(filterEvents(ix, { ...DEFAULT_FILTERS, ...f }), (i) => ix.events[i]!.id);
  it.each([
    ['defaults hide hypothetical events', {}, ['e1', 'e2', 'e4', 'e3', 'e6']],
    ['modality all shows them', { modality: 'all' as const }, ['e1', 'e5', 'e2', 'e4', 'e3', 'e6']],
    ['kinds', { kinds: ['statement'] }, ['e3']],
    ['planned only', { planned: 'planned' as const }, ['e2']],
    ['happened only', { planned: 'happened' as const }, ['e1', 'e4', 'e3', 'e6']],
    ['actor by lane: Russia includes its people', { actors: ['rus'] }, ['e1', 'e4', 'e3', 'e6']],
    ['actor person', { actors: ['lavrov'] }, ['e4', 'e3']],
    ['source document', { documents: ['d2'] }, ['e6']],
    ['precision', { granularities: ['week' as const] }, []],
  ])('%s', (_, f, expected) => {
    expect(ids(f)).toEqual(expected);
  });
  it.each([
    ['nato', ['e1']],
    ['KREMLIN', ['e6']],
    ['lavrov', ['e4', 'e3']],
    ['nato russia', ['e1']],
    ['nothing-like-this', []],
  ])('search %s', (q, expected) => {
    const all = filterEvents(ix, DEFAULT_FILTERS);
    expect(Array.from(searchEvents(ix, all, q), (i) => ix.events[i]!.id)).toEqual(expected);
  });
});

describe('lane order', () => {
  const lanes = [
    { id: 'a', name: 'Alpha', count: 2, firstOrder: 3 },
    { id: 'b', name: 'Beta', count: 9, firstOrder: 1 },
    { id: 'c', name: 'Gamma', count: 2, firstOrder: 0 },
  ];
  it.each([
    ['first', null, ['c', 'b', 'a']],
    ['count', null, ['b', 'a', 'c']],
    ['first', ['a'], ['a', 'c', 'b']],
    ['count', ['c', 'a', 'zz'], ['c', 'a', 'b']],
  ] as const)('%s with sequence %o', (order, seq, expected) => {
    expect(orderLanes(lanes, order, seq).map((l) => l.id)).toEqual(expected);
  });
  it('computeLanes counts visible events and drops empty lanes', () => {
    const ix = buildIndex(doc);
    const lanes2 = computeLanes(ix, filterEvents(ix, { ...DEFAULT_FILTERS, kinds: ['meeting'] }), 'count', null);
    expect(lanes2.map((l) => [l.name, l.count])).toEqual([['Russia', 3], ['NATO', 1], ['United States', 1]]);
  });
});

describe('density', () => {
  it('counts events by midpoint into equal bins', () => {
    const start = Float64Array.of(0, 10, 30, 99), end = Float64Array.of(2, 12, 32, 100);
    expect(density(start, end, Int32Array.of(0, 1, 2, 3), 0, 100, 4)).toEqual([2, 1, 0, 1]);
    expect(density(start, end, Int32Array.of(0, 1, 2, 3), 0, 0, 4)).toEqual([0, 0, 0, 0]);
  });
});

describe('segmentQuote: highlights from evidence marks', () => {
  it.each([
    ['NATO met on Wednesday', [{ start: 9, end: 21, kind: 'time' }], [['NATO met ', null], ['on Wednesday', 'time']]],
    ['NATO met on Wednesday', [{ start: 0, end: 4, kind: 'actor' }, { start: 9, end: 21, kind: 'time' }], [['NATO', 'actor'], [' met ', null], ['on Wednesday', 'time']]],
    ['abc', undefined, [['abc', null]]],
    ['abc', [{ start: 1, end: 99, kind: 'time' }, { start: 2, end: 3, kind: 'actor' }], [['a', null], ['bc', 'time']]],
    ['abc', [{ start: 2, end: 1, kind: 'time' }], [['abc', null]]],
  ] as const)('%s %o', (quote, marks, expected) => {
    expect(segmentQuote(quote, marks as never).map((s) => [s.text, s.kind])).toEqual(expected);
  });
});

describe('locateQuote', () => {
  const text = 'Header. NATO met on Wednesday. End.';
  it.each([
    ['exact offsets', { start: 8, end: 29, quote: 'NATO met on Wednesday' }, undefined, { start: 8, end: 29 }],
    ['offsets in the source, text is the slice', { start: 108, end: 129, quote: 'NATO met on Wednesday' }, { start: 100, end: 140 }, { start: 8, end: 29 }],
    ['wrong offsets, found by search', { start: 0, end: 3, quote: 'on Wednesday' }, undefined, { start: 17, end: 29 }],
    ['absent', { start: 0, end: 3, quote: 'Kremlin' }, undefined, null],
  ])('%s', (_, q, span, expected) => {
    expect(locateQuote(text, q, span)).toEqual(expected);
  });
});

describe('lane geometry and vertical culling', () => {
  const boxes = laneGeometry(['a', 'b', 'c', 'd'], new Set(['b']));
  it('collapsed lanes are shorter', () => {
    expect(boxes.map((b) => [b.y, b.height])).toEqual([[40, 66], [106, 32], [138, 66], [204, 66]]);
  });
  it.each([
    [0, 100, 0, ['a']],
    [0, 140, 0, ['a', 'b', 'c']],
    [150, 40, 0, ['c']],
    [1000, 100, 0, []],
  ])('scrollTop %d, height %d', (top, h, margin, expected) => {
    expect(visibleLanes(boxes, top, h, margin).map((b) => b.id)).toEqual(expected);
  });
});

describe('kindColours: colour-blind-safe, stable by sorted kind', () => {
  it('assigns Okabe-Ito colours in sorted order and repeats past eight', () => {
    const c = kindColours(['statement', 'meeting', 'accusation']);
    expect([c.get('accusation'), c.get('meeting'), c.get('statement')]).toEqual([OKABE_ITO[0], OKABE_ITO[1], OKABE_ITO[2]]);
    const many = kindColours(Array.from({ length: 9 }, (_, i) => `k${i}`));
    expect(many.get('k8')).toBe(OKABE_ITO[0]);
  });
});

describe('linearScale works with d3-zoom rescaleX', () => {
  it('maps, inverts and copies', () => {
    const x = linearScale(0, 1000, 500);
    expect([x(500), x.invert(250)]).toEqual([250, 500]);
    const y = x.copy().domain([0, 500]);
    expect([x(500), y(500)]).toEqual([250, 500]);
  });
});

describe('knownFilters', () => {
  const doc = {
    schemaVersion: 1, documents: [{ id: 'd1' }], actors: [{ id: 'country:RUS' }, { id: 'org:nato' }],
    events: [{ kind: 'meeting', date: { granularity: 'day' }, actors: ['country:RUS'], people: ['person:x'] }],
  } as unknown as TimelineDocument;

  it('drops values the document does not know, and an emptied list means all', () => {
    const f = knownFilters({ ...DEFAULT_FILTERS, actors: ['bogus', 'org:nato', 'person:x'], kinds: ['zzz'], granularities: ['nanosecond' as Granularity], documents: ['d1', 'd9'] }, doc);
    expect(f).toMatchObject({ actors: ['org:nato', 'person:x'], kinds: null, granularities: null, documents: ['d1'] });
  });

  it('returns the same filters when nothing is unknown', () => {
    const f = { ...DEFAULT_FILTERS, kinds: ['meeting'] };
    expect(knownFilters(f, doc).kinds).toEqual(['meeting']);
    expect(knownFilters(DEFAULT_FILTERS, doc)).toBe(DEFAULT_FILTERS);
  });
});

describe('clipLabel', () => {
  it.each([
    ['Russia', 40, 'Russia'],
    ['A'.repeat(40), 40, 'A'.repeat(40)],
    ['A'.repeat(5000), 40, `${'A'.repeat(39)}…`],
    ['Organisation for the Prohibition of Chemical Weapons', 20, 'Organisation for th…'],
  ])('%s', (name, max, out) => {
    expect(clipLabel(name, max)).toBe(out);
    expect(clipLabel(name, max).length).toBeLessThanOrEqual(max);
  });
});
