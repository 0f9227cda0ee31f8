import { describe, expect, it } from 'vitest';
import { layoutLane, placeLabels, binMs, binTable, lowerBound, labelText, type MarkItem, type ClusterItem } from '../../src/timeline/layout.ts';

const H = 3_600_000;
/** A lane of point events at the given hours; window 0..100 h on 1000 px, so 1 h = 10 px. */
function lane(hours: number[], opts: { titles?: string[]; rows?: number; force?: number[]; window?: [number, number] } = {}) {
  const start = Float64Array.from(hours, (h) => h * H);
  const end = Float64Array.from(hours, (h) => h * H + H);
  const events = Int32Array.from(hours.map((_, i) => i));
  const [w0, w1] = opts.window ?? [0, 100];
  return layoutLane({
    events, start, end, point: new Uint8Array(hours.length).fill(1), titles: opts.titles ?? hours.map(() => ''),
    window: { start: w0 * H, end: w1 * H, width: 1000 }, rows: opts.rows ?? 2, force: new Set(opts.force ?? []),
  });
}
const summary = (r: ReturnType<typeof lane>) => r.items.map((it) => (it.type === 'mark' ? `m${it.event}@${it.row}` : `c${it.count}@${it.row}`));

describe('layoutLane: stacking, aggregation and culling', () => {
  it.each([
    ['apart: one row', [10, 30, 50], ['m0@0', 'm1@0', 'm2@0']],
    ['two overlap: second row', [10, 10.2], ['m0@0', 'm1@1']],
    ['three overlap in two rows: the row that frees first becomes a cluster', [10, 10.2, 10.4], ['c2@0', 'm1@1']],
    ['four overlap: clusters in both rows', [10, 10.2, 10.4, 10.6], ['c2@0', 'c2@1']],
    ['many overlap: clusters grow, nothing is lost', [10, 10.1, 10.2, 10.3, 10.4, 10.5], ['c4@0', 'c2@1']],
    ['culled: outside the window', [-50, 10, 150], ['m1@0']],
  ])('%s', (_, hours, expected) => {
    expect(summary(lane(hours))).toEqual(expected);
  });
  it('a forced event (focused or selected) is always a mark', () => {
    expect(summary(lane([10, 10.2, 10.4], { force: [2] }))).toEqual(['m0@0', 'm2@0', 'm1@1']);
  });
  it('a crowded lane switches to binned counts (dense mode)', () => {
    const hours = Array.from({ length: 400 }, (_, i) => i * 0.25);
    const r = lane(hours);
    expect(r.mode).toBe('dense');
    expect(r.items.every((it) => it.type === 'cluster')).toBe(true);
    expect(r.items.reduce((n, it) => n + (it.type === 'cluster' ? it.count : 0), 0)).toBe(400);
    expect(r.visible).toBe(400);
  });
  it('a band longer than the window is kept when it starts before it', () => {
    const start = Float64Array.of(-500 * H), end = Float64Array.of(500 * H);
    const r = layoutLane({ events: Int32Array.of(0), start, end, point: Uint8Array.of(0), titles: ['Year'], window: { start: 0, end: 100 * H, width: 1000 }, maxDuration: 1000 * H });
    expect(summary(r)).toEqual(['m0@0']);
  });
});

describe('dense lanes: bins from precomputed aggregates', () => {
  // 3,000 events over 1,000 h, some of them long bands, sorted by start.
  let seed = 5;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const raw = Array.from({ length: 3000 }, () => { const s = rand() * 1000 * H; return [s, s + (rand() < 0.1 ? rand() * 200 * H : H)] as const; }).sort((a, b) => a[0] - b[0]);
  const start = Float64Array.from(raw, (r) => r[0]), end = Float64Array.from(raw, (r) => r[1]);
  const events = Int32Array.from(raw.map((_, i) => i));
  const maxDuration = Math.max(...raw.map((r) => r[1] - r[0]));
  const layout = (w0: number, w1: number, force: number[] = []) => layoutLane({
    events, start, end, point: new Uint8Array(3000).fill(1), titles: [], maxDuration, rows: 2, force: new Set(force),
    window: { start: w0 * H, end: w1 * H, width: 800 },
  });

  it.each([[0, 1000], [100, 400], [200.5, 330.25], [900, 1200], [-300, 50]])('window %d..%d h: each bin counts the events whose midpoint it holds', (w0, w1) => {
    const r = layout(w0, w1);
    expect(r.mode).toBe('dense');
    const bin = binMs({ start: w0 * H, end: w1 * H, width: 800 });
    for (const c of r.items as ClusterItem[]) {
      const b = Number(c.key.split(':')[1]);
      const members = events.filter((e) => Math.floor((start[e]! + end[e]!) / 2 / bin) === b);
      expect(c.count).toBe(members.length);
      expect(c.first).toBe(members[0]);
    }
    // Every event overlapping the window is in one of the bins.
    const overlapping = events.filter((e) => end[e]! >= w0 * H && start[e]! <= w1 * H + 1).length;
    expect(r.visible).toBe(overlapping);
    expect((r.items as ClusterItem[]).reduce((n, c) => n + c.count, 0)).toBeGreaterThanOrEqual(overlapping);
  });

  it('a forced event leaves its bin and is drawn as a mark', () => {
    const before = layout(0, 1000), after = layout(0, 1000, [1234]);
    const total = (r: typeof before) => r.items.reduce((n, it) => n + (it.type === 'cluster' ? it.count : 0), 0);
    expect(total(after)).toBe(total(before) - 1);
    expect(after.items.filter((it) => it.type === 'mark').map((it) => (it as MarkItem).event)).toEqual([1234]);
  });

  it('a table is computed once per lane and bin width, then reused', () => {
    expect(binTable(events, start, end, 4 * H)).toBe(binTable(events, start, end, 4 * H));
    expect(binTable(events, start, end, 8 * H)).not.toBe(binTable(events, start, end, 4 * H));
  });
});

describe('placeLabels: collision-aware labels', () => {
  const mark = (x0: number, x1: number, label: string, point = true): MarkItem => ({ type: 'mark', event: 0, x0, x1, cx: (x0 + x1) / 2, row: 0, point, label, labelX: 0 });
  it.each([
    ['fits before the next mark', [mark(0, 10, 'abcd'), mark(60, 70, 'x')], ['abcd', 'x']],
    ['dropped when the next mark is too close', [mark(0, 10, 'abcdefghij'), mark(30, 40, 'x')], [null, 'x']],
    ['dropped at the right edge', [mark(190, 200, 'abcdef')], [null]],
    ['inside a wide band', [mark(0, 150, 'abcdef', false), mark(160, 170, 'x')], ['abcdef', 'x']],
    ['after a band too narrow to hold it', [mark(0, 20, 'abcdef', false)], ['abcdef']],
  ])('%s', (_, row, expected) => {
    placeLabels(row, 200, 6);
    expect(row.map((m) => (m.type === 'mark' ? m.label : 'cluster'))).toEqual(expected);
  });
  it('a label that does not fit in its band follows it', () => {
    const row = [mark(0, 20, 'abcdef', false)];
    placeLabels(row, 200, 6);
    expect((row[0] as MarkItem).labelX).toBe(24);
  });
  it('a label inside a band starts inside it', () => {
    const row = [mark(20, 180, 'abc', false)];
    placeLabels(row, 200, 6);
    expect((row[0] as MarkItem).labelX).toBe(24);
  });
});

describe('helpers', () => {
  it.each([
    [{ start: 0, end: 1000 * H, width: 1000 }, 32 * H],
    [{ start: 0, end: 100 * H, width: 1000 }, 2 * H],
    [{ start: 0, end: H, width: 1000 }, H],
  ])('binMs is a power-of-two number of hours: %o', (w, expected) => {
    expect(binMs(w)).toBe(expected);
  });
  it('lowerBound', () => {
    const start = Float64Array.of(5, 1, 3);
    const events = Int32Array.of(1, 2, 0);
    expect([0, 1, 2, 3, 5, 6].map((t) => lowerBound(events, start, t))).toEqual([0, 0, 1, 1, 2, 3]);
  });
  it('labelText truncates long titles with an ellipsis', () => {
    expect(labelText('x'.repeat(60))).toBe('x'.repeat(41) + '…');
    expect(labelText('short')).toBe('short');
  });
});
