/**
 * Sizes the embed for its height option: `auto` gives the chart a fixed maximum (in pixels, never vh, which
 * would feed back through the parent resizing the iframe to our posted height), a pixel height caps the
 * chart so the whole embed is about that tall, `fill` fits the chart to the iframe's height (an open detail
 * panel may still scroll inside the iframe).
 *
 * @example
 * embedLayout(document, { mode: 'fixed', px: 500 }) // --chart-max-height: 390px
 */
import type { HeightMode } from './options.ts';

/** Room taken by the overview band, the footer link and paddings. */
export const CHROME_PX = 110;
export const AUTO_CHART_PX = 520;

export function chartMaxHeight(mode: HeightMode): string {
  if (mode.mode === 'fixed') return `${Math.max(120, mode.px - CHROME_PX)}px`;
  if (mode.mode === 'fill') return `calc(100vh - ${CHROME_PX}px)`;
  return `${AUTO_CHART_PX}px`;
}

export function embedLayout(doc: Document, mode: HeightMode): void {
  const root = doc.documentElement;
  root.style.setProperty('--chart-max-height', chartMaxHeight(mode));
  root.dataset.embedHeight = mode.mode;
  if (mode.mode === 'fill') {
    root.style.height = '100%';
    doc.body.style.height = '100%';
  }
}
