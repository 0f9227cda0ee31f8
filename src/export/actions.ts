/**
 * What the Export menu's buttons do, given the view state: build the file for the current view and hand it
 * to the browser. Loaded on first use (dynamic import), so the exporters never weigh on the page's first
 * load.
 *
 * @example
 * const { exportView } = await import('../export/actions.ts');
 * await exportView(view, 'svg'); // downloads dateline-events-2022-01-01-2022-02-01.svg
 */
import type { ViewState } from '../app/state.svelte.ts';
import { kindColours } from '../timeline/palette.ts';
import { formatRange } from '../timeline/format.ts';
import { formatIsoInstant } from '../timeline/time.ts';
import { filteredDocument, timelineJsonText } from './data.ts';
import { eventsToCsv } from './csv.ts';
import { toTimelineJs } from './timelinejs.ts';
import { describeFilters } from './describe.ts';
import { exportSvg, type ExportMeta } from './svg.ts';
import { svgToPng } from './png.ts';
import { download, exportName } from './download.ts';

export type ExportFormat = 'svg' | 'png' | 'json' | 'csv' | 'timelinejs';

function chartElement(): SVGSVGElement {
  const chart = document.querySelector<SVGSVGElement>('svg[data-timeline-svg]');
  if (!chart) throw new Error('There is no chart on screen to export.');
  return chart;
}

export function exportMeta(view: ViewState, chart: SVGSVGElement, today: string): ExportMeta {
  const doc = view.doc!;
  const index = view.index!;
  const range = view.effectiveRange;
  const visible = view.visibleEvents;
  const colours = kindColours(index.kinds);
  const kinds = [...new Set(visible.map((e) => e.kind))].sort();
  const cut = filteredDocument(doc, visible);
  const css = getComputedStyle(chart);
  const colour = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const total = doc.events.length;
  return {
    title: view.label ? `Timeline: ${view.label.replace(/\.[a-z]{2,5}$/i, '')}` : 'Timeline',
    range: range ? `${formatRange(range.start, range.end)} (dates in UTC)` : '',
    filters: describeFilters(view.filters, {
      search: view.search,
      hidden: view.hiddenLanes,
      actorName: (id) => index.actors.get(id)?.name ?? id,
      documentTitle: (id) => doc.documents.find((d) => d.id === id)?.title ?? id,
    }),
    legend: kinds.map((k) => ({ label: k, color: colours.get(k) ?? '#7F7F7F' })),
    sources: cut.documents.map((d) => ({ title: d.title, published: d.published, ...(d.url ? { url: d.url } : {}) })),
    note: `Made with Dateline from ${view.label || 'a timeline document'}: ${visible.length === total ? `${total} events` : `${visible.length} of ${total} events`}, exported ${today}. Dates were read from the articles' text; check each against its source.`,
    colors: { background: colour('--bg', '#ffffff'), text: colour('--fg', '#1a1a1a'), muted: colour('--muted', '#595959'), band: colour('--lane', '#f6f7f9') },
  };
}

function fileStem(view: ViewState): string {
  const r = view.range;
  return r ? `${formatIsoInstant(r.start)}_${formatIsoInstant(r.end)}` : '';
}

/** Builds the file for `format`; returns it without downloading (tests and previews use this). */
export async function buildExport(view: ViewState, format: ExportFormat, today: string): Promise<{ blob: Blob; name: string }> {
  if (!view.doc) throw new Error('Load a timeline first.');
  const name = (ext: string) => exportName(view.label || 'timeline', fileStem(view), ext);
  switch (format) {
    case 'svg': {
      const chart = chartElement();
      return { blob: new Blob([exportSvg(chart, exportMeta(view, chart, today))], { type: 'image/svg+xml' }), name: name('svg') };
    }
    case 'png': {
      const chart = chartElement();
      return { blob: await svgToPng(exportSvg(chart, exportMeta(view, chart, today)), 2), name: name('png') };
    }
    case 'json':
      return { blob: new Blob([timelineJsonText(filteredDocument(view.doc, view.visibleEvents))], { type: 'application/json' }), name: name('json') };
    case 'csv':
      return { blob: new Blob([eventsToCsv(filteredDocument(view.doc, view.visibleEvents))], { type: 'text/csv' }), name: name('csv') };
    case 'timelinejs': {
      const title = view.label ? view.label.replace(/\.[a-z]{2,5}$/i, '') : 'Dateline timeline';
      const json = JSON.stringify(toTimelineJs(filteredDocument(view.doc, view.visibleEvents), title), null, 2);
      return { blob: new Blob([json + '\n'], { type: 'application/json' }), name: name('timelinejs.json').replace('.timelinejs.json', '-timelinejs.json') };
    }
  }
}

export async function exportView(view: ViewState, format: ExportFormat, today: string): Promise<string> {
  const { blob, name } = await buildExport(view, format, today);
  download(blob, name);
  return name;
}
