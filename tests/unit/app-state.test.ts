import { describe, expect, it } from 'vitest';
import { ViewState } from '../../src/app/state.svelte.ts';
import { guardShape } from '../../src/app/guard.ts';
import type { TimelineDocument } from '../../src/model/schema.ts';

const doc: TimelineDocument = {
  schemaVersion: 1,
  documents: [{ id: 'd1', title: 'A', published: '2022-01-15', source: 'a.txt' }],
  actors: [{ id: 'nato', name: 'NATO', kind: 'organization', aliases: [] }, { id: 'rus', name: 'Russia', kind: 'country', aliases: [] }],
  events: [
    { id: 'e1', title: 'NATO and Russia meet', kind: 'meeting', date: { start: '2022-01-12', end: '2022-01-12', granularity: 'day', timex: '2022-01-12', phrase: 'on Wednesday' }, actors: ['nato', 'rus'], people: [], planned: false, evidence: [] },
    { id: 'e2', title: 'Russia says', kind: 'statement', date: { start: '2022-01-14', end: '2022-01-14', granularity: 'day', timex: '2022-01-14', phrase: 'on Friday' }, actors: ['rus'], people: [], planned: true, evidence: [] },
  ],
};

describe('ViewState URL round trip', () => {
  it.each([
    [''],
    ['from=2022-01-10&to=2022-01-20'],
    ['from=2022-01-10T06%3A30&to=2022-01-10T18%3A00'],
    ['data=https%3A%2F%2Fexample.org%2Fe.json&actors=nato%2Crus&kinds=meeting&precision=day%2Cweek&planned=happened&docs=d1&modality=all&q=talks&event=e1&order=count&lanes=rus%2Cnato&hide=nato&collapse=rus&theme=dark&view=table'],
  ])('%s reads and writes back unchanged', (search) => {
    const view = new ViewState();
    view.applySearch(search);
    expect(view.toSearch()).toBe(search);
  });

  it.each([
    ['from=2022-01-20&to=2022-01-10', null],
    ['from=garbage&to=2022-01-10', null],
    ['from=2022-01-10&to=2022-01-20', { start: Date.UTC(2022, 0, 10), end: Date.UTC(2022, 0, 20) }],
  ])('range from %s', (search, range) => {
    const view = new ViewState();
    view.applySearch(search);
    expect(view.range).toEqual(range);
  });

  it.each([
    ['planned=sometimes', 'all'],
    ['planned=planned', 'planned'],
  ])('invalid values fall back to defaults: %s', (search, planned) => {
    const view = new ViewState();
    view.applySearch(search);
    expect(view.filters.planned).toBe(planned);
  });
});

describe('ViewState derived data and actions', () => {
  it('filters, lanes and selection follow the state', () => {
    const view = new ViewState();
    view.load(doc, 'test');
    expect(view.visibleEvents.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(view.lanes.map((l) => `${l.name} ${l.count}`)).toEqual(['NATO 1', 'Russia 2']);
    view.setFilters({ planned: 'happened' });
    expect(view.visibleEvents.map((e) => e.id)).toEqual(['e1']);
    view.setLaneOrder('count');
    view.resetFilters();
    expect(view.lanes.map((l) => l.id)).toEqual(['rus', 'nato']);
    view.toggleLane('rus');
    expect(view.lanes.map((l) => l.id)).toEqual(['nato']);
    view.select('e2');
    expect(view.selectedEvent?.title).toBe('Russia says');
    view.setSearch('meet');
    expect(Array.from(view.matches)).toEqual([0]);
  });

  it('moveLane makes an explicit order', () => {
    const view = new ViewState();
    view.load(doc, 'test');
    view.moveLane('rus', -1);
    expect(view.laneSequence).toEqual(['rus', 'nato']);
    expect(view.toSearch()).toBe('lanes=rus%2Cnato');
  });

  it('zoomBy and panBy change the range around its centre; setRange keeps a minimum span', () => {
    const view = new ViewState();
    view.load(doc, 'test');
    view.setRange(Date.UTC(2022, 0, 10), Date.UTC(2022, 0, 20));
    view.zoomBy(0.5);
    expect(view.range).toEqual({ start: Date.UTC(2022, 0, 12, 12), end: Date.UTC(2022, 0, 17, 12) });
    view.panBy(0.2);
    expect(view.range).toEqual({ start: Date.UTC(2022, 0, 13, 12), end: Date.UTC(2022, 0, 18, 12) });
    view.setRange(1000, 1000);
    expect(view.range!.end - view.range!.start).toBe(30 * 60 * 1000);
    view.fitAll();
    expect(view.range).toBeNull();
    expect(view.effectiveRange!.start).toBeLessThan(Date.UTC(2022, 0, 12));
  });
});

describe('opening view and fit all', () => {
  const at = (id: string, start: string, end = start) => ({ ...doc.events[0]!, id, date: { ...doc.events[0]!.date, start, end } });
  it('opens on the story, leaving a far-off event to "fit all"', () => {
    const view = new ViewState();
    view.load({ ...doc, events: [at('old', '2014-01-01', '2014-12-31'), ...['10', '11', '12', '13', '14', '15'].map((d) => at(`d${d}`, `2022-01-${d}`))] }, 'test');
    expect(view.effectiveRange!.start).toBeGreaterThan(Date.UTC(2021, 0, 1));
    view.fitAll();
    expect(view.effectiveRange!.start).toBeLessThan(Date.UTC(2014, 0, 1));
    expect(view.range).not.toBeNull();
  });
  it('when the story is everything, fit all is the opening view (no range in the URL)', () => {
    const view = new ViewState();
    view.load(doc, 'test');
    view.setRange(Date.UTC(2022, 0, 12), Date.UTC(2022, 0, 13));
    view.fitAll();
    expect(view.range).toBeNull();
  });
});

describe('guardShape: is a document safe to draw before the schema has answered', () => {
  const ok = { schemaVersion: 1, documents: [], actors: [], events: [] };
  it.each([
    [ok, null],
    [{ ...ok, events: 'x' }, 'events: expected array'],
    [{ ...ok, actors: [{ id: 'a', name: 'A' }] }, 'actors[0]: expected an actor with id, name and kind'],
    [{ ...ok, events: [{ id: 'e', title: 't', kind: 'k', date: { start: '2022-01-01', end: '2022-01-01' }, actors: [], people: [], evidence: [] }] }, 'events[0].date: expected start, end and granularity'],
    [{ ...ok, events: [{ id: 'e', title: 7 }] }, 'events[0].title: expected string'],
    [[], 'not a timeline document: expected a JSON object'],
  ])('%o -> %s', (input, expected) => {
    expect(guardShape(input)).toBe(expected);
  });
});
