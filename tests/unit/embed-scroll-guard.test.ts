// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { guardScroll } from '../../src/embed/scroll-guard.ts';

describe('guardScroll keeps wheel and touch for the page until the reader clicks into the embed', () => {
  let stop = () => {};
  afterEach(() => stop());

  function setup() {
    document.body.innerHTML = '<div data-timeline-viewport><svg></svg></div>';
    const chart = document.querySelector('[data-timeline-viewport]')!;
    const seen: string[] = [];
    for (const type of ['wheel', 'touchstart', 'touchmove', 'mousedown']) chart.addEventListener(type, () => seen.push(type));
    const hints: boolean[] = [];
    stop = guardScroll(document, (show) => hints.push(show));
    return { chart, seen, hints };
  }

  test.each([
    ['wheel', () => new WheelEvent('wheel', { bubbles: true, deltaY: 100 })],
    ['touchstart', () => new Event('touchstart', { bubbles: true })],
    ['touchmove', () => new Event('touchmove', { bubbles: true })],
  ])('%s does not reach the chart before a click, and does after', (type, make) => {
    const { chart, seen } = setup();
    chart.dispatchEvent(make());
    expect(seen).toEqual([]);
    expect(document.documentElement.dataset.embedActive).toBe('false');
    chart.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    chart.dispatchEvent(make());
    expect(seen).toEqual([type]);
  });

  test('a press alone (the start of a swipe or a drag) does not activate; mouse drags always reach the chart', () => {
    const { chart, seen } = setup();
    chart.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    chart.dispatchEvent(new WheelEvent('wheel', { bubbles: true }));
    expect(seen).toEqual(['mousedown']);
  });

  test('leaving the embed deactivates it; the first wheel over an inactive chart shows the hint', () => {
    const { chart, seen, hints } = setup();
    chart.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.documentElement.dispatchEvent(new MouseEvent('mouseleave'));
    chart.dispatchEvent(new WheelEvent('wheel', { bubbles: true }));
    expect(seen).toEqual([]);
    expect(hints.at(-1)).toBe(true);
  });
});
