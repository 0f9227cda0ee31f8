import { describe, expect, test } from 'vitest';
import { EMBED_GRANULARITIES, normaliseOrigin, parseEmbedOptions } from '../../src/embed/options.ts';
import { Granularity } from '../../src/model/schema.ts';
import { allowedOrigins, notifyTarget, originAllowed, parentOrigin, readCommand } from '../../src/embed/protocol.ts';

describe('parseEmbedOptions keeps valid whitelisted options and reports the rest', () => {
  test('valid options pass through in the full app\'s URL form', () => {
    const o = parseEmbedOptions('?data=events.json&from=2022-01-01&to=2022-02-01&actors=country:rus,org:nato&theme=dark&event=ev1&planned=planned&precision=day,month&height=600&origins=https://news.example');
    expect(o.warnings).toEqual([]);
    expect(new URLSearchParams(o.search).get('actors')).toBe('country:rus,org:nato');
    expect(o.search).not.toContain('height');
    expect(o.dataUrl).toBe('events.json');
    expect(o.height).toEqual({ mode: 'fixed', px: 600 });
    expect(o.origins).toEqual(['https://news.example']);
  });

  test.each([
    ['theme=pink', /^theme=pink ignored: expected auto, light or dark$/],
    ['foo=1', /^foo ignored: not an embed option$/],
    ['from=2022-01-01', /^from ignored: a range needs both from and to$/],
    ['from=2022-03-01&to=2022-01-01', /from must be before to/],
    ['from=2022-02-30&to=2022-03-01', /not a calendar date/],
    ['from=yesterday&to=2022-01-01', /^from=yesterday ignored: expected YYYY-MM-DD/],
    ['height=10', /^height=10 ignored/],
    ['height=tall', /^height=tall ignored/],
    ['data=javascript:alert(1)', /^data=javascript:alert\(1\) ignored: expected an http\(s\) or relative URL$/],
    ['actors=<script>', /"<script>" is not an id/],
    ['precision=fortnight', /"fortnight" is not one of/],
    ['origins=evil', /"evil" is not an origin/],
    ['origins=https://a.example/path', /is not an origin/],
    ['theme=dark&theme=light', /theme given twice/],
    [`q=${'x'.repeat(300)}`, /longer than 200/],
  ])('%s', (query, warning) => {
    const o = parseEmbedOptions(query);
    expect(o.warnings.length).toBe(query.startsWith('from=yesterday') ? 2 : 1);
    expect(o.warnings[0]).toMatch(warning);
    expect(o.search).not.toMatch(/pink|foo|yesterday|javascript|script|fortnight/);
  });

  test('a range is dropped as a whole when half of it is wrong', () => {
    expect(parseEmbedOptions('from=2022-01-01&to=bad').search).toBe('');
  });

  test.each([
    ['https://news.example', 'https://news.example'], ['https://news.example/', 'https://news.example'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'], ['*', '*'],
    ['news.example', null], ['ftp://news.example', null], ['https://news.example/a', null], ['javascript:alert(1)', null],
  ])('normaliseOrigin(%j) = %j', (input, expected) => {
    expect(normaliseOrigin(input)).toBe(expected);
  });
});

describe('readCommand validates messages from the parent', () => {
  test.each([
    [{ type: 'dateline:set-range', start: '2022-01-01', end: '2022-02-01' }, { type: 'dateline:set-range', start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 1, 1) }],
    [{ type: 'dateline:set-range', start: 0, end: 86400000 }, { type: 'dateline:set-range', start: 0, end: 86400000 }],
    [{ type: 'dateline:select-event', id: 'ev1' }, { type: 'dateline:select-event', id: 'ev1' }],
    [{ type: 'dateline:select-event', id: null }, { type: 'dateline:select-event', id: null }],
    [{ type: 'dateline:filter-actors', ids: ['country:rus'] }, { type: 'dateline:filter-actors', ids: ['country:rus'] }],
    [{ type: 'dateline:filter-actors', ids: [] }, { type: 'dateline:filter-actors', ids: null }],
  ])('accepts %j', (data, command) => {
    expect(readCommand(data)).toEqual({ ok: true, command });
  });

  test.each([
    [{ type: 'dateline:set-range', start: '2022-02-01', end: '2022-01-01' }, /start before end/],
    [{ type: 'dateline:set-range', start: 'soon', end: '2022-01-01' }, /needs start and end/],
    [{ type: 'dateline:set-range', start: Infinity, end: 1 }, /needs start and end/],
    [{ type: 'dateline:select-event', id: 42 }, /needs id/],
    [{ type: 'dateline:select-event', id: 'x'.repeat(201) }, /needs id/],
    [{ type: 'dateline:filter-actors', ids: 'country:rus' }, /needs ids/],
    [{ type: 'dateline:filter-actors', ids: [1, 2] }, /needs ids/],
    [{ type: 'dateline:eval', code: 'alert(1)' }, /unknown command dateline:eval/],
  ])('refuses %j', (data, error) => {
    const r = readCommand(data);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(error);
    expect(!r.ok && r.ignore).toBeFalsy();
  });

  test.each([null, 'dateline:set-range', [1], { sentinel: 'amp', type: 'embed-size', height: 3 }, { type: 'dateline:ready' }])(
    'ignores quietly %j', (data) => {
      const r = readCommand(data);
      expect(!r.ok && r.ignore).toBe(true);
    });
});

describe('origins', () => {
  test.each([
    [['https://news.example'], '', 'https://news.example'],
    [[], 'https://news.example/story/1', 'https://news.example'],
    [undefined, 'https://news.example/story/1', 'https://news.example'],
    [['null'], '', null],
    [[], '', null],
    [[], 'not a url', null],
  ])('parentOrigin(%j, %j) = %j', (ancestors, referrer, expected) => {
    expect(parentOrigin(ancestors, referrer)).toBe(expected);
  });

  test('the default allow-list is the parent only; the option replaces it', () => {
    expect(allowedOrigins(null, 'https://a.example')).toEqual(['https://a.example']);
    expect(allowedOrigins(null, null)).toEqual([]);
    expect(allowedOrigins(['https://b.example'], 'https://a.example')).toEqual(['https://b.example']);
    expect(originAllowed('https://evil.example', ['https://a.example'])).toBe(false);
    expect(originAllowed('https://evil.example', ['*'])).toBe(true);
  });

  test('notifications go to the parent when allowed, to * only when listed', () => {
    expect(notifyTarget(['https://a.example'], 'https://a.example')).toBe('https://a.example');
    expect(notifyTarget(['https://b.example'], 'https://a.example')).toBe('https://b.example');
    expect(notifyTarget(['*'], null)).toBe('*');
    expect(notifyTarget([], null)).toBeNull();
    expect(notifyTarget(['https://b.example', 'https://c.example'], null)).toBeNull();
  });
});

test('the embed knows every granularity of the schema', () => {
  expect([...EMBED_GRANULARITIES].sort()).toEqual([...Granularity.options].sort());
});
