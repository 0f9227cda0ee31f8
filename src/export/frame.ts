/**
 * The frame around an exported chart: title, visible range and active filters above; legend (event kinds
 * and date glyphs), source articles with their dates and a generation note below. Everything is built with
 * DOM calls and `textContent`, so no text from a document can become markup.
 *
 * @example
 * buildFrame(document, chartClone, 960, 420, { title: 'Ukraine crisis', filters: ['Actors: NATO'], ... })
 * // <svg width="960" height="...">…title…<svg y="…">chart</svg>…legend…sources…note</svg>
 */
import { textWidth, wrapText } from './wrap.ts';

export interface LegendItem {
  label: string;
  color: string;
}

export interface ExportMeta {
  title: string;
  /** The visible range in words, with its time zone. */
  range: string;
  /** One line per active filter ("Actors: NATO, Russia"); empty when nothing is filtered. */
  filters: string[];
  legend: LegendItem[];
  sources: { title: string; published: string; url?: string }[];
  /** "Made with Dateline from events.json on 28 November 2026"; the caller supplies the date. */
  note: string;
  colors: { background: string; text: string; muted: string; band: string };
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const MAX_SOURCES = 12;
const FONT = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

type Attrs = Record<string, string | number>;

function el(doc: Document, name: string, attrs: Attrs = {}, text?: string): SVGElement {
  const node = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Glyphs that explain how a date's precision is drawn; they mirror the chart's marks. */
function glyphKey(doc: Document, g: SVGElement, x: number, y: number, meta: ExportMeta): number {
  const items: Array<[string, (x: number) => SVGElement]> = [
    ['a day', (x) => el(doc, 'circle', { cx: x + 6, cy: y - 4, r: 4.5, fill: meta.colors.muted })],
    ['a week, month or year (band over the period)', (x) => el(doc, 'rect', { x, y: y - 9, width: 22, height: 10, rx: 3, fill: meta.colors.muted, 'fill-opacity': 0.45 })],
    ['planned', (x) => el(doc, 'circle', { cx: x + 6, cy: y - 4, r: 4, fill: 'none', stroke: meta.colors.muted, 'stroke-width': 1.5 })],
    ['approximate', (x) => {
      const g = el(doc, 'g');
      g.append(el(doc, 'circle', { cx: x + 6, cy: y - 4, r: 3.5, fill: meta.colors.muted }));
      g.append(el(doc, 'circle', { cx: x + 6, cy: y - 4, r: 6, fill: 'none', stroke: meta.colors.muted, 'stroke-dasharray': '1.5 1.5' }));
      return g;
    }],
  ];
  let cx = x;
  for (const [label, draw] of items) {
    const glyph = draw(cx);
    g.append(glyph);
    const labelX = cx + (glyph.localName === 'rect' ? 27 : 16);
    g.append(el(doc, 'text', { x: labelX, y, 'font-size': 11, fill: meta.colors.text }, label));
    cx = labelX + textWidth(label, 11) * 0.9 + 16;
  }
  return cx;
}

export function buildFrame(doc: Document, chart: SVGSVGElement, width: number, chartHeight: number, meta: ExportMeta): SVGSVGElement {
  const inner = Math.max(200, width - 2 * PAD);
  const root = el(doc, 'svg', { version: '1.1', 'font-family': FONT }) as SVGSVGElement;
  root.append(el(doc, 'title', {}, meta.title));
  root.append(el(doc, 'desc', {}, [meta.range, ...meta.filters, meta.note].join('. ')));
  const background = el(doc, 'rect', { x: 0, y: 0, fill: meta.colors.background });
  root.append(background);

  let y = PAD;
  const line = (text: string, size: number, attrs: Attrs = {}) => {
    for (const part of wrapText(text, inner, size)) {
      y += Math.round(size * 1.35);
      root.append(el(doc, 'text', { x: PAD, y, 'font-size': size, fill: meta.colors.text, ...attrs }, part));
    }
  };
  line(meta.title, 18, { 'font-weight': 700 });
  line(meta.range, 12, { fill: meta.colors.muted });
  for (const f of meta.filters) line(f, 12);
  y += 8;

  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(y));
  chart.setAttribute('overflow', 'hidden');
  root.append(chart);
  y += chartHeight + 10;

  // Legend: kinds as swatches, wrapped to the width, then the glyph key.
  if (meta.legend.length) {
    const g = el(doc, 'g', { 'aria-label': 'Legend' });
    root.append(g);
    y += 14;
    let x = PAD;
    for (const item of meta.legend) {
      const w = 16 + textWidth(item.label, 11) + 14;
      if (x + w > PAD + inner && x > PAD) { x = PAD; y += 18; }
      g.append(el(doc, 'rect', { x, y: y - 9, width: 10, height: 10, rx: 2, fill: item.color }));
      g.append(el(doc, 'text', { x: x + 14, y, 'font-size': 11, fill: meta.colors.text }, item.label));
      x += w;
    }
    y += 20;
    glyphKey(doc, g, PAD, y, meta);
    y += 8;
  }

  if (meta.sources.length) {
    y += 10;
    line(meta.sources.length === 1 ? 'Source' : 'Sources', 12, { 'font-weight': 700 });
    for (const s of meta.sources.slice(0, MAX_SOURCES)) line(`${s.title} (${s.published})${s.url ? ` ${s.url}` : ''}`, 11);
    if (meta.sources.length > MAX_SOURCES) line(`and ${meta.sources.length - MAX_SOURCES} more`, 11, { fill: meta.colors.muted });
  }
  y += 6;
  line(meta.note, 10, { fill: meta.colors.muted });
  y += PAD;

  const height = Math.ceil(y);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  return root;
}
