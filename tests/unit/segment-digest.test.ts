import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentText, titleFromBody } from '../../src/extract/segment/index.ts';
import { classifyLine, splitLines } from '../../src/extract/segment/lines.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'utf8');
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('classifyLine', () => {
  it.each([
    ['FILE PHOTO. © Some Agency / A. Photographer', 'caption'],
    ['Photo: Example Agency', 'caption'],
    ['(AP Photo/Jane Roe)', 'caption'],
    ['By Layla Guest', 'byline'],
    ['By C. Todd Lopez , DOD News', 'byline'],
    ['No comments:', 'boilerplate'],
    ['Post a Comment', 'boilerplate'],
    ['Share this article', 'boilerplate'],
    ['READ MORE: Another story about something else entirely, with a long headline', 'boilerplate'],
    ['Talks are over. pic.twitter.com/AbC123 — Example Ministry (@example_mfa) January 14, 2022', 'boilerplate'],
    ['— Example Ministry (@example_mfa) January 14, 2022', 'boilerplate'],
    ['News > Europe > Talks resume', 'breadcrumb'],
    ['Home | World | Europe', 'breadcrumb'],
    ['..', 'junk'],
    ['Saturday, January 15, 2022', 'date'],
    ['Talks resume in Geneva', 'title'],
    ['Why did the talks fail?', 'title'],
    ['Officials met in Geneva on Monday.', 'body'],
    ['“We are ready to talk,” the minister said.', 'body'],
    ['By the end of the day, the talks had failed.', 'body'],
    ['Washington, March 3, 2022 - The company said it would close.', 'body'],
  ])('%j is %s', (line, kind) => {
    expect(classifyLine(line, null, 1)).toBe(kind);
  });

  it('reads a lower-case line right under a title as its continuation, elsewhere as body', () => {
    expect(classifyLine('against possible military action', 'title', 1)).toBe('continuation');
    expect(classifyLine('against possible military action', 'title', 2)).toBe('body');
    expect(classifyLine('against possible military action', 'body', 1)).toBe('body');
  });

  it('keeps offsets of every line and counts blank lines before it', () => {
    const text = 'Title\r\n\r\n\r\n  Body sentence here.  \n## Sub head\n';
    const lines = splitLines(text);
    expect(lines.map((l) => [l.text, l.gap, l.kind, slice(text, l)])).toEqual([
      ['Title', 0, 'title', 'Title'],
      ['Body sentence here.', 2, 'body', 'Body sentence here.'],
      ['Sub head', 0, 'title', '## Sub head'],
    ]);
  });
});

describe('segmentText splits digests into articles', () => {
  it('splits the own-written digest fixture into three articles with headlines, spans and skips', () => {
    const text = fixture('digest.txt');
    const { date, articles } = segmentText(text);
    expect(date).toMatchObject({ ok: true, date: '2022-03-08' });
    expect(articles.map((a) => a.title)).toEqual([
      'Ministers meet in Vienna to revive grain talks',
      'Port strike ends after three weeks',
      'Council vote on the budget delayed until Thursday',
    ]);
    for (const a of articles) {
      expect(slice(text, a.headline!)).toBe(a.title);
      expect(a.span.start).toBe(a.headline!.start);
    }
    expect(slice(text, articles[0]!.span)).toMatch(/^Ministers meet in Vienna[\s\S]*before the end of April\.$/);
    expect(articles[0]!.skip.map((s) => slice(text, s))).toEqual(['By Ana Ortiz', 'FILE PHOTO. Delegates arrive at the conference centre. © Example Photo Agency']);
    expect(slice(text, articles[2]!.span)).toMatch(/council meets on Thursday\.$/);
    expect(slice(text, articles[2]!.span)).not.toContain('Post a Comment');
  });

  it('splits the bundled sample digest into its four articles', () => {
    const text = readFileSync(new URL('../../data/articles/digest-2022-01-15.txt', import.meta.url), 'utf8');
    const { date, articles } = segmentText(text);
    expect(date).toMatchObject({ ok: true, date: '2022-01-15', provenance: { text: 'Saturday, January 15, 2022' } });
    expect(articles).toHaveLength(4);
    expect(articles[0]!.title).toBe('Estonia, Latvia and Lithuania want to increase deterrence against possible Russian military action');
    expect(articles[1]!.title).toBe('Patience with West has come to an end – Moscow');
    expect(articles.every((a, i) => i === 0 || a.span.start > articles[i - 1]!.span.end)).toBe(true);
    expect(articles.flatMap((a) => a.skip.map((s) => slice(text, s))).filter((s) => s.startsWith('FILE PHOTO'))).toHaveLength(4);
  });

  it('keeps a normal article with subheadings at paragraph distance whole', () => {
    const text = fixture('single-with-subheads.txt');
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe('Parliament passes the new water law');
    expect(slice(text, articles[0]!.span)).toMatch(/^Parliament passes[\s\S]*on Tuesday\.$/);
  });

  it('does not split when one side of a wide gap has too little body text', () => {
    const text = 'March 8, 2022\n\nHeadline one\n\nA short first paragraph.\n\n\n\nHeadline two\n\nAnother short paragraph.';
    expect(segmentText(text).articles).toHaveLength(1);
  });

  it('keeps the text one article when asked', () => {
    expect(segmentText(fixture('digest.txt'), { split: false }).articles).toHaveLength(1);
  });

  it('gives each digest part its own date line when it has one', () => {
    const para = 'Officials from both countries met in the capital to discuss the border and agreed to meet again soon, a spokesman said.';
    const text = `March 8, 2022\n\nFirst story headline\n\n${para}\n\n${para}\n\n\n\nMarch 9, 2022\n\nSecond story headline\n\n\n${para}\n\n${para}`;
    const { articles } = segmentText(text);
    expect(articles.map((a) => [a.title, a.date?.ok && a.date.date])).toEqual([
      ['First story headline', '2022-03-08'],
      ['Second story headline', '2022-03-09'],
    ]);
  });

  const para = 'Officials from both countries met in the capital to discuss the border and agreed to meet again soon, a spokesman said.';
  it.each([
    ['a line of asterisks', `March 8, 2022\n\nFirst story headline\n${para}\n${para}\n\n* * *\n\nSecond story headline\n${para}\n${para}`],
    ['a line of dashes', `March 8, 2022\n\nFirst story headline\n\n${para}\n\n${para}\n\n-----\nSecond story headline\n\n${para}\n\n${para}`],
    ['a date line one blank line after the body', `March 8, 2022\n\nFirst story headline\n${para}\n${para}\n\nMarch 8, 2022\n\nSecond story headline\n${para}\n${para}`],
  ])('splits stories separated by %s', (_, text) => {
    expect(segmentText(text).articles.map((a) => a.title)).toEqual(['First story headline', 'Second story headline']);
  });

  it('does not split at a single line set off by two blank lines above body text', () => {
    const text = `March 8, 2022\n\nHeadline\n\n${para}\n\n${para}\n\n\nA subheading or an embedded post\n\n\n${para}\n\n${para}`;
    expect(segmentText(text).articles).toHaveLength(1);
  });

  it('does not split at a separator line when one side has too little body text', () => {
    expect(segmentText(`March 8, 2022\n\nHeadline\n\n${para}\n\n${para}\n\n***\n\nEditor's note\n\nShort.`).articles).toHaveLength(1);
  });

  it('takes a headline that carries the date as the headline, not a line below it', () => {
    const text = `March 7, 2024\n\nDepartment Press Briefing - March 7, 2024\n\nDeputy Spokesperson Jane Roe\n\n${para}`;
    const { date, articles } = segmentText(text);
    expect(date).toMatchObject({ ok: true, date: '2024-03-07', provenance: { text: 'March 7, 2024' } });
    expect(articles[0]).toMatchObject({ title: 'Department Press Briefing - March 7, 2024', skip: [] });
  });

  it('titles an article without a headline line by its first sentence', () => {
    const { articles } = segmentText('2022-03-08\n\nOfficials met on Monday. They talked for hours.');
    expect(articles[0]).toMatchObject({ title: 'Officials met on Monday.' });
    expect(articles[0]!.headline).toBeUndefined();
    expect(titleFromBody('word '.repeat(60)).length).toBeLessThanOrEqual(101);
  });

  it('reads lines without final stops after the headline as body', () => {
    const text = 'March 8, 2022\n\nTalks resume in Geneva\n\nDelegations arrive on Monday\n\nTalks end on Wednesday';
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: 'Talks resume in Geneva', span: { start: 15, end: text.length } });
  });

  it('gives no article for a text without body text', () => {
    expect(segmentText('March 8, 2022\n\nJust a title').articles).toEqual([]);
  });
});
