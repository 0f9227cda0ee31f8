/**
 * What d3-zoom needs of d3-transition and d3-interpolate in this app, and nothing more: the chart never
 * animates a zoom (every transform is applied at once, and d3-zoom's double-click zoom, the one animated
 * path, is switched off in Chart.svelte), so there is never a transition to interrupt and no zoom to
 * interpolate. vite.config.ts points d3-zoom's `import { interrupt } from 'd3-transition'` and
 * `import { interpolateZoom } from 'd3-interpolate'` here, which keeps d3-transition, d3-timer, d3-ease,
 * d3-interpolate and d3-color (about 8 KB gzipped) out of the page.
 *
 * @example
 * interrupt(node);                 // no-op: nothing is ever scheduled
 * select(node).interrupt().each(f) // the selection, unchanged
 */
import { selection } from 'd3-selection';

export function interrupt(node: Element, name?: string): void {
  void node;
  void name;
}

declare module 'd3-selection' {
  interface Selection<GElement, Datum, PElement, PDatum> {
    interrupt(name?: string): this;
  }
}

selection.prototype.interrupt = function interruptNothing() {
  return this;
};

/** Not available here: the chart does not animate (see above). */
export function transition(): never {
  throw new Error('d3 transitions are not bundled in Dateline (see src/app/zoom-transition.ts)');
}

/** d3-zoom's default interpolator, only ever called to animate a transition; see above. */
export function interpolateZoom(): never {
  throw new Error('animated zoom is not bundled in Dateline (see src/app/zoom-transition.ts)');
}
