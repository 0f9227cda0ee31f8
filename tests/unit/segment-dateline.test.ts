import { describe, expect, it } from 'vitest';
import { findPublicationDate, isoWeekday, parseDateValue, readDateLine } from '../../src/extract/segment/dateline.ts';

describe('findPublicationDate reads the common date-line styles', () => {
  const cases: Array<[string, string, string, string?]> = [
    // [first line, date, rule, time]
    ['Saturday, January 15, 2022', '2022-01-15', 'date-line:month-day-year'],
    ['15 Jan 2022', '2022-01-15', 'date-line:day-month-year'],
    ['13 September 2021', '2021-09-13', 'date-line:day-month-year'],
    ['JUNE 28, 2022', '2022-06-28', 'date-line:month-day-year'],
    ['Sunday, April 3, 2022', '2022-04-03', 'date-line:month-day-year'],
    ['2022-01-15', '2022-01-15', 'date-line:iso'],
    ['2022-01-15T18:30:00Z', '2022-01-15', 'date-line:iso-datetime', '18:30'],
    ['2022-01-15T23:10:00-05:00', '2022-01-15', 'date-line:iso-datetime', '23:10'],
    ['24.05.2022', '2022-05-24', 'date-line:numeric-dotted-dmy'],
    ['05.24.2022', '2022-05-24', 'date-line:numeric-dotted-mdy'],
    ['Published on 21/01/2022 at 18:30', '2022-01-21', 'date-line:numeric-dmy', '18:30'],
    ['06/24/2023 – 5:35 pm', '2023-06-24', 'date-line:numeric-mdy', '17:35'],
    ['05/05/2022', '2022-05-05', 'date-line:numeric-dmy'],
    ['Aug. 1, 2023 | By C. Todd Lopez , DOD News', '2023-08-01', 'date-line:month-day-year'],
    ['Sept. 5, 2023', '2023-09-05', 'date-line:month-day-year'],
    ['*Mar. 2, 2023 | By Ann Other, our correspondent*', '2023-03-02', 'date-line:month-day-year'],
    ['_Published 2 March 2023_', '2023-03-02', 'date-line:day-month-year'],
    ['Updated: Sept. 5, 2023 8:02 a.m. ET', '2023-09-05', 'date-line:month-day-year', '08:02'],
    ['Tue 24 May 2022', '2022-05-24', 'date-line:day-month-year'],
    ['1st of March, 2022', '2022-03-01', 'date-line:day-month-year'],
    ['BRUSSELS, 15 January 2022', '2022-01-15', 'date-line:day-month-year:prefixed'],
    ['Posted 29 February 2024', '2024-02-29', 'date-line:day-month-year'],
    ['Washington, D.C. — March 3, 2022', '2022-03-03', 'date-line:month-day-year:prefixed'],
    ['MARCH 3, 2022 • PRESS RELEASE', '2022-03-03', 'date-line:month-day-year'],
    ['Updated 10:15 AM EST, Thu March 3, 2022', '2022-03-03', 'date-line:month-day-year', '10:15'],
    ['Posted: 2022-03-03 10:15:00', '2022-03-03', 'date-line:iso-datetime', '10:15'],
    ['Last Updated : 03 Mar 2022, 10:15 IST', '2022-03-03', 'date-line:day-month-year', '10:15'],
    ['Posted on March 3rd, 2022 by admin', '2022-03-03', 'date-line:month-day-year'],
    ['10-Jan-2022', '2022-01-10', 'date-line:day-month-year'],
    ['2022.01.15', '2022-01-15', 'date-line:iso'],
    ['For Immediate Release: January 10, 2022', '2022-01-10', 'date-line:month-day-year'],
    ['Readout | January 10, 2022', '2022-01-10', 'date-line:month-day-year:prefixed'],
    ['By Jane Doe | January 10, 2022', '2022-01-10', 'date-line:month-day-year:prefixed'],
    ['Posted by Jane Doe on January 10, 2022', '2022-01-10', 'date-line:month-day-year:prefixed'],
    ['WASHINGTON, DC – January 10, 2022', '2022-01-10', 'date-line:month-day-year:prefixed'],
    ['Sat 15 Jan 2022 18.30 GMT', '2022-01-15', 'date-line:day-month-year', '18:30'],
    ['Last modified on Sat 15 Jan 2022 19.02 GMT', '2022-01-15', 'date-line:day-month-year', '19:02'],
    ['Mon, 10 Jan 2022 14:05:00 GMT', '2022-01-10', 'date-line:day-month-year', '14:05'],
    ["Press release 10.1.2022 14.05 | Prime Minister's Office", '2022-01-10', 'date-line:numeric-dotted-dmy', '14:05'],
    ['January 10, 2022 9:30 a.m. EST | Office of the Spokesperson', '2022-01-10', 'date-line:month-day-year', '09:30'],
    ['*Published 11 May 2025, 14:30 IST · New Delhi / Islamabad*', '2025-05-11', 'date-line:day-month-year', '14:30'],
    ['*Published 29 September 2025* | By the Middle East desk', '2025-09-29', 'date-line:day-month-year'],
    ['_29 September 2025_ · Jane Doe', '2025-09-29', 'date-line:day-month-year'],
    ['Press Release No. 123/2025 | 29 September 2025', '2025-09-29', 'date-line:day-month-year:prefixed'],
    ['Published 14/08/2024 19h05', '2024-08-14', 'date-line:numeric-dmy', '19:05'],
    // A long publisher after a bar is still a label, not a sentence.
    ['12 February 2025 | Press service of the Ministry of Foreign Affairs of the Republic of Ruritania', '2025-02-12', 'date-line:day-month-year'],
  ];
  it.each(cases)('%s -> %s (%s)', (line, date, rule, time) => {
    const result = findPublicationDate(`${line}\n\nA headline\n\nBody text of the article, long enough to be a paragraph.`);
    expect(result).toMatchObject({ ok: true, date, provenance: { rule, text: line, start: 0, end: line.length } });
    if (result.ok) expect(result.time).toBe(time);
  });

  it('gives offsets of the date line inside the text, after a headline and a byline', () => {
    const text = 'Talks resume in Geneva\n\nBy A. Writer\n  15 Jan 2022  \n\nDiplomats met on Friday.';
    const result = findPublicationDate(text);
    expect(result.ok && result.provenance).toEqual({ rule: 'date-line:day-month-year', text: '15 Jan 2022', start: 39, end: 50 });
    if (result.ok) expect(text.slice(result.provenance.start, result.provenance.end)).toBe('15 Jan 2022');
  });

  it('reads a dateline that opens the first sentence when it has a year', () => {
    const result = findPublicationDate('Headline here\n\nKYIV, Ukraine, March 3, 2022 (AP) — Officials said on Thursday that ...');
    expect(result).toMatchObject({ ok: true, date: '2022-03-03', provenance: { rule: 'first-sentence-dateline', text: 'KYIV, Ukraine, March 3, 2022 (AP) —', start: 15 } });
  });

  it.each([
    ['WASHINGTON, March 3, 2022 /PRNewswire/ -- The company said ...', '2022-03-03'],
    ['GENEVA (15 January 2022) – The High Commissioner said ...', '2022-01-15'],
    ['BEIJING, Jan. 15, 2022 (Xinhua) -- Officials said ...', '2022-01-15'],
    ['Washington, March 3, 2022 - The company said it would close.', '2022-03-03'],
  ])('reads the first-sentence dateline of %j', (line, date) => {
    expect(findPublicationDate(line)).toMatchObject({ ok: true, date, provenance: { rule: 'first-sentence-dateline' } });
  });

  it.each([
    ['MOSCOW, January 15. /TASS/. Russia said ...', 'MOSCOW, January 15. /TASS/.'],
    ['BEIJING, Jan. 15 (Xinhua) -- Officials said ...', 'BEIJING, Jan. 15 (Xinhua) --'],
    // The dateline on a line of its own, the story below it.
    ['KINGSTON, Oct 16 (Example Wire) -\n\nJamaica said on Wednesday ...', 'KINGSTON, Oct 16 (Example Wire) -'],
  ])('asks for the year of the first-sentence dateline of %j', (line, text) => {
    expect(findPublicationDate(line)).toMatchObject({ ok: false, reason: 'no-year', provenance: { text } });
  });

  it('finds a date line printed under the article when there is none at the top', () => {
    const body = Array.from({ length: 14 }, (_, i) => `Paragraph ${i} of the article.`).join('\n\n');
    const text = `Talks resume\n\n${body}\n\nPublished 3 March 2022\n`;
    const result = findPublicationDate(text);
    expect(result).toMatchObject({ ok: true, date: '2022-03-03', provenance: { rule: 'date-line:day-month-year:end', text: 'Published 3 March 2022', start: text.indexOf('Published') } });
  });

  it('says so when the first-sentence dateline has no year', () => {
    const result = findPublicationDate('WASHINGTON, Jan. 5 (Reuters) - The United States said on Wednesday ...');
    expect(result).toMatchObject({ ok: false, reason: 'no-year', provenance: { text: 'WASHINGTON, Jan. 5 (Reuters) -' } });
    expect(!result.ok && result.message).toContain('January 5 without a year');
  });

  it('reports a numeric date that reads both ways as ambiguous, naming both readings', () => {
    const result = findPublicationDate('05/06/2022\n\nHeadline');
    expect(result).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(!result.ok && result.message).toBe('the date line "05/06/2022" can be 5 June 2022 or 6 May 2022');
  });

  it.each([
    ['Friday, January 15, 2022', 'the date line names a Friday, but 15 January 2022 is a Saturday; the date is used'],
    ['Saturday, January 15, 2022', undefined],
    ['Mon 29 February 2016', undefined],
    ['Wed 24 May 2022', 'the date line names a Wednesday, but 24 May 2022 is a Tuesday; the date is used'],
  ])('checks the weekday of %j', (line, warning) => {
    const result = findPublicationDate(line);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.warning).toBe(warning);
  });

  it.each([
    ['2022-01-15', 6],
    ['2022-01-10', 1],
    ['2000-02-29', 2],
    ['2023-08-01', 2],
    ['1999-12-31', 5],
    ['2024-03-03', 7],
  ])('isoWeekday(%s) = %d', (day, weekday) => expect(isoWeekday(day)).toBe(weekday));

  it.each([
    ['Monday 11/03/2024', '2024-03-11', 'date-line:numeric-dmy-by-weekday'],
    ['Sunday, 11/03/2024', '2024-11-03', 'date-line:numeric-mdy-by-weekday'],
  ])('decides the ambiguous %j by its weekday', (line, date, rule) => {
    expect(findPublicationDate(line)).toMatchObject({ ok: true, date, provenance: { rule } });
  });

  it('keeps a date ambiguous when the weekday fits neither or both readings', () => {
    expect(findPublicationDate('Friday 11/03/2024')).toMatchObject({ ok: false, reason: 'ambiguous' });
  });

  it('reports an impossible calendar date as invalid', () => {
    expect(findPublicationDate('31/02/2022\n\nHeadline')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(findPublicationDate('February 30, 2022\n\nHeadline')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('prefers a later good date line to an earlier ambiguous one', () => {
    expect(findPublicationDate('05/06/2022\n\nHeadline\n\nMay 6, 2022')).toMatchObject({ ok: true, date: '2022-05-06' });
  });

  const negatives = [
    '100,000 troops',
    '30 allies',
    '24 hours',
    'On January 5, 2022 the ministers met in Geneva.',
    'Version 2.10.3 released',
    'Call 555-123-4567 for details',
    '2:10 P.M. CEST',
    'WASHINGTON - U.S. President Joe Biden will host a summit',
    'The score was 3-1 in 2022',
    'Elections 2022: what to expect',
    'March 2022',
    '12/2022',
    'Jan 5 - the list of items begins here',
    'On Monday, March 3 - the talks begin',
    'The ministers met on January 10, 2022',
    'Officials said on 10-Jan-2022 that talks would go on.',
    '1.2.2022.3',
  ];
  it.each(negatives)('finds no publication date in %j', (line) => {
    expect(findPublicationDate(`${line}\n\nSome body text follows here.`)).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('only looks at the first lines', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Line ${i} of text.`).join('\n');
    expect(findPublicationDate(`${filler}\nJanuary 15, 2022\n${filler}`).ok).toBe(false);
    expect(findPublicationDate(`${filler}\nJanuary 15, 2022\n${filler}`, { maxLines: 13 }).ok).toBe(true);
  });
});

describe('readDateLine tells date lines from sentences', () => {
  it.each([
    ['Saturday, January 15, 2022', true],
    ['Published: 2022-01-15 | Updated: 2022-01-16', true],
    ['Geneva talks: January 15, 2022 was the day', false],
    ['Washington, March 3, 2022 - The company said it would close.', false],
    ['March 3, 2022 | By Jane Doe and John Roe, Example Wire Service', true],
    ['Russia and the US met on January 10, 2022 in Geneva', false],
  ])('%j -> %s', (line, isDateLine) => {
    expect(Boolean(readDateLine(line)?.date)).toBe(isDateLine);
  });
});

describe('readDateLine finds a headline that carries its date', () => {
  it.each([
    ['Department Press Briefing - March 7, 2024', 'Department Press Briefing'],
    ['Weekly Security Digest | 8 March 2022', 'Weekly Security Digest'],
    ['Washington, D.C. — March 3, 2022', undefined],
    ['By Jane Doe | January 10, 2022', undefined],
    ['Readout | January 10, 2022', undefined],
    ['March 7, 2024', undefined],
  ])('%j has the label %j', (line, label) => {
    expect(readDateLine(line)?.label).toBe(label);
  });
});

describe('parseDateValue reads a date given on its own', () => {
  it.each([
    ['2022-01-15', '2022-01-15'],
    ['2022-01-15T10:00:00+02:00', '2022-01-15'],
    ['15 January 2022', '2022-01-15'],
    ['Jan 15, 2022 10:00 AM', '2022-01-15'],
    ['2022-01-10 09:00:00 +0100', '2022-01-10'],
    ['15 January 2022 10:00 UTC+3', '2022-01-15'],
  ])('%s -> %s', (value, date) => {
    expect(parseDateValue(value)).toMatchObject({ ok: true, date });
  });
  it.each(['yesterday', '2022-13-01', '15/01', '', '03/04/2022'])('rejects %j', (value) => {
    expect(parseDateValue(value).ok).toBe(false);
  });
});

describe('a date line of no known style', () => {
  it('is read loosely from a short metadata line among the first lines, with a warning', () => {
    const r = findPublicationDate('Published 14/08/2024 at 7pm local time by the Press Office of the Presidency\n\nA headline\n\nBody text of the article.');
    expect(r).toMatchObject({ ok: true, date: '2024-08-14', provenance: { rule: 'date-line:numeric-dmy:loose' } });
    expect(r.ok && r.warning).toMatch(/loosely/);
  });

  it('never from a headline or a sentence', () => {
    expect(findPublicationDate('Ministers meet on January 10, 2022 in Geneva\n\nBody text of the article.').ok).toBe(false);
    expect(findPublicationDate('The ministers met on January 10, 2022, officials said.\n\nBody text.').ok).toBe(false);
  });
});
