// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { exportSvg, localUrls, resolveCssVariables, type ExportMeta } from '../../src/export/svg.ts';
import { wrapText } from '../../src/export/wrap.ts';
import { exportName } from '../../src/export/download.ts';
import { svgSizeOf } from '../../src/export/png.ts';
import { describeFilters } from '../../src/export/describe.ts';

const meta: ExportMeta = {
  title: 'Talks <script>alert(1)</script>',
  range: '1 January 2022 – 31 January 2022 (UTC)',
  filters: ['Actors: Russia, NATO'],
  legend: [{ label: 'meeting', color: '#E69F00' }, { label: 'statement', color: '#0072B2' }],
  sources: [{ title: 'Talks end', published: '2022-01-12', url: 'https://news.example/a' }],
  note: 'Made with Dateline from events.json on 2026-11-28',
  colors: { background: '#ffffff', text: '#111111', muted: '#666666', band: '#eeeeee' },
};

function chart(): SVGSVGElement {
  document.body.innerHTML = `<svg data-timeline-svg width="600" height="200" xmlns="http://www.w3.org/2000/svg">
    <style>.mark{fill:var(--kind-meeting, #000)} @import url(http://evil.test/x.css);</style>
    <g class="lanes"><text x="4" y="20">Russia</text><circle class="mark" data-event-id="ev1" cx="50" cy="20" r="4" tabindex="0" onclick="alert(1)"/></g>
    <g data-export="exclude"><rect class="focus-ring" width="10" height="10"/></g>
    <script>alert(2)</script>
    <a href="javascript:alert(3)"><text x="4" y="40">NATO</text></a>
  </svg>`;
  document.documentElement.style.setProperty('--kind-meeting', '#E69F00');
  return document.querySelector('svg')!;
}

describe('exportSvg', () => {
  test('frames the chart with title, range, filters, legend, sources and note; drops excluded and executable parts', () => {
    const out = exportSvg(chart(), meta);
    const parsed = new DOMParser().parseFromString(out, 'image/svg+xml');
    const root = parsed.documentElement;
    expect(root.localName).toBe('svg');
    const texts = [...parsed.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Russia', 'NATO', 'Actors: Russia, NATO', 'meeting', 'statement', 'Source', 'Made with Dateline from events.json on 2026-11-28']));
    expect(parsed.querySelector('title')!.textContent).toBe('Talks <script>alert(1)</script>');
    expect(parsed.querySelectorAll('circle[data-event-id="ev1"]')).toHaveLength(1);
    expect(parsed.querySelector('style')!.textContent).toContain('.mark{fill:#E69F00}');
    expect(out).not.toMatch(/<script|onclick|javascript:|focus-ring|tabindex|@import|data-timeline-svg/);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(200);
    expect(root.getAttribute('width')).toBe('600');
  });
});

describe('resolveCssVariables', () => {
  const vars: Record<string, string> = { '--a': 'red', '--b': ' #00f ' };
  test.each([
    ['.m{fill:var(--a)}', '.m{fill:red}'],
    ['.m{stroke:var(--b, green)}', '.m{stroke:#00f}'],
    ['.m{fill:var(--missing, rgb(1, 2, 3))}', '.m{fill:rgb(1, 2, 3)}'],
    ['.m{fill:var(--missing)}', '.m{fill:initial}'],
    ['.m{fill:var(--missing, var(--a))}', '.m{fill:red}'],
  ])('%s', (css, expected) => {
    expect(resolveCssVariables(css, (n) => vars[n] ?? '')).toBe(expected);
  });
});

describe('helpers', () => {
  test('wrapText keeps lines within the width and breaks long words', () => {
    expect(wrapText('one two three four', 50, 10)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('x'.repeat(25), 50, 10)).toEqual(['xxxxxxxx-', 'xxxxxxxx-', 'xxxxxxxxx']);
    for (const l of wrapText('a '.repeat(100), 60, 10)) expect(l.length).toBeLessThanOrEqual(10);
  });

  test.each([
    ['events.json', '2022-01-01_2022-02-01', 'svg', 'dateline-events-2022-01-01-2022-02-01.svg'],
    ['Crisis: <Week 1>.csv', '', 'csv', 'dateline-crisis-week-1.csv'],
    ['', '', 'png', 'dateline-timeline.png'],
  ])('exportName(%j, %j, %j)', (label, suffix, ext, expected) => {
    expect(exportName(label, suffix, ext)).toBe(expected);
  });

  test('svgSizeOf reads the root size', () => {
    expect(svgSizeOf('<?xml version="1.0"?>\n<svg xmlns="x" width="600" height="412.5"><rect width="3"/></svg>')).toEqual({ width: 600, height: 412.5 });
  });
});

describe('describeFilters', () => {
  const names = { search: '', hidden: [] as string[], actorName: (id: string) => ({ 'country:rus': 'Russia', 'org:nato': 'NATO' })[id] ?? id, documentTitle: (id: string) => `Doc ${id}` };
  const none = { actors: null, kinds: null, granularities: null, planned: 'all', documents: null, modality: 'asserted' } as const;
  test.each([
    [{}, {}, []],
    [{ actors: ['country:rus', 'org:nato'] }, {}, ['Actors: Russia, NATO']],
    [{ kinds: ['meeting'], planned: 'planned' }, {}, ['Kinds: meeting', 'Only planned events']],
    [{ granularities: ['day', 'month'], documents: ['a1'], modality: 'all' }, {}, ['Date precision: day, month', 'Sources: Doc a1', 'Including hypothetical, negated and habitual events']],
    [{}, { search: ' talks ', hidden: ['org:nato'] }, ['Search: "talks"', 'Hidden lanes: NATO']],
  ])('%j %j', (patch, extra, expected) => {
    expect(describeFilters({ ...none, ...patch } as never, { ...names, ...extra })).toEqual(expected);
  });
});

describe('localUrls', () => {
  test.each([
    ['url("#g")', 'url(#g)'],
    ['url("http://h/p?x=1#g")', 'url(#g)'],
    ['url(http://h/p?x=1#g)', 'url(#g)'],
    ['url("http://other/p#g")', 'url("http://other/p#g")'],
    ['none', 'none'],
  ])('%s', (value, expected) => {
    expect(localUrls(value, 'http://h/p?x=1#frag')).toBe(expected);
  });
});
