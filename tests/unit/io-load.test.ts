import { describe, expect, test } from 'vitest';
import { readTimelineText, readTimelineFile, guessFormat } from '../../src/io/load.ts';
import { fetchTimeline, resolveDataUrl } from '../../src/io/fetch.ts';
import { mergeTimelines } from '../../src/io/merge.ts';
import { sampleDoc } from './io-fixtures.ts';

const json = (v: unknown) => JSON.stringify(v);

describe('readTimelineText explains every refusal and accepts valid documents', () => {
  test('a valid Dateline document loads unchanged', () => {
    const r = readTimelineText(json(sampleDoc()), 'events.json');
    expect(r.ok && r.format).toBe('dateline');
    expect(r.ok && r.doc).toEqual(sampleDoc());
  });

  test.each([
    ['not JSON', 'hello world', 'x.json', /^This is not JSON \(/],
    ['binary data', 'PK\u0003\u0004\u0000\u0000,\u0008\u0000data', 'blob.bin', /^This is not a text file \(it holds binary data\)/],
    ['truncated JSON', '{"schemaVersion": 1, "events": [', 'x.json', /^This is not JSON/],
    ['empty file', '   ', 'x.json', /empty/],
    ['an array', '[1,2]', 'x.json', /not a timeline document/],
    ['wrong schema version', json({ ...sampleDoc(), schemaVersion: 2 }), 'x.json', /schemaVersion: this file is schema version 2; Dateline reads version 1/],
    ['missing version', json({ documents: [], actors: [], events: [] }), 'x.json', /schema version null/],
    ['bad event date', json({ ...sampleDoc(), events: [{ ...sampleDoc().events[0], date: { ...sampleDoc().events[0]!.date, start: '10 Jan' } }] }), 'x.json', /events\[0\]\.date\.start: expected YYYY-MM-DD/],
    ['event without id', json({ ...sampleDoc(), events: [{ title: 'x' }] }), 'x.json', /events\[0\]\.id/],
    ['CSV without required columns', 'when,what\n2022,x', 'x.csv', /lacks the columns "date_start" and "title"/],
    ['CSV with only a header', 'date_start,title\n', 'x.csv', /header but no rows/],
  ])('%s', (_name, text, file, message) => {
    const r = readTimelineText(text, file);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });

  test.each([
    ['{"a":1}', 'data', 'json'], ['a,b\n1,2', 'data', 'csv'], ['date_start,title', 'x.json', 'json'],
    ['{}', 'x.csv', 'csv'], ['hello', 'x', 'json'],
  ])('guessFormat(%j, %j) = %s', (text, name, format) => {
    expect(guessFormat(text, name)).toBe(format);
  });

  test('a file over the size limit is refused before it is read', async () => {
    const big = new Blob(['x'.repeat(2048)]);
    const r = await readTimelineFile(Object.assign(big, { name: 'big.json' }), 1024);
    expect(!r.ok && r.error).toBe('The file is too large (2 KB); Dateline reads files up to 1 KB.');
  });
});

describe('fetchTimeline turns each network failure into its own sentence', () => {
  const respond = (body: string, init: ResponseInit = {}) => (async () => new Response(body, init)) as typeof fetch;

  test.each([
    ['unreachable', (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch, /^Could not reach data\.json/],
    ['404', respond('nope', { status: 404, statusText: 'Not Found' }), /^The server answered 404 \(Not Found\) for data\.json\.$/],
    ['too large by header', respond('{}', { headers: { 'content-length': '5000' } }), /too large \(5 KB\)/],
    ['too large while reading', respond('x'.repeat(3000)), /too large/],
    ['not JSON', respond('hello'), /^This is not JSON/],
    ['a web page (a missing file on a host that answers every path)', respond('<!doctype html><html><body>App</body></html>'), /^data\.json is a web page, not a timeline: the file is probably missing/],
  ])('%s', async (_name, fetchImpl, message) => {
    const r = await fetchTimeline('data.json', { base: 'http://example.test/app/', fetch: fetchImpl, maxBytes: 2048 });
    expect(!r.ok && r.error).toMatch(message);
  });

  test('a valid document loads from a relative address', async () => {
    let asked = '';
    const r = await fetchTimeline('data/events.json', {
      base: 'http://example.test/app/index.html',
      fetch: (async (url: string) => { asked = url; return new Response(json(sampleDoc())); }) as typeof fetch,
    });
    expect(asked).toBe('http://example.test/app/data/events.json');
    expect(r.ok && r.doc.events.length).toBe(4);
  });

  test.each([['javascript:alert(1)', /must start with http/], ['data:application/json,{}', /must start with http/], ['http://[::1', /not a valid URL/]])(
    'refuses the address %s', (raw, message) => {
      const r = resolveDataUrl(raw, 'http://example.test/');
      expect(!r.ok && r.error).toMatch(message);
    });
});

describe('mergeTimelines keeps both timelines', () => {
  test('same actors merge, colliding ids are renamed and evidence follows its document', () => {
    const base = sampleDoc();
    const added = sampleDoc();
    added.documents[0] = { ...added.documents[0]!, title: 'Another article' };
    added.events = [{ ...added.events[0]!, title: 'Second report' }];
    const merged = mergeTimelines(base, added);
    expect(merged.actors.length).toBe(base.actors.length);
    expect(merged.documents.map((d) => d.id)).toEqual(['a1', 'a1-2']);
    expect(merged.events.map((e) => e.id)).toEqual(['ev1', 'ev2', 'ev3', 'ev4', 'ev1-2']);
    expect(merged.events[4]!.evidence[0]!.document).toBe('a1-2');
  });

  test('merging a document with itself changes nothing', () => {
    expect(mergeTimelines(sampleDoc(), sampleDoc())).toEqual(sampleDoc());
  });
});
