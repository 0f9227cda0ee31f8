/**
 * Positions the events of one lane for a given visible window: culling, stacking into rows, label
 * collision and aggregation. Pure: numbers in, positioned items out, so it is tested without a DOM and run
 * on every zoom frame.
 *
 * Two levels of detail:
 * - sparse: events are stacked greedily into `rows` rows (each in the first row where it does not overlap
 *   the previous item); an event that fits in no row joins a cluster ("+N") in the row that frees up first;
 *   clusters grow up to `maxClusterPx` wide. Labels are shown when they fit before the next item in the row.
 * - dense (more events than `denseFactor` per pixel of row space): events are binned into fixed time bins
 *   (a power-of-two multiple of an hour, so bins stay put while zooming) and each bin is one cluster.
 * Events in `force` (the focused and the selected one) are always drawn as marks.
 *
 * @example
 * layoutLane({ events, start, end, point, titles, window: { start: d0, end: d1, width: 800 } })
 * // { mode: 'sparse', items: [{ type: 'mark', event: 3, x0: 10, x1: 20, row: 0, label: 'NATO meets Russia', ... }] }
 */
export interface LaneWindow { start: number; end: number; width: number }

export interface MarkItem {
  type: 'mark';
  event: number;
  x0: number;
  x1: number;
  /** Centre of a point glyph, or the band's midpoint. */
  cx: number;
  row: number;
  point: boolean;
  label: string | null;
  labelX: number;
}

export interface ClusterItem {
  type: 'cluster';
  key: string;
  x0: number;
  x1: number;
  row: number;
  count: number;
  /** Time span of the members, for "zoom into it". */
  t0: number;
  t1: number;
  first: number;
}

export type LaneItem = MarkItem | ClusterItem;

export interface LaneLayoutInput {
  /** Event indices sorted by start. */
  events: Int32Array;
  start: Float64Array;
  end: Float64Array;
  /** 1 for a point glyph (day or finer), 0 for a band. */
  point: Uint8Array;
  titles: readonly string[];
  window: LaneWindow;
  /** Longest interval in the lane, to cull bands that start before the window. */
  maxDuration?: number;
  rows?: number;
  force?: ReadonlySet<number>;
  /** Pixels per label character (11 px sans-serif). */
  charPx?: number;
  dense?: boolean;
}

export interface LaneLayout { mode: 'sparse' | 'dense'; items: LaneItem[]; visible: number; maxCount: number }

export const POINT_R = 5;
export const MIN_BAND_PX = 8;
export const GAP_PX = 3;
export const CLUSTER_MIN_PX = 24;
export const MAX_CLUSTER_PX = 64;
export const DENSE_BIN_PX = 28;
const LABEL_MAX_CHARS = 42;

/** First index i in sorted `events` with start[events[i]] >= t. */
export function lowerBound(events: Int32Array, start: Float64Array, t: number): number {
  let lo = 0, hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start[events[mid]!]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function labelText(title: string): string {
  return title.length > LABEL_MAX_CHARS ? title.slice(0, LABEL_MAX_CHARS - 1).trimEnd() + '…' : title;
}

/** Bin width in ms: a power of two times an hour, giving bins of roughly `px` pixels. */
export function binMs(window: LaneWindow, px = DENSE_BIN_PX): number {
  const raw = (px * (window.end - window.start)) / Math.max(1, window.width);
  return 3_600_000 * 2 ** Math.max(0, Math.round(Math.log2(raw / 3_600_000)));
}

/**
 * A lane's events counted in fixed time bins of one width: bin indices (floor(midpoint / bin)) in order, with
 * the count, the members' time span and the first member (in start order) of each.
 */
export interface BinTable { keys: Float64Array; count: Int32Array; t0: Float64Array; t1: Float64Array; first: Int32Array }

// Precomputed aggregates per zoom level: one table per lane (its event list) and bin width, so a dense lane
// costs the bins in view per frame rather than every event in view. Bin widths are powers of two, so
// panning and most zoom steps reuse a table.
const binTables = new WeakMap<Int32Array, Map<number, BinTable>>();

export function binTable(events: Int32Array, start: Float64Array, end: Float64Array, bin: number): BinTable {
  let byWidth = binTables.get(events);
  if (!byWidth) binTables.set(events, (byWidth = new Map()));
  let table = byWidth.get(bin);
  if (table) return table;
  const slot = new Map<number, number>();
  const keys: number[] = [], count: number[] = [], t0: number[] = [], t1: number[] = [], first: number[] = [];
  for (const e of events) {
    const s = start[e]!, t = end[e]!;
    const b = Math.floor((s + t) / 2 / bin);
    let j = slot.get(b);
    if (j === undefined) {
      slot.set(b, (j = keys.length));
      keys.push(b); count.push(0); t0.push(s); t1.push(t); first.push(e);
    }
    count[j]!++;
    if (t > t1[j]!) t1[j] = t;
  }
  const order = Array.from(keys.keys()).sort((a, b) => keys[a]! - keys[b]!);
  table = {
    keys: Float64Array.from(order, (j) => keys[j]!), count: Int32Array.from(order, (j) => count[j]!),
    t0: Float64Array.from(order, (j) => t0[j]!), t1: Float64Array.from(order, (j) => t1[j]!), first: Int32Array.from(order, (j) => first[j]!),
  };
  byWidth.set(bin, table);
  return table;
}

function lowerBoundOf(sorted: Float64Array, x: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function layoutLane(input: LaneLayoutInput): LaneLayout {
  const { events, start, end, point, titles, window } = input;
  const rows = input.rows ?? 2;
  const force = input.force;
  const charPx = input.charPx ?? 6.2;
  const k = window.width / Math.max(1, window.end - window.start);
  const px = (t: number) => (t - window.start) * k;
  const from = lowerBound(events, start, window.start - (input.maxDuration ?? 0) - 1);
  const to = lowerBound(events, start, window.end + 1);
  // Events starting inside the window are all visible; of those starting before it, the ones still running.
  const inside = lowerBound(events, start, window.start);
  let visible = to - Math.min(to, inside);
  for (let i = from; i < Math.min(inside, to); i++) if (end[events[i]!]! >= window.start) visible++;
  const dense = input.dense || visible > (rows * window.width) / 14;
  const items: LaneItem[] = [];
  if (dense) {
    const bin = binMs(window);
    const table = binTable(events, start, end, bin);
    // Every event overlapping the window has its midpoint within half the lane's longest interval of it.
    const half = (input.maxDuration ?? 0) / 2;
    const lo = lowerBoundOf(table.keys, Math.floor((window.start - half) / bin));
    const hi = lowerBoundOf(table.keys, Math.floor((window.end + half) / bin) + 1);
    const first = Math.floor(window.start / bin), last = Math.floor(window.end / bin);
    const forcedBins = new Map<number, number>();
    if (force) for (const e of force) if (events.includes(e)) {
      const b = Math.floor((start[e]! + end[e]!) / 2 / bin);
      forcedBins.set(b, (forcedBins.get(b) ?? 0) + 1);
    }
    let maxCount = 0;
    for (let j = lo; j < hi; j++) {
      const b = table.keys[j]!;
      // A forced event is drawn as a mark instead (the bin keeps its time span).
      const count = table.count[j]! - (forcedBins.get(b) ?? 0);
      if (count <= 0) continue;
      items.push({ type: 'cluster', key: `${bin}:${b}`, x0: px(b * bin), x1: px((b + 1) * bin), row: 0, count, t0: table.t0[j]!, t1: table.t1[j]!, first: table.first[j]! });
      if (b >= first && b <= last && count > maxCount) maxCount = count;
    }
    if (force) for (const e of force) if (events.includes(e)) items.push(markOf(e, 0, start, end, point, px, null));
    return { mode: 'dense', items, visible, maxCount };
  }
  const rowEnd: number[] = Array.from({ length: rows }, () => -Infinity);
  const rowLast: (LaneItem | null)[] = Array.from({ length: rows }, () => null);
  const rowItems: LaneItem[][] = Array.from({ length: rows }, () => []);
  for (let i = from; i < to; i++) {
    const e = events[i]!;
    if (end[e]! < window.start) continue;
    const mark = markOf(e, 0, start, end, point, px, titles[e] ?? '');
    let row = -1;
    for (let r = 0; r < rows; r++) if (mark.x0 >= rowEnd[r]! + GAP_PX) { row = r; break; }
    if (row >= 0 || force?.has(e)) {
      if (row < 0) row = argMin(rowEnd);
      mark.row = row;
      rowItems[row]!.push(mark);
      rowLast[row] = mark;
      rowEnd[row] = Math.max(rowEnd[row]!, mark.x1);
      continue;
    }
    row = argMin(rowEnd);
    const last = rowLast[row];
    // A cluster spans its members' starts (a long band does not stretch it), at least CLUSTER_MIN_PX.
    const anchor = Math.min(mark.x1, mark.x0 + CLUSTER_MIN_PX);
    if (last?.type === 'cluster' && Math.max(anchor, last.x0 + CLUSTER_MIN_PX) - last.x0 <= MAX_CLUSTER_PX) {
      last.count++;
      last.x1 = Math.max(last.x1, anchor);
      last.t1 = Math.max(last.t1, end[e]!);
      rowEnd[row] = Math.max(last.x1, last.x0 + CLUSTER_MIN_PX);
    } else if (last?.type === 'mark' && !force?.has(last.event)) {
      const c: ClusterItem = { type: 'cluster', key: `c${last.event}`, x0: last.x0, x1: Math.max(Math.min(last.x1, last.x0 + CLUSTER_MIN_PX), anchor), row, count: 2, t0: start[last.event]!, t1: Math.max(end[last.event]!, end[e]!), first: last.event };
      const list = rowItems[row]!;
      list[list.length - 1] = c;
      rowLast[row] = c;
      rowEnd[row] = Math.max(c.x1, c.x0 + CLUSTER_MIN_PX);
    } else {
      const x0 = Math.max(mark.x0, rowEnd[row]! + GAP_PX);
      const c: ClusterItem = { type: 'cluster', key: `c${e}`, x0, x1: Math.max(x0, anchor), row, count: 1, t0: start[e]!, t1: end[e]!, first: e };
      rowItems[row]!.push(c);
      rowLast[row] = c;
      rowEnd[row] = Math.max(c.x1, c.x0 + CLUSTER_MIN_PX);
    }
  }
  for (const list of rowItems) {
    placeLabels(list, window.width, charPx);
    for (const item of list) items.push(item);
  }
  return { mode: 'sparse', items, visible, maxCount: 0 };
}

function argMin(values: number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! < values[best]!) best = i;
  return best;
}

function markOf(e: number, row: number, start: Float64Array, end: Float64Array, point: Uint8Array, px: (t: number) => number, title: string | null): MarkItem {
  const s = px(start[e]!), t = px(end[e]!);
  const cx = (s + t) / 2;
  if (point[e]) return { type: 'mark', event: e, x0: cx - POINT_R, x1: cx + POINT_R, cx, row, point: true, label: title, labelX: 0 };
  const x1 = Math.max(t, s + MIN_BAND_PX);
  return { type: 'mark', event: e, x0: s, x1, cx: (s + x1) / 2, row, point: false, label: title, labelX: 0 };
}

/**
 * Label collision inside one row (items in x order): a mark keeps its label when the text fits between the
 * glyph (or inside a wide band) and the next item, and inside [0, width]; otherwise the label is dropped
 * (it shows on hover and focus).
 */
export function placeLabels(row: LaneItem[], width: number, charPx = 6.2): void {
  for (let i = 0; i < row.length; i++) {
    const item = row[i]!;
    if (item.type !== 'mark' || item.label === null) continue;
    const text = labelText(item.label);
    const need = text.length * charPx;
    const next = row[i + 1];
    const limit = Math.min(width, next ? next.x0 - GAP_PX : width);
    // Inside a band wide enough to hold it, else after the glyph.
    const xin = Math.max(item.x0, 0) + 4;
    const xout = item.x1 + 4;
    if (!item.point && xin + need <= Math.min(item.x1 - 4, limit)) {
      item.label = text;
      item.labelX = xin;
    } else if (xout >= 0 && xout + need <= limit) {
      item.label = text;
      item.labelX = xout;
    } else item.label = null;
  }
}
