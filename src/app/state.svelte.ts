/**
 * The view state of the timeline explorer: one instance per page, shared by every component (and by the
 * embed/export/import code) through props. Everything a link should reopen lives here and round-trips
 * through the URL (`toSearch()` / `applySearch()`).
 *
 * Public API (stable; other modules rely on it):
 *   fields (reactive):  doc (the loaded TimelineDocument, `$state.raw`), label, status ('idle'|'loading'|'ready'|'error'),
 *                       error (message shown in the page), dataUrl (the `?data=` URL, or null for the bundled file),
 *                       range ({start, end} in epoch ms, UTC; null = fit all), laneOrder ('first'|'count'),
 *                       laneSequence (user's explicit lane order, or null), hiddenLanes, collapsedLanes,
 *                       filters (see `Filters`), search, selected (event id or null), theme ('auto'|'light'|'dark'),
 *                       showTable, articleOpen ({ document, start, end } of a quote to show in its article, or null)
 *   derived:            index (precomputed TimelineIndex of `doc`), lanes (ordered, with counts, hidden ones dropped),
 *                       visibleEvents (events passing the filters, in time order), matches (search hits, time order),
 *                       selectedEvent, extent (whole time span of the document), fitRange (extent plus a margin),
 *                       openingRange (the story window, padded; see timeline/focus.ts),
 *                       effectiveRange (range ?? openingRange),
 *                       resolvedTheme ('light'|'dark')
 *   methods:            load(doc, label, dataUrl?), startLoading(), fail(message), setRange(start, end), fitAll(),
 *                       zoomBy(factor, centre?), panBy(fraction), select(id), filterActors(ids|null),
 *                       setFilters(partial), resetFilters(), setSearch(q), setTheme(t), toggleLane(id),
 *                       toggleCollapsed(id), moveLane(id, delta), setLaneOrder(order), openArticle(...), closeArticle(),
 *                       toSearch(): string, applySearch(search: string), markRendered(), whenRendered(), clear()
 *
 * @example
 * const view = new ViewState();
 * view.applySearch(location.search);   // restores filters, range, selection from a shared link
 * view.load(doc, 'events.json');
 * view.setRange(Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1));
 * history.pushState(null, '', '?' + view.toSearch());
 */
import type { Granularity, TimelineDocument, TimelineEvent } from '../model/schema.ts';
import { buildIndex, type TimelineIndex } from '../timeline/model.ts';
import { computeLanes, type Lane, type LaneOrder } from '../timeline/lanes.ts';
import { filterEvents, knownFilters, searchEvents, type Filters, DEFAULT_FILTERS } from '../timeline/filter.ts';
import { formatIsoInstant, parseIsoInstant } from '../timeline/time.ts';
import { storyWindow } from '../timeline/focus.ts';

export type { Filters, Lane, LaneOrder };
export type Theme = 'auto' | 'light' | 'dark';
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
export interface Range { start: number; end: number }
export interface ArticleTarget { document: string; start: number; end: number }

const MIN_SPAN_MS = 30 * 60 * 1000;

export function padRange(r: Range): Range {
  const pad = Math.max((r.end - r.start) * 0.04, 2 * 86_400_000);
  return { start: r.start - pad, end: r.end + pad };
}

export class ViewState {
  doc = $state.raw<TimelineDocument | null>(null);
  label = $state('');
  dataUrl = $state<string | null>(null);
  status = $state<LoadStatus>('idle');
  error = $state<string | null>(null);
  range = $state.raw<Range | null>(null);
  laneOrder = $state<LaneOrder>('first');
  laneSequence = $state.raw<string[] | null>(null);
  hiddenLanes = $state.raw<string[]>([]);
  collapsedLanes = $state.raw<string[]>([]);
  filters = $state.raw<Filters>(DEFAULT_FILTERS);
  search = $state('');
  selected = $state<string | null>(null);
  theme = $state<Theme>('auto');
  showTable = $state(false);
  articleOpen = $state.raw<ArticleTarget | null>(null);
  /** Increments on every load; the chart reports `markRendered()` once per load. */
  loadCount = $state(0);
  /** System preference, updated by the app shell (matchMedia). */
  prefersDark = $state(false);

  index: TimelineIndex | null = $derived(this.doc ? buildIndex(this.doc) : null);
  extent: Range | null = $derived(this.index ? { start: this.index.extentStart, end: this.index.extentEnd } : null);
  /** The extent with a margin, so marks at either end are not cut: what "fit all" shows. */
  fitRange: Range | null = $derived(this.extent ? padRange(this.extent) : null);
  /** What a document opens on: the story window (see focus.ts), everything when that would hide little. */
  openingRange: Range | null = $derived.by(() => {
    const ix = this.index;
    const story = ix ? storyWindow(ix.start, ix.end) : null;
    return story ? padRange(story) : this.fitRange;
  });
  effectiveRange: Range | null = $derived(this.range ?? this.openingRange);
  /** Indices (into index.events) passing the filters, in time order. */
  visibleIds: Int32Array = $derived(this.index ? filterEvents(this.index, this.filters) : new Int32Array(0));
  visibleEvents: TimelineEvent[] = $derived.by(() => {
    const index = this.index;
    if (!index) return [];
    return Array.from(this.visibleIds, (i) => index.events[i]!);
  });
  /** Search hits among the visible events (indices into index.events), in time order. */
  matches: Int32Array = $derived(this.index && this.search.trim() ? searchEvents(this.index, this.visibleIds, this.search) : new Int32Array(0));
  allLanes: Lane[] = $derived(this.index ? computeLanes(this.index, this.visibleIds, this.laneOrder, this.laneSequence) : []);
  lanes: Lane[] = $derived(this.allLanes.filter((l) => !this.hiddenLanes.includes(l.id)));
  selectedEvent: TimelineEvent | null = $derived.by(() => {
    const i = this.selected && this.index ? this.index.byId.get(this.selected) : undefined;
    return i === undefined ? null : this.index!.events[i]!;
  });
  resolvedTheme: 'light' | 'dark' = $derived(this.theme === 'auto' ? (this.prefersDark ? 'dark' : 'light') : this.theme);

  startLoading(): void {
    this.status = 'loading';
    this.error = null;
    if (typeof document !== 'undefined') document.documentElement.dataset.timelineReady = 'false';
  }

  /** Shows a problem in the page; the current timeline (if any) stays. */
  fail(message: string): void {
    this.error = message;
    this.status = this.doc ? 'ready' : 'error';
    if (typeof document !== 'undefined' && !this.doc) document.documentElement.dataset.timelineReady = 'true';
  }

  load(doc: TimelineDocument, label: string, dataUrl: string | null = this.dataUrl): void {
    this.doc = doc;
    this.label = label;
    this.dataUrl = dataUrl;
    this.status = 'ready';
    this.error = null;
    if (this.selected && !doc.events.some((e) => e.id === this.selected)) this.selected = null;
    // Filter values this document does not know (a stale or hand-edited link) are dropped, never an empty chart.
    this.filters = knownFilters(this.filters, doc);
    this.loadCount++;
  }

  /** Drops the document (used when a document drawn before validation turns out invalid). */
  clear(): void {
    this.doc = null;
    this.label = '';
    this.status = 'idle';
  }

  #rendered: (() => void)[] = [];

  /** Called by the chart once the loaded data is drawn. */
  markRendered(): void {
    if (typeof document !== 'undefined') document.documentElement.dataset.timelineReady = 'true';
    for (const resolve of this.#rendered.splice(0)) resolve();
  }

  /** Resolves after the next `markRendered()` (the loaded document is on screen). */
  whenRendered(): Promise<void> {
    return new Promise((resolve) => this.#rendered.push(resolve));
  }

  setRange(start: number, end: number): void {
    if (!Number.isFinite(start) || !Number.isFinite(end)) return;
    if (end < start) [start, end] = [end, start];
    if (end - start < MIN_SPAN_MS) {
      const mid = (start + end) / 2;
      start = mid - MIN_SPAN_MS / 2;
      end = mid + MIN_SPAN_MS / 2;
    }
    const r = this.range;
    if (r && r.start === start && r.end === end) return;
    this.range = { start, end };
  }

  /** Shows every event (the opening view may leave far-off events out). */
  fitAll(): void {
    const all = this.fitRange;
    const opening = this.openingRange;
    this.range = all && opening && (all.start !== opening.start || all.end !== opening.end) ? all : null;
  }

  /** factor < 1 zooms in. `centre` is an epoch ms inside the range (default: the middle). */
  zoomBy(factor: number, centre?: number): void {
    const r = this.effectiveRange;
    if (!r) return;
    const c = centre ?? (r.start + r.end) / 2;
    this.setRange(c - (c - r.start) * factor, c + (r.end - c) * factor);
  }

  /** Moves the window by a fraction of its width (positive = later). */
  panBy(fraction: number): void {
    const r = this.effectiveRange;
    if (!r) return;
    const d = (r.end - r.start) * fraction;
    this.setRange(r.start + d, r.end + d);
  }

  select(id: string | null): void {
    this.selected = id;
  }

  filterActors(ids: string[] | null): void {
    this.filters = { ...this.filters, actors: ids && ids.length ? [...ids] : null };
  }

  setFilters(patch: Partial<Filters>): void {
    this.filters = { ...this.filters, ...patch };
  }

  resetFilters(): void {
    this.filters = DEFAULT_FILTERS;
  }

  setSearch(q: string): void {
    this.search = q;
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
  }

  setLaneOrder(order: LaneOrder): void {
    this.laneOrder = order;
    this.laneSequence = null;
  }

  toggleLane(id: string): void {
    this.hiddenLanes = this.hiddenLanes.includes(id) ? this.hiddenLanes.filter((x) => x !== id) : [...this.hiddenLanes, id];
  }

  toggleCollapsed(id: string): void {
    this.collapsedLanes = this.collapsedLanes.includes(id) ? this.collapsedLanes.filter((x) => x !== id) : [...this.collapsedLanes, id];
  }

  /** Moves a lane up (delta < 0) or down among all lanes; the explicit order then wins over `laneOrder`. */
  moveLane(id: string, delta: number): void {
    const ids = this.allLanes.map((l) => l.id);
    const from = ids.indexOf(id);
    if (from < 0) return;
    const to = Math.max(0, Math.min(ids.length - 1, from + delta));
    ids.splice(from, 1);
    ids.splice(to, 0, id);
    this.laneSequence = ids;
  }

  openArticle(target: ArticleTarget): void {
    this.articleOpen = target;
  }

  closeArticle(): void {
    this.articleOpen = null;
  }

  /** The URL query (without '?') that reopens this view. Defaults are left out so links stay short. */
  toSearch(): string {
    const p = new URLSearchParams();
    if (this.dataUrl) p.set('data', this.dataUrl);
    if (this.range) {
      p.set('from', formatIsoInstant(this.range.start));
      p.set('to', formatIsoInstant(this.range.end));
    }
    const f = this.filters;
    if (f.actors) p.set('actors', f.actors.join(','));
    if (f.kinds) p.set('kinds', f.kinds.join(','));
    if (f.granularities) p.set('precision', f.granularities.join(','));
    if (f.planned !== 'all') p.set('planned', f.planned);
    if (f.documents) p.set('docs', f.documents.join(','));
    if (f.modality !== 'asserted') p.set('modality', f.modality);
    if (this.search) p.set('q', this.search);
    if (this.selected) p.set('event', this.selected);
    if (this.laneOrder !== 'first') p.set('order', this.laneOrder);
    if (this.laneSequence) p.set('lanes', this.laneSequence.join(','));
    if (this.hiddenLanes.length) p.set('hide', this.hiddenLanes.join(','));
    if (this.collapsedLanes.length) p.set('collapse', this.collapsedLanes.join(','));
    if (this.theme !== 'auto') p.set('theme', this.theme);
    if (this.showTable) p.set('view', 'table');
    return p.toString();
  }

  /** Restores everything `toSearch` writes; unknown or malformed values fall back to the defaults. */
  applySearch(search: string): void {
    const p = new URLSearchParams(search);
    const list = (key: string): string[] | null => {
      const v = p.get(key);
      if (!v) return null;
      const items = v.split(',').map((s) => s.trim()).filter(Boolean);
      return items.length ? items : null;
    };
    this.dataUrl = p.get('data');
    const from = parseIsoInstant(p.get('from') ?? '');
    const to = parseIsoInstant(p.get('to') ?? '');
    if (from !== null && to !== null && to > from) this.range = { start: from, end: to };
    else this.range = null;
    const planned = p.get('planned');
    const modality = p.get('modality');
    const granularities = list('precision') as Granularity[] | null;
    this.filters = {
      actors: list('actors'),
      kinds: list('kinds'),
      granularities,
      planned: planned === 'planned' || planned === 'happened' ? planned : 'all',
      documents: list('docs'),
      modality: modality === 'all' ? 'all' : 'asserted',
    };
    this.search = p.get('q') ?? '';
    this.selected = p.get('event');
    this.laneOrder = p.get('order') === 'count' ? 'count' : 'first';
    this.laneSequence = list('lanes');
    this.hiddenLanes = list('hide') ?? [];
    this.collapsedLanes = list('collapse') ?? [];
    const theme = p.get('theme');
    this.theme = theme === 'light' || theme === 'dark' ? theme : 'auto';
    this.showTable = p.get('view') === 'table';
  }
}
