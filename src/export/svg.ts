/**
 * "Download SVG": a standalone file of exactly what the chart shows. The chart's `svg[data-timeline-svg]` is
 * cloned; layers marked `data-export="exclude"` (focus rings, hover targets, canvases) are dropped; every
 * drawn element gets its computed paint and type inlined as a `style` attribute, so the file looks the same
 * where CSS variables, media queries or the page's stylesheet do not reach (Inkscape, Illustrator, image
 * viewers); CSS variables left in the chart's own `<style>` are replaced by their values. Around the chart
 * go a title, the visible range and active filters, the legend, the source articles with their dates and a
 * generation note. The result is passed through the sanitiser: no scripts, handlers or external references.
 *
 *
 * @example
 * const text = exportSvg(document.querySelector('svg[data-timeline-svg]')!, meta);
 * download(new Blob([text], { type: 'image/svg+xml' }), 'timeline.svg');
 */
import { sanitizeSvgTree } from './sanitize.ts';
import { buildFrame, type ExportMeta } from './frame.ts';

export type { ExportMeta };

/** Fonts every SVG reader has (or substitutes sensibly); web fonts are never referenced. */
export const SAFE_SANS = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** Inherited properties: inlined on drawn elements only. */
const PAINT = ['fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'paint-order', 'visibility'] as const;
const TEXT = ['font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing'] as const;
/** Not inherited: inlined wherever they differ from the initial value. */
const OWN: ReadonlyArray<readonly [string, string]> = [['opacity', '1'], ['filter', 'none'], ['mix-blend-mode', 'normal'], ['mask', 'none'], ['clip-path', 'none']];

const DRAWN = new Set(['rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan', 'textPath', 'use', 'stop']);

/**
 * Computed paint may name a gradient or mask by the page's full address (`url("http://host/page#dl-fade")`);
 * in the file it must be the fragment alone, which is also the only form the sanitiser keeps.
 */
export function localUrls(value: string, pageUrl: string): string {
  const page = pageUrl.split('#')[0];
  return value.replace(/url\(\s*(['"]?)([^'")]*)#([^'")]+)\1\s*\)/g, (whole, _q, before: string, id: string) => (before === '' || before === page ? `url(#${id})` : whole));
}

function inlineStyles(original: Element, clone: Element, view: Window): void {
  const cs = view.getComputedStyle(original);
  const name = original.localName;
  // <style>, <title> and <defs> are display:none by nature; only hidden drawing is left out.
  if (cs.display === 'none' && (DRAWN.has(name) || name === 'g' || name === 'svg')) { clone.setAttribute('data-export', 'exclude'); return; }
  const decl: string[] = [];
  if (DRAWN.has(name)) {
    for (const p of PAINT) {
      const v = cs.getPropertyValue(p);
      if (v) decl.push(`${p}:${localUrls(v, view.location.href)}`);
    }
    if (name === 'stop') {
      for (const p of ['stop-color', 'stop-opacity']) decl.push(`${p}:${cs.getPropertyValue(p)}`);
    }
    if (name === 'text' || name === 'tspan' || name === 'textPath') {
      for (const p of TEXT) {
        const v = cs.getPropertyValue(p);
        if (v && v !== 'normal' && v !== 'auto') decl.push(`${p}:${v}`);
      }
      decl.push(`font-family:${SAFE_SANS}`);
    }
  }
  for (const [p, initial] of OWN) {
    const v = cs.getPropertyValue(p);
    if (v && v !== initial) decl.push(`${p}:${localUrls(v, view.location.href)}`);
  }
  if (decl.length) clone.setAttribute('style', decl.join(';'));
  const a = original.children, b = clone.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i]!, b[i]!, view);
}

/** Replaces `var(--x, fallback)` in the chart's own stylesheet by the value the page resolved. */
export function resolveCssVariables(css: string, lookup: (name: string) => string): string {
  let out = css;
  for (let pass = 0; pass < 4 && out.includes('var('); pass++) {
    out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/g, (_m, name: string, fallback?: string) => lookup(name).trim() || (fallback ?? '').trim() || 'initial');
  }
  return out;
}

function chartSize(chart: SVGSVGElement): { width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const width = box.width || Number(chart.getAttribute('width')) || chart.viewBox.baseVal?.width || 800;
  const height = box.height || Number(chart.getAttribute('height')) || chart.viewBox.baseVal?.height || 400;
  return { width: Math.round(width), height: Math.round(height) };
}

/**
 * Dense views draw their marks on a canvas laid over the SVG (marked `data-export="exclude"`, as it is not
 * SVG). The file keeps that layer as an embedded PNG at the same place, on top, as on screen.
 */
function rasteriseCanvases(chart: SVGSVGElement, clone: SVGSVGElement): void {
  // The chart may already carry a settled copy of its canvas as an <image> (the viewer keeps one in the SVG
  // for exactly this): then the layer is in the clone and a second copy would double every dense mark.
  if (chart.querySelector('image[data-dense-layer]')) return;
  const host = chart.closest('[data-timeline-viewport]') ?? chart.parentElement;
  if (!host) return;
  const box = chart.getBoundingClientRect();
  for (const canvas of host.querySelectorAll('canvas')) {
    const r = canvas.getBoundingClientRect();
    if (!canvas.width || !canvas.height || !r.width || !r.height) continue;
    let href: string;
    try { href = canvas.toDataURL('image/png'); } catch { continue; }
    const image = chart.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'image');
    for (const [k, v] of Object.entries({ x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height })) image.setAttribute(k, String(Math.round(v * 100) / 100));
    image.setAttribute('preserveAspectRatio', 'none');
    image.setAttribute('href', href);
    clone.append(image);
  }
}

/** The chart as a clean, self-styled `<svg>` element owned by `doc`, sized as on screen. */
export function cloneChart(chart: SVGSVGElement): { svg: SVGSVGElement; width: number; height: number } {
  const view = chart.ownerDocument.defaultView!;
  const clone = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, clone, view);
  for (const el of clone.querySelectorAll('[data-export="exclude"]')) el.remove();
  const rootStyle = view.getComputedStyle(chart);
  for (const style of clone.querySelectorAll('style')) {
    style.textContent = resolveCssVariables(style.textContent ?? '', (n) => rootStyle.getPropertyValue(n));
  }
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name === 'tabindex' || attr.name === 'focusable' || (attr.name.startsWith('data-') && attr.name !== 'data-kind' && attr.name !== 'data-event-id' && attr.name !== 'data-lane')) el.removeAttributeNode(attr);
    }
  }
  const { width, height } = chartSize(chart);
  rasteriseCanvases(chart, clone);
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('class');
  clone.removeAttribute('style');
  clone.setAttribute('font-family', SAFE_SANS);
  return { svg: clone, width, height };
}

/** The standalone SVG file text for the chart on screen, framed with `meta`. */
export function exportSvg(chart: SVGSVGElement, meta: ExportMeta): string {
  const doc = chart.ownerDocument;
  const { svg: inner, width, height } = cloneChart(chart);
  const root = buildFrame(doc, inner, width, height, meta);
  sanitizeSvgTree(root);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}
