/**
 * Event counts in `bins` equal bins over [from, to): the overview band's density. An event counts in the
 * bin holding its midpoint.
 *
 * @example
 * density(start, end, Int32Array.of(0, 1), 0, 100, 4) // [2, 0, 0, 0] when both events sit in [0, 25)
 */
export function density(start: Float64Array, end: Float64Array, ids: Int32Array, from: number, to: number, bins: number): number[] {
  const out: number[] = Array.from({ length: Math.max(0, bins) }, () => 0);
  const span = to - from;
  if (span <= 0 || bins <= 0) return out;
  for (const i of ids) {
    const mid = (start[i]! + end[i]!) / 2;
    const b = Math.min(bins - 1, Math.max(0, Math.floor(((mid - from) / span) * bins)));
    out[b]!++;
  }
  return out;
}
