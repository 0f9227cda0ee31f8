/**
 * Draws the dense layer (marks, clusters, labels and connectors of a crowded view) on a canvas: thousands
 * of glyphs per frame cost a few milliseconds here, where the same number of SVG nodes would take tens.
 * The SVG keeps the focused, selected and first-tabbable marks, so keyboard use and screen readers work
 * the same in both modes. Geometry comes from src/timeline/layout.ts, identical to the SVG path.
 */
import type { ClusterItem, MarkItem } from '../timeline/layout.ts';
import { LANE_HEADER_H, ROW_H, ROWS } from '../timeline/geometry.ts';
import type { ThemeColours } from '../timeline/palette.ts';

export interface DenseLane {
  id: string; y: number; height: number; collapsed: boolean; mode: 'sparse' | 'dense';
  marks: MarkItem[]; clusters: ClusterItem[]; maxCount: number;
}

export interface EventStyle { colour: string; planned: boolean; approximate: boolean; implicit: boolean; dim: boolean; start: number; end: number }

export interface DrawOptions {
  lanes: readonly DenseLane[];
  connectors: readonly { event: number; x: number; y0: number; y1: number }[];
  scrollTop: number;
  width: number;
  height: number;
  dpr: number;
  theme: ThemeColours;
  style: (event: number) => EventStyle;
  xOf: (t: number) => number;
  dayWide: boolean;
  /** Height of the sticky axis, kept clear. */
  clipTop: number;
  /**
   * While a gesture moves, the canvas draws the whole chart, opaque: background, lane bands and names, grid,
   * marks and axis. The SVG under it keeps the picture of the gesture's start, so no SVG node changes (and
   * nothing of it is repainted) per frame. Absent: the canvas is a transparent layer of marks over the SVG.
   */
  axis?: AxisDraw;
}

export interface LaneHead { y: number; height: number; name: string; count: number }

export interface AxisDraw {
  ticks: readonly { x: number; label: string; major: boolean }[];
  publications: readonly { x: number }[];
  todayX: number | null;
  /** Right-hand label of the time zone ("UTC"). */
  zone: string;
  /** The lanes in view, drawn as the SVG draws them (band, name, count). */
  heads: readonly LaneHead[];
}

const FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const BOLD_FONT = `600 ${FONT}`;
const SMALL_FONT = '9px system-ui, sans-serif';
/** The SVG's `.today` stroke. */
const TODAY = '#D55E00';
const rowY = (d: { y: number }, row: number) => d.y + LANE_HEADER_H + row * ROW_H + ROW_H / 2;

export function drawDenseLayer(ctx: CanvasRenderingContext2D, o: DrawOptions): void {
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);
  ctx.clearRect(0, 0, o.width, o.height);
  if (o.axis) {
    ctx.fillStyle = o.theme.bg;
    ctx.fillRect(0, 0, o.width, o.height);
  }
  ctx.save();
  ctx.translate(0, -o.scrollTop);
  // The axis stays on top (it is sticky in the SVG): nothing is drawn above its lower edge.
  ctx.beginPath();
  ctx.rect(0, o.scrollTop + o.clipTop, o.width, o.height);
  ctx.clip();
  ctx.font = FONT;
  ctx.textBaseline = 'alphabetic';
  const top = o.scrollTop - 40, bottom = o.scrollTop + o.height + 40;
  if (o.axis) {
    ctx.fillStyle = o.theme.lane;
    for (const h of o.axis.heads) if (h.y + h.height >= top && h.y <= bottom) ctx.fillRect(0, h.y + 2, o.width, h.height - 4);
    ctx.strokeStyle = o.theme.grid;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (const t of o.axis.ticks) { ctx.moveTo(Math.round(t.x) + 0.5, o.scrollTop + o.clipTop); ctx.lineTo(Math.round(t.x) + 0.5, o.scrollTop + o.height); }
    ctx.stroke();
    if (o.axis.todayX !== null) todayLine(ctx, o.axis.todayX, o.scrollTop + o.clipTop, o.scrollTop + o.height);
  }
  ctx.lineWidth = 1.5;
  for (const c of o.connectors) {
    if (c.y1 < top || c.y0 > bottom) continue;
    ctx.globalAlpha = 0.55;
    ctx.strokeStyle = o.style(c.event).colour;
    ctx.beginPath();
    ctx.moveTo(c.x, c.y0);
    ctx.lineTo(c.x, c.y1);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  if (o.axis) drawNames(ctx, o, o.axis.heads, top, bottom);
  for (const d of o.lanes) {
    if (d.y + d.height < top || d.y > bottom) continue;
    // Each pass sets the context state once (a font change costs more than the text it draws).
    if (d.mode === 'dense') {
      const rows = d.collapsed ? 1 : ROWS;
      const base = d.y + LANE_HEADER_H + rows * ROW_H - 2;
      const barH = (c: ClusterItem) => Math.max(2, (c.count / Math.max(1, d.maxCount)) * (rows * ROW_H - 4));
      ctx.fillStyle = o.theme.cluster;
      ctx.globalAlpha = 0.55;
      for (const c of d.clusters) ctx.fillRect(c.x0 + 0.5, base - barH(c), Math.max(1, c.x1 - c.x0 - 1), barH(c));
      ctx.globalAlpha = 1;
      if (!d.collapsed) {
        ctx.fillStyle = o.theme.fg;
        ctx.font = SMALL_FONT;
        ctx.textAlign = 'center';
        for (const c of d.clusters) if (c.x1 - c.x0 >= 22) ctx.fillText(String(c.count), (c.x0 + c.x1) / 2, base - barH(c) - 2);
        ctx.font = FONT;
        ctx.textAlign = 'start';
      }
    } else if (d.clusters.length) {
      ctx.beginPath();
      for (const c of d.clusters) ctx.roundRect(c.x0, rowY(d, c.row) - 8, Math.max(c.x1 - c.x0, 24), 16, 8);
      ctx.globalAlpha = 0.22;
      ctx.fillStyle = o.theme.cluster;
      ctx.fill();
      ctx.globalAlpha = 0.6;
      ctx.strokeStyle = o.theme.cluster;
      ctx.lineWidth = 1;
      ctx.stroke();
      ctx.globalAlpha = 1;
      ctx.fillStyle = o.theme.fg;
      ctx.textAlign = 'center';
      for (const c of d.clusters) ctx.fillText(`+${c.count}`, c.x0 + Math.max(c.x1 - c.x0, 24) / 2, rowY(d, c.row) + 4);
      ctx.textAlign = 'start';
    }
    for (const m of d.marks) drawMark(ctx, o, m, rowY(d, m.row));
  }
  ctx.globalAlpha = 1;
  ctx.restore();
  if (o.axis) drawAxis(ctx, o, o.axis);
}

/** Lane names and counts as the SVG draws them (.lane-name, .lane-count); the bands go first, under the grid. */
function drawNames(ctx: CanvasRenderingContext2D, o: DrawOptions, heads: readonly LaneHead[], top: number, bottom: number): void {
  ctx.textAlign = 'start';
  for (const h of heads) {
    if (h.y + h.height < top || h.y > bottom) continue;
    ctx.font = BOLD_FONT;
    ctx.fillStyle = o.theme.fg;
    ctx.fillText(h.name, 6, h.y + 14);
    const w = ctx.measureText(`${h.name} `).width;
    ctx.font = FONT;
    ctx.fillStyle = o.theme.muted;
    ctx.fillText(String(h.count), 6 + w, h.y + 14);
  }
  ctx.font = FONT;
}

/** The axis band as the SVG draws it: background, tick marks and labels, publication marks, today, time zone. */
function drawAxis(ctx: CanvasRenderingContext2D, o: DrawOptions, a: AxisDraw): void {
  const h = o.clipTop;
  ctx.fillStyle = o.theme.bg;
  ctx.fillRect(0, 0, o.width, h);
  ctx.strokeStyle = o.theme.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const t of a.ticks) { ctx.moveTo(Math.round(t.x) + 0.5, h - 10); ctx.lineTo(Math.round(t.x) + 0.5, h); }
  ctx.stroke();
  ctx.font = FONT;
  ctx.textAlign = 'start';
  for (const t of a.ticks) {
    if (t.x + 3 + t.label.length * 6.5 > o.width) continue;
    ctx.fillStyle = t.major ? o.theme.fg : o.theme.muted;
    ctx.font = t.major ? BOLD_FONT : FONT;
    ctx.fillText(t.label, t.x + 3, h - 14);
  }
  ctx.font = FONT;
  ctx.fillStyle = o.theme.muted;
  ctx.beginPath();
  for (const p of a.publications) { ctx.moveTo(p.x - 5, h - 8); ctx.lineTo(p.x + 5, h - 8); ctx.lineTo(p.x, h - 1); ctx.closePath(); }
  ctx.fill();
  if (a.todayX !== null) {
    todayLine(ctx, a.todayX, h - 8, h);
    ctx.fillStyle = o.theme.today;
    ctx.fillText('today', a.todayX + 3, 11);
  }
  ctx.fillStyle = o.theme.muted;
  ctx.textAlign = 'end';
  ctx.fillText(a.zone, o.width - 4, 11);
  ctx.textAlign = 'start';
}

function todayLine(ctx: CanvasRenderingContext2D, x: number, y0: number, y1: number): void {
  ctx.strokeStyle = TODAY;
  ctx.lineWidth = 1;
  ctx.setLineDash([3, 3]);
  ctx.beginPath();
  ctx.moveTo(x, y0);
  ctx.lineTo(x, y1);
  ctx.stroke();
  ctx.setLineDash([]);
}

function drawMark(ctx: CanvasRenderingContext2D, o: DrawOptions, m: MarkItem, y: number): void {
  const s = o.style(m.event);
  ctx.globalAlpha = s.dim ? 0.25 : s.implicit ? 0.55 : 1;
  if (m.point) {
    if (o.dayWide) {
      const a = o.xOf(s.start), b = o.xOf(s.end);
      ctx.globalAlpha *= 0.6;
      ctx.fillStyle = s.colour;
      ctx.fillRect(a, y + 7, Math.max(1, b - a), 2);
      ctx.globalAlpha = s.dim ? 0.25 : s.implicit ? 0.55 : 1;
    }
    ctx.beginPath();
    ctx.arc(m.cx, y, 5, 0, Math.PI * 2);
    if (s.planned) {
      ctx.fillStyle = o.theme.bg;
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.strokeStyle = s.colour;
      ctx.stroke();
    } else {
      ctx.fillStyle = s.colour;
      ctx.fill();
    }
    if (s.approximate) {
      ctx.beginPath();
      ctx.setLineDash([1.5, 1.5]);
      ctx.lineWidth = 1;
      ctx.strokeStyle = o.theme.muted;
      ctx.arc(m.cx, y, 8, 0, Math.PI * 2);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  } else {
    const w = m.x1 - m.x0;
    if (s.planned) {
      ctx.fillStyle = o.theme.bg;
      ctx.fillRect(m.x0, y - 6, w, 12);
      ctx.setLineDash([4, 2]);
      ctx.lineWidth = 2;
      ctx.strokeStyle = s.colour;
      ctx.strokeRect(m.x0, y - 6, w, 12);
      ctx.setLineDash([]);
    } else {
      const edge = 0.12; // as the SVG mask (#dl-soft): the same picture while a gesture draws on the canvas
      const g = ctx.createLinearGradient(m.x0, 0, m.x1, 0);
      g.addColorStop(0, withAlpha(s.colour, 0.15));
      g.addColorStop(edge, s.colour);
      g.addColorStop(1 - edge, s.colour);
      g.addColorStop(1, withAlpha(s.colour, 0.15));
      ctx.fillStyle = g;
      ctx.fillRect(m.x0, y - 6, w, 12);
    }
    if (s.approximate) {
      ctx.setLineDash([1.5, 1.5]);
      ctx.lineWidth = 1;
      ctx.strokeStyle = o.theme.muted;
      ctx.strokeRect(m.x0 - 2, y - 8, w + 4, 16);
      ctx.setLineDash([]);
    }
  }
  if (m.label) {
    ctx.fillStyle = o.theme.fg;
    ctx.fillText(m.label, m.labelX, y + 4);
  }
}

function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
