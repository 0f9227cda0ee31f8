import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOf, readInput, slugId } from '../../src/extract/formats/index.ts';
import { readHtml } from '../../src/extract/formats/html.ts';
import { readJsonl } from '../../src/extract/formats/jsonl.ts';
import { readMarkdown } from '../../src/extract/formats/markdown.ts';
import { readText } from '../../src/extract/formats/text.ts';
import { yearlessNearBatch } from '../../src/extract/formats/build.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'utf8');
const BODY = 'Officials from the two countries met in the capital on Monday and agreed to meet again next month, a spokesman said.';

describe('formatOf and ids', () => {
  it.each([
    ['a/b.txt', '.txt'],
    ['A.MD', '.md'],
    ['page.htm', '.htm'],
    ['batch.jsonl', '.jsonl'],
    ['report.pdf', null],
    ['README', null],
  ])('%s -> %s', (path, ext) => expect(formatOf(path)).toBe(ext));

  it.each([
    ['data/articles/digest-2022-01-15.txt', 'digest-2022-01-15'],
    ['../shared/seed/000_6a8318a25d92f825.txt', '000-6a8318a25d92f825'],
    ['C:\\news\\Élection Day.md', 'election-day'],
  ])('slugId(%j) = %j', (path, id) => expect(slugId(path)).toBe(id));
});

describe('readText', () => {
  it('keeps the text verbatim and gives each digest part an id, span and the date line provenance', () => {
    const text = fixture('digest.txt');
    const { articles, warnings } = readText('tests/fixtures/articles/digest.txt', text);
    expect(warnings).toEqual([]);
    expect(articles.map((a) => [a.id, a.published, a.source])).toEqual([
      ['digest-1', '2022-03-08', 'tests/fixtures/articles/digest.txt'],
      ['digest-2', '2022-03-08', 'tests/fixtures/articles/digest.txt'],
      ['digest-3', '2022-03-08', 'tests/fixtures/articles/digest.txt'],
    ]);
    expect(articles[0]!.text).toBe(text);
    expect(articles[0]!.publishedFrom).toEqual({ rule: 'date-line:month-day-year', text: 'Tuesday, March 8, 2022', start: 0, end: 22 });
  });

  it('skips a file whose date cannot be found, naming it, and never uses the clock', () => {
    const result = readText('notes/undated.txt', `A headline\n\n${BODY}`);
    expect(result.articles).toEqual([]);
    expect(result.warnings).toEqual(['notes/undated.txt: no date line found (looked at the first 12 and last 3 lines); skipped']);
  });

  it.each([
    ['notes/briefing-2022-03-09.txt', '2022-03-09'],
    ['notes/20220309_briefing.txt', '2022-03-09'],
    ['notes/briefing-2022-13-09.txt', null],
    ['notes/briefing-2022.txt', null],
  ])('dates an article without a date line by the full date in its file name %s, with a warning', (name, date) => {
    const { articles, warnings } = readText(name, `A headline\n\n${BODY}`);
    if (date) {
      expect(articles[0]).toMatchObject({ published: date, publishedFrom: { rule: 'file-name' } });
      expect(warnings).toEqual([`${name}: no date line found (looked at the first 12 and last 3 lines); dated ${date} by its file name`]);
    } else expect(articles).toEqual([]);
  });

  it('prefers the date line to the file name', () => {
    expect(readText('x-2020-01-01.txt', `March 8, 2022\n\nHeadline\n\n${BODY}`)).toMatchObject({ articles: [{ published: '2022-03-08' }], warnings: [] });
  });

  it('reports a date line that can be read two ways and skips the file', () => {
    const result = readText('ambiguous-date.txt', fixture('ambiguous-date.txt'));
    expect(result.articles).toEqual([]);
    expect(result.warnings[0]).toMatch(/can be 5 June 2022 or 6 May 2022/);
  });

  it.each([
    ['2026-12-07', '2026-03-07'],
    ['2026-03-07', '2026-03-07'],
    ['2026-03-06', '2025-03-07'],
  ])('dates a wire dateline without a year to the latest such day up to the reading day (%s), and says so', (today, published) => {
    const result = readText('dateline-no-year.txt', fixture('dateline-no-year.txt'), { today });
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]).toMatchObject({ published, publishedFrom: { rule: 'dateline-without-year:latest-up-to-today', text: 'WASHINGTON, March 7 (Example Wire) -' } });
    expect(result.warnings).toEqual([`dateline-no-year.txt: the dateline "WASHINGTON, March 7 (Example Wire) -" gives March 7 without a year; dated ${published}, the latest such day up to today (give --published to date it otherwise)`]);
  });

  it('read with dated articles, takes the year (never a later one) nearest them, and says so', () => {
    const wire = readText('dateline-no-year.txt', fixture('dateline-no-year.txt'), { today: '2026-12-07' }).articles;
    const others = readText('x.txt', `Headline\n\n${BODY}`, { published: '2025-04-02' }).articles;
    const all = [...wire, ...others];
    expect(yearlessNearBatch(all)).toEqual(['dateline-no-year.txt: dated 2025-03-07 instead of 2026-03-07, the year that puts it nearest the 1 dated article read with it']);
    expect(all[0]).toMatchObject({ published: '2025-03-07', publishedFrom: { rule: 'dateline-without-year:nearest-to-other-articles' } });
    // Alone, or beside articles nearest its own guess, it keeps the latest such day up to today.
    expect(yearlessNearBatch([...wire])).toEqual([]);
    const recent = readText('dateline-no-year.txt', fixture('dateline-no-year.txt'), { today: '2026-12-07' }).articles;
    expect(yearlessNearBatch([...recent, ...readText('x.txt', `Headline\n\n${BODY}`, { published: '2026-02-20' }).articles])).toEqual([]);
    expect(recent[0]?.published).toBe('2026-03-07');
  });

  it('re-dates a yearless dateline among 200,000 dated records without overflowing the stack', () => {
    const wire = readText('dateline-no-year.txt', fixture('dateline-no-year.txt'), { today: '2026-12-07' }).articles;
    const record = readText('x.txt', `Headline\n\n${BODY}`, { published: '2024-03-01' }).articles[0]!;
    const all = [...wire, ...Array.from({ length: 200_000 }, () => record)];
    expect(yearlessNearBatch(all)).toHaveLength(1);
    expect(all[0]?.published).toBe('2024-03-07');
  });

  it('gives 29 February without a year the last leap year up to the reading day', () => {
    const result = readText('w.txt', `WASHINGTON, Feb. 29 (Example Wire) - Officials from five countries met on Monday to discuss fishing quotas.\n\nThe meeting ended without an agreement.`, { today: '2026-12-07' });
    expect(result.articles[0]?.published).toBe('2024-02-29');
  });

  it('takes --published over the date line, and dates an undated file with it', () => {
    const override = readText('x.txt', fixture('ambiguous-date.txt'), { published: '2022-06-05' });
    expect(override.articles[0]).toMatchObject({ published: '2022-06-05', publishedFrom: { rule: 'option:--published' }, title: 'Trade talks resume after a short pause' });
    expect(readText('x.txt', `Headline\n\n${BODY}`, { published: '2022-01-01' }).articles).toHaveLength(1);
  });

  it('reads a file with a byte-order mark and Windows line ends, offsets still into the text as given', () => {
    const text = fixture('digest.txt').replace(/\n/g, '\r\n');
    const { articles } = readText('crlf.txt', `\uFEFF${text}`);
    expect(articles.map((a) => a.title)).toEqual(['Ministers meet in Vienna to revive grain talks', 'Port strike ends after three weeks', 'Council vote on the budget delayed until Thursday']);
    expect(articles[0]!.publishedFrom).toMatchObject({ text: 'Tuesday, March 8, 2022', start: 1, end: 23 });
    for (const a of articles) expect(a.text.slice(a.headline!.start, a.headline!.end)).toBe(a.title);
  });

  it('warns, naming the file, when the date line names the wrong weekday, and still reads the article', () => {
    const { articles, warnings } = readText('w.txt', `Friday, January 15, 2022\n\nHeadline\n\n${BODY}`);
    expect(articles[0]).toMatchObject({ published: '2022-01-15' });
    expect(warnings).toEqual(['w.txt: the date line names a Friday, but 15 January 2022 is a Saturday; the date is used']);
  });

  it('keeps the dated articles of a digest whose first date line is ambiguous, and names the skipped one', () => {
    const para = 'Officials from both countries met in the capital to discuss the border and agreed to meet again soon, a spokesman said.';
    const text = `05/06/2022\n\nFirst story headline\n\n${para}\n\n${para}\n\n\n\nMay 7, 2022\n\nSecond story headline\n\n\n${para}\n\n${para}`;
    const { articles, warnings } = readText('d.txt', text);
    expect(articles.map((a) => [a.id, a.title, a.published])).toEqual([['d-2', 'Second story headline', '2022-05-07']]);
    expect(warnings).toEqual(['d.txt: the date line "05/06/2022" can be 5 June 2022 or 6 May 2022 for article 1 of 2; skipped']);
  });

  it('keeps the time of day from the date line', () => {
    const { articles } = readText('t.txt', `Published on 21/01/2022 at 18:30\n\nHeadline\n\n${BODY}`);
    expect(articles[0]).toMatchObject({ published: '2022-01-21', publishedTime: '18:30' });
  });
});

describe('readMarkdown', () => {
  it('honours front matter title and date, keeping the text verbatim', () => {
    const text = `---\ntitle: "Talks **resume**"\ndate: 2022-01-10\n---\n\n# Another heading\n\n${BODY}\n`;
    const { articles } = readMarkdown('notes/talks.md', text);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: 'Talks resume', published: '2022-01-10', publishedFrom: { rule: 'front-matter:iso', text: 'date: 2022-01-10' }, text });
    const from = articles[0]!.publishedFrom;
    expect(text.slice(from.start, from.end)).toBe('date: 2022-01-10');
  });

  it('takes the headline from "# Title" and the date from the date line without front matter', () => {
    const text = `# Talks resume in [Geneva](https://example.org)\n\n15 January 2022\n\n${BODY}\n`;
    const { articles } = readMarkdown('talks.md', text);
    expect(articles[0]).toMatchObject({ title: 'Talks resume in Geneva', published: '2022-01-15', headline: { start: 0 } });
    expect(articles[0]!.skip).toEqual([{ start: text.indexOf('15 January'), end: text.indexOf('15 January') + 15 }]);
  });

  it('falls back to the date line when the front matter date is not a date', () => {
    const { articles, warnings } = readMarkdown('t.md', `---\ndate: soon\n---\nJanuary 3, 2022\n\nHeadline\n\n${BODY}`);
    expect(articles[0]).toMatchObject({ published: '2022-01-03' });
    expect(warnings[0]).toMatch(/^t\.md: front matter date "soon" is not a date/);
  });
});

describe('readHtml', () => {
  const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const chrome = '<nav><a href="/">Home</a> <a href="/world">World</a></nav><header><p>Site banner text that is not news.</p></header>';
  const footer = '<aside><p>Most read: something else entirely, a long teaser that is not part of the article.</p></aside><footer><p>© Example Media 2022</p></footer><script>var x = "not text";</script>';

  it('reads og:title, article:published_time and the <article> body without navigation', () => {
    const html = page(
      '<title>Talks resume | Example News</title><meta property="og:title" content="Talks resume in Geneva"><meta property="article:published_time" content="2022-01-15T10:00:00Z">',
      `${chrome}<article><h1>Talks resume in Geneva</h1><figure><img src="a.jpg"><figcaption>FILE PHOTO. Delegates.</figcaption></figure><p>${BODY}</p><p>The next round is <b>planned</b> for February.</p></article>${footer}`,
    );
    const { articles, warnings } = readHtml('page.html', html);
    expect(warnings).toEqual([]);
    expect(articles[0]).toMatchObject({
      title: 'Talks resume in Geneva',
      published: '2022-01-15',
      publishedTime: '10:00',
      publishedFrom: { rule: 'html:meta:article:published_time', text: '2022-01-15T10:00:00Z' },
      text: `Talks resume in Geneva\n\n${BODY}\n\nThe next round is planned for February.`,
      headline: { start: 0, end: 22 },
    });
  });

  it('reads datePublished from JSON-LD and the title from <h1> when there is no og:title', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2022-03-08T09:00:00+01:00"}]}</script>';
    const { articles } = readHtml('p.html', page(`<title>Site</title>${ld}`, `<main><h1>Port strike ends</h1><p>${BODY}</p></main>`));
    expect(articles[0]).toMatchObject({ title: 'Port strike ends', published: '2022-03-08', publishedFrom: { rule: 'html:json-ld:datePublished' } });
  });

  it('reads <time datetime> and finds the densest paragraph container without <article> or <main>', () => {
    const html = page('<title>Council vote delayed</title>', `${chrome}<div class="side"><p>Short teaser.</p></div><div class="story"><time datetime="2022-03-07">7 March</time><p>${BODY}</p><p>${BODY}</p></div>${footer}`);
    const { articles } = readHtml('p.htm', html);
    expect(articles[0]).toMatchObject({ title: 'Council vote delayed', published: '2022-03-07', publishedFrom: { rule: 'html:time' } });
    expect(articles[0]!.text).not.toContain('Short teaser');
    expect(articles[0]!.text).not.toContain('Most read');
    expect(articles[0]!.text).not.toContain('not text');
  });

  it('prefers a <time> inside the story to one elsewhere on the page', () => {
    const html = page('<title>Talks</title>', `<aside><time datetime="2021-01-01">old</time></aside><article><p><time datetime="2022-03-07">7 March</time></p><p>${BODY}</p></article>`);
    expect(readHtml('p.html', html).articles[0]).toMatchObject({ published: '2022-03-07' });
  });

  it.each([
    ['a <time> without datetime, by its text', '<article><p><time>March 7, 2022</time></p><p>BODY</p></article>', '2022-03-07', 'html:time-text'],
    ['a <time> in the page header outside the story', '<header><time datetime="2022-03-06">6 March</time></header><article><p>BODY</p></article>', '2022-03-06', 'html:time'],
  ])('reads %s', (_, body, published, rule) => {
    expect(readHtml('p.html', page('<title>Talks</title>', body.replace('BODY', BODY))).articles[0]).toMatchObject({ published, publishedFrom: { rule } });
  });

  it('never takes the date of a most-read list or footer', () => {
    const html = page('<title>Talks</title>', `<article><p>${BODY}</p></article><aside><ol><li><time datetime="2022-03-01">1 March</time> Other story</li></ol></aside><footer><time datetime="2022-03-02">x</time></footer>`);
    expect(readHtml('p.html', html)).toMatchObject({ articles: [], warnings: [expect.stringMatching(/^p\.html: no date line found/)] });
  });

  it('prefers the story to teaser <article>s with less paragraph text', () => {
    const teaser = (n: number) => `<article><h2>Teaser ${n}</h2><p>Another story, in brief.</p></article>`;
    const html = page('<title>Port strike ends</title><meta name="date" content="2022-03-08">', `<main><div class="story"><p>${BODY}</p><p>${BODY}</p></div><section>${teaser(1)}${teaser(2)}</section></main>`);
    const { articles } = readHtml('p.html', html);
    expect(articles[0]!.text).toBe(`Port strike ends\n\n${BODY}\n\n${BODY}`);
  });

  it('falls back to a date line in the text, and skips a page without any date', () => {
    const dated = readHtml('p.html', page('', `<article><h1>Headline</h1><p>Published on 21/01/2022 at 18:30</p><p>${BODY}</p></article>`));
    expect(dated.articles[0]).toMatchObject({ published: '2022-01-21', publishedFrom: { rule: 'date-line:numeric-dmy' } });
    const undated = readHtml('u.html', page('', `<article><h1>Headline</h1><p>${BODY}</p></article>`));
    expect(undated.articles).toEqual([]);
    expect(undated.warnings[0]).toMatch(/^u\.html: no date line found/);
  });

  it('refuses a page nested too deeply with a warning instead of crashing', () => {
    const result = readHtml('deep.html', `${'<div>'.repeat(20000)}<p>${BODY}</p>`);
    expect(result).toEqual({ articles: [], warnings: ['deep.html: the HTML is nested too deeply to read; skipped'] });
  });

  it.each([
    ['Talks resume in Geneva | Example News', 'Talks resume in Geneva'],
    ['Talks resume in Geneva - Example News', 'Talks resume in Geneva'],
    ['Russia &amp; NATO: talks &#8216;useful&#8217;', 'Russia & NATO: talks ‘useful’'],
    ['Talks - Example', 'Talks - Example'],
    ['Russia and Ukraine talks - what we know so far', 'Russia and Ukraine talks - what we know so far'],
  ])('takes the <title> %j as %j when there is no og:title or <h1>', (raw, title) => {
    const html = page(`<title>${raw}</title><meta name="date" content="2022-02-01"><meta property="og:site_name" content="Example News">`, `<div><p>${BODY}</p></div>`);
    expect(readHtml('t.html', html).articles[0]!.title).toBe(title);
  });

  it('survives a broken JSON-LD block and unclosed tags', () => {
    const html = '<html><head><script type="application/ld+json">{not json</script><meta name="date" content="2022-02-01"></head><body><article><p>' + BODY + '<p>Second paragraph without a closing tag';
    expect(readHtml('b.html', html).articles[0]).toMatchObject({ published: '2022-02-01' });
  });
});

describe('readJsonl', () => {
  it('reads one article per line, reporting a malformed line as file:line and going on', () => {
    const content = [
      JSON.stringify({ id: 'a1', title: 'Talks resume', published: '2022-01-10', text: BODY, url: 'https://example.org/a1' }),
      '{"id": "broken", ',
      '',
      JSON.stringify({ id: 'a2', published: '2022-01-11', text: `Ministers meet again\n\n${BODY}` }),
      JSON.stringify({ id: 'a3', title: 'No text' }),
      JSON.stringify({ id: 'a4', title: 'Bad date', published: 'someday', text: BODY }),
      JSON.stringify(['not', 'an', 'object']),
    ].join('\n');
    const { articles, warnings } = readJsonl('batch.jsonl', content);
    expect(articles.map((a) => [a.id, a.title, a.published, a.source])).toEqual([
      ['a1', 'Talks resume', '2022-01-10', 'https://example.org/a1'],
      ['a2', 'Ministers meet again', '2022-01-11', 'batch.jsonl#a2'],
    ]);
    expect(articles[0]).toMatchObject({ url: 'https://example.org/a1', text: BODY, publishedFrom: { rule: 'jsonl:published:iso' } });
    expect(warnings.map((w) => w.replace(/\(.*\)/, '(...)'))).toEqual([
      'batch.jsonl:2: not valid JSON (...); line skipped',
      'batch.jsonl:5: no "text"; line skipped',
      'batch.jsonl:6: "published" "someday" is not a date (...); line skipped',
      'batch.jsonl:7: expected an object {id, title, published, text, url}; line skipped',
    ]);
  });

  it('finds the date line in a record without "published"', () => {
    const { articles, warnings } = readJsonl('b.jsonl', JSON.stringify({ id: 'x', text: `March 8, 2022\n\nHeadline\n\n${BODY}` }));
    expect(warnings).toEqual([]);
    expect(articles[0]).toMatchObject({ published: '2022-03-08', title: 'Headline' });
  });
});

describe('readInput', () => {
  it('dispatches by extension and reports an unsupported one as a warning', () => {
    expect(readInput('a.md', `March 8, 2022\n\n# Headline\n\n${BODY}`).articles).toHaveLength(1);
    expect(readInput('a.pdf', 'x')).toEqual({ articles: [], warnings: [expect.stringMatching(/^a\.pdf: unsupported file type/)] });
  });
});
