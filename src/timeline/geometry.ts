/**
 * Vertical geometry of the chart: lane heights and offsets, and which lanes intersect the scrolled
 * viewport (only those are laid out and drawn).
 *
 * @example
 * laneGeometry(['nato', 'russia'], new Set(['russia'])) // [{ id: 'nato', y: 36, height: 66 }, { id: 'russia', y: 102, height: 30 }]
 */
export const AXIS_H = 40;
export const LANE_HEADER_H = 18;
export const ROW_H = 20;
export const ROWS = 2;
export const LANE_PAD = 8;
export const COLLAPSED_H = LANE_HEADER_H + 14;

export interface LaneBox { id: string; y: number; height: number; collapsed: boolean }

export function laneGeometry(ids: readonly string[], collapsed: ReadonlySet<string>, top = AXIS_H): LaneBox[] {
  let y = top;
  return ids.map((id) => {
    const c = collapsed.has(id);
    const height = c ? COLLAPSED_H : LANE_HEADER_H + ROWS * ROW_H + LANE_PAD;
    const box = { id, y, height, collapsed: c };
    y += height;
    return box;
  });
}

/** Lanes intersecting [scrollTop - margin, scrollTop + viewHeight + margin]. */
export function visibleLanes(boxes: readonly LaneBox[], scrollTop: number, viewHeight: number, margin = 200): LaneBox[] {
  const lo = scrollTop - margin, hi = scrollTop + viewHeight + margin;
  return boxes.filter((b) => b.y + b.height >= lo && b.y <= hi);
}

export function totalHeight(boxes: readonly LaneBox[], top = AXIS_H): number {
  const last = boxes[boxes.length - 1];
  return last ? last.y + last.height : top + 60;
}
