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
}

const FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const SMALL_FONT = '9px system-ui, sans-serif';
const rowY = (d: { y: number }, row: number) => d.y + LANE_HEADER_H + row * ROW_H + ROW_H / 2;

export function drawDenseLayer(ctx: CanvasRenderingContext2D, o: DrawOptions): void {
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);
  ctx.clearRect(0, 0, o.width, o.height);
  ctx.save();
  ctx.translate(0, -o.scrollTop);
  // The axis stays on top (it is sticky in the SVG): nothing is drawn above its lower edge.
  ctx.beginPath();
  ctx.rect(0, o.scrollTop + o.clipTop, o.width, o.height);
  ctx.clip();
  ctx.font = FONT;
  ctx.textBaseline = 'alphabetic';
  const top = o.scrollTop - 40, bottom = o.scrollTop + o.height + 40;
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
