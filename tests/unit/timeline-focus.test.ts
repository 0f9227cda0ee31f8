import { describe, expect, it } from 'vitest';
import { storyWindow } from '../../src/timeline/focus.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const span = (a: string, b = a) => [day(a), day(b) + 86_399_999] as const;
function window(...intervals: (readonly [number, number])[]) {
  return storyWindow(intervals.map((i) => i[0]), intervals.map((i) => i[1]));
}

describe('storyWindow', () => {
  it('opens on the days of the story, leaving a 2014 background event to "fit all"', () => {
    const w = window(span('2014-01-01', '2014-12-31'), span('2021-12-01', '2021-12-31'), span('2022-01-10', '2022-01-15'),
      span('2022-01-12'), span('2022-01-12'), span('2022-01-13'), span('2022-01-14'), span('2022-01-14'),
      span('2022-01-14'), span('2022-01-14'));
    expect(w).toEqual({ start: day('2021-12-01'), end: day('2022-01-15') + 86_399_999 });
  });

  it('covers the whole interval of every event it keeps, not only midpoints', () => {
    const w = window(span('2022-01-01', '2022-01-31'), span('2022-01-12'), span('2022-01-13'), span('2022-01-14'), span('2022-01-15'));
    expect(w!.start).toBe(day('2022-01-01'));
  });

  it.each([
    ['no events', [], null],
    ['fewer than five events', [span('2014-01-01'), span('2022-01-12')], { start: day('2014-01-01'), end: day('2022-01-12') + 86_399_999 }],
  ])('returns the whole extent for %s', (_name, intervals, expected) => {
    expect(window(...intervals)).toEqual(expected);
  });

  it('returns the whole extent when events are spread evenly (the window would hide little)', () => {
    const years = Array.from({ length: 10 }, (_, i) => span(`${2010 + i}-06-01`));
    expect(window(...years)).toEqual({ start: day('2010-06-01'), end: day('2019-06-01') + 86_399_999 });
  });
});
