import { describe, expect, it } from 'vitest';
import { drawDenseLayer, type DrawOptions } from '../../src/app/canvas-layer.ts';
import { THEME_COLOURS } from '../../src/timeline/palette.ts';

/** A 2D context that records what is drawn: fillText calls with the fill style and font they were drawn in. */
function recorder() {
  const texts: { text: string; x: number; y: number; fill: string; font: string }[] = [];
  const calls: string[] = [];
  const state: Record<string, unknown> = { fillStyle: '#000', font: '10px sans-serif' };
  const ctx = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      if (key === 'fillText') return (text: string, x: number, y: number) => texts.push({ text, x, y, fill: String(target.fillStyle), font: String(target.font) });
      if (key === 'measureText') return (text: string) => ({ width: text.length * 6 });
      if (key === 'createLinearGradient') return () => ({ addColorStop() {} });
      return () => { calls.push(key); };
    },
    set(target, key: string, value) { target[key] = value; return true; },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, texts, calls };
}

const base: DrawOptions = {
  lanes: [], connectors: [], scrollTop: 0, width: 600, height: 300, dpr: 1, theme: THEME_COLOURS.light,
  style: () => ({ colour: '#0072B2', planned: false, approximate: false, implicit: false, dim: false, start: 0, end: 0 }),
  xOf: (t) => t, dayWide: false, clipTop: 40,
};

describe('drawDenseLayer', () => {
  it('draws no axis unless asked (the SVG draws it when nothing moves)', () => {
    const r = recorder();
    drawDenseLayer(r.ctx, base);
    expect(r.texts).toEqual([]);
  });

  it('draws the whole chart while a gesture moves: lane names and counts, tick labels (majors in bold), today, the time zone', () => {
    const r = recorder();
    drawDenseLayer(r.ctx, {
      ...base,
      axis: {
        ticks: [{ x: 10, label: 'Dec 2021', major: false }, { x: 200, label: '2022', major: true }, { x: 590, label: 'Mar', major: false }],
        publications: [{ x: 50 }], todayX: 300, zone: 'UTC',
        heads: [{ y: 40, height: 70, name: 'NATO', count: 12 }, { y: 900, height: 70, name: 'Out of view', count: 1 }],
      },
    });
    const labels = r.texts.map((t) => t.text);
    // 'Mar' at x=590 would run past the right edge, as in the SVG: left out; so is the lane below the view.
    expect(labels).toEqual(['NATO', '12', 'Dec 2021', '2022', 'today', 'UTC']);
    expect(r.texts[0]!.font).toMatch(/^600 /);
    expect(r.texts[1]!.fill).toBe(THEME_COLOURS.light.muted);
    expect(r.texts.find((t) => t.text === '2022')!.font).toMatch(/^600 /);
    expect(r.texts.find((t) => t.text === 'Dec 2021')!.fill).toBe(THEME_COLOURS.light.muted);
    expect(r.texts.find((t) => t.text === 'today')!.fill).toBe(THEME_COLOURS.light.today);
    // The band is painted with the page background first, so nothing under it shows through.
    expect(r.calls).toContain('fillRect');
  });
});
