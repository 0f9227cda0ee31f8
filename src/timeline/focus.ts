/**
 * Where a timeline should open: the stretch of time where the story happens, not the whole extent.
 *
 * News timelines have outliers ("NATO boosted its presence in 2014", "the 1986 disaster") that stretch the
 * extent over years while the story itself spans days; fitting everything would squeeze the story into one
 * crowded column. The story window is the shortest span that holds `share` of the events (by midpoint),
 * widened by the events near it (within its own width or two months) and to cover whole intervals. The outliers stay one "fit all" (or an overview brush)
 * away. When the window would hide little (it is over half the extent), the whole extent is returned.
 *
 * @example
 * storyWindow([y2014, jan10, jan12, jan13, jan14], [...]) // about jan10 .. jan14, not 2014 .. 2022
 */
export interface Span {
  start: number;
  end: number;
}

const CONTEXT_MS = 62 * 86_400_000;

export function storyWindow(starts: ArrayLike<number>, ends: ArrayLike<number>, share = 0.8): Span | null {
  const n = starts.length;
  if (n === 0) return null;
  let extentStart = Infinity;
  let extentEnd = -Infinity;
  const mids = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    extentStart = Math.min(extentStart, starts[i]!);
    extentEnd = Math.max(extentEnd, ends[i]!);
    mids[i] = (starts[i]! + ends[i]!) / 2;
  }
  // Only the sorted values matter, so a native numeric sort (no comparator) does.
  const sorted = mids.slice().sort();
  const whole = { start: extentStart, end: extentEnd };
  const keep = Math.ceil(n * share);
  if (n < 5 || keep >= n) return whole;
  let best = 0;
  for (let i = 1; i + keep <= n; i++) {
    if (sorted[i + keep - 1]! - sorted[i]! < sorted[best + keep - 1]! - sorted[best]!) best = i;
  }
  // Events near the core stay in view too ("last month" beside a week of talks): within the core's own
  // width or two months, whichever is more.
  const lo = sorted[best]!;
  const hi = sorted[best + keep - 1]!;
  const margin = Math.max(hi - lo, CONTEXT_MS);
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < n; i++) {
    if (mids[i]! < lo - margin || mids[i]! > hi + margin) continue;
    start = Math.min(start, starts[i]!);
    end = Math.max(end, ends[i]!);
  }
  return end - start > (extentEnd - extentStart) / 2 ? whole : { start, end };
}
