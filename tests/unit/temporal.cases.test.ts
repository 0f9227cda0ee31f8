/**
 * Issue 3's list, one table per kind of expression, at fixed reference dates. Each case checks the matched
 * text (and so its offsets), the TIMEX3 type and value; negative cases check that nothing is tagged.
 */
import { describe, expect, it } from 'vitest';
import { COMPILED, RULES, intervalOf, tagTimexes, tagWith } from '../../src/extract/temporal/index.ts';
import { compile } from '../../src/extract/temporal/scan.ts';

const SAT = '2022-01-15'; // a Saturday
type Case = [text: string, phrase: string, type: string, value: string];

function check(dct: string) {
  return (...[text, phrase, type, value]: Case) => {
    const ts = tagTimexes(text, dct);
    const t = ts.find((x) => x.text === phrase);
    expect(t, `${phrase} in ${JSON.stringify(text)} -> ${JSON.stringify(ts.map((x) => x.text))}`).toBeDefined();
    expect(text.slice(t!.start, t!.end)).toBe(phrase);
    expect([t!.type, t!.value]).toEqual([type, value]);
  };
}

describe('absolute and partial dates', () => {
  it.each<Case>([
    ['Signed on January 15, 2022 in Paris.', 'January 15, 2022', 'DATE', '2022-01-15'],
    ['Signed on Saturday, January 15, 2022.', 'Saturday, January 15, 2022', 'DATE', '2022-01-15'],
    ['Signed 15 Jan. 2022.', '15 Jan. 2022', 'DATE', '2022-01-15'],
    ['Signed on the 15th of January 2022.', 'the 15th of January 2022', 'DATE', '2022-01-15'],
    ['Dated 2022-01-15.', '2022-01-15', 'DATE', '2022-01-15'],
    ['Published on 21/01/2022 at 18:30.', '21/01/2022', 'DATE', '2022-01-21'],
    ['Posted 06/24/2023 – 5:35 pm.', '06/24/2023', 'DATE', '2023-06-24'],
    ['Posted 24.05.2022.', '24.05.2022', 'DATE', '2022-05-24'],
    ['Prices peaked in March 2021.', 'March 2021', 'DATE', '2021-03'],
    ['It was popular in the 1990s.', '1990s', 'DATE', '199'],
    ["It was popular in the '80s.", "'80s", 'DATE', '198'],
    ['The plant opens mid-2014.', 'mid-2014', 'DATE', '2014'],
    ['Profit rose in Q3.', 'Q3', 'DATE', '2021-Q3'],
    ['Revenue in the third quarter of 2021 rose.', 'the third quarter of 2021', 'DATE', '2021-Q3'],
    ['Earnings in fiscal 1998 fell.', 'fiscal 1998', 'DATE', '1998'],
    ['We met in the summer of 2019.', 'the summer of 2019', 'DATE', '2019-SU'],
    ['The 1998-99 season was long.', '1998-99', 'DATE', '1998'],
    ['It happened in nineteen ninety-six.', 'nineteen ninety-six', 'DATE', '1996'],
    ['Sales fell in the first half of 2021.', 'the first half of 2021', 'DATE', '2021-H1'],
    ['The 20th century ended.', 'The 20th century', 'DATE', '19'],
  ])('%s', check(SAT));

  it('reads ambiguous numeric dates day first when another date in the text needs it', () => {
    const ts = tagTimexes('Filed 21/01/2022, amended 03/02/2022.', SAT);
    expect(ts.map((t) => t.value)).toEqual(['2022-01-21', '2022-02-03']);
    expect(tagTimexes('Filed 03/02/2022.', SAT)[0]?.value).toBe('2022-03-02');
    expect(tagTimexes('Filed 03/02/2022.', SAT, { dayFirst: true })[0]?.value).toBe('2022-02-03');
  });
});

describe('relative dates with tense', () => {
  it.each<Case>([
    ['The minister said on Wednesday that', 'Wednesday', 'DATE', '2022-01-12'],
    ['They will meet on Monday.', 'Monday', 'DATE', '2022-01-17'],
    ['He is scheduled to speak Friday.', 'Friday', 'DATE', '2022-01-21'],
    ['He spoke on Saturday.', 'Saturday', 'DATE', '2022-01-15'],
    ['Until Thursday, they had not named him.', 'Thursday', 'DATE', '2022-01-13'],
    ['Bombs exploded next to the embassy on Friday.', 'Friday', 'DATE', '2022-01-14'],
    ['They would look for ways around Wednesday\'s ruling.', 'Wednesday', 'DATE', '2022-01-12'],
    ['The talks will resume after Monday\'s holiday.', 'Monday', 'DATE', '2022-01-17'],
    ['A service planned for Thursday was cancelled.', 'Thursday', 'DATE', '2022-01-13'],
    ['The offer stands until Tuesday.', 'Tuesday', 'DATE', '2022-01-18'],
    ['The vote is set for this Friday.', 'this Friday', 'DATE', '2022-01-21'],
    ['He met them last Tuesday.', 'last Tuesday', 'DATE', '2022-01-11'],
    ['They meet next Tuesday.', 'next Tuesday', 'DATE', '2022-01-18'],
    // A weekday with its week: that day of the week named, not the nearest one.
    ['The commission met on Tuesday last week.', 'Tuesday last week', 'DATE', '2022-01-04'],
    ['They will meet on Friday next week.', 'Friday next week', 'DATE', '2022-01-21'],
    ['The commission met on Monday and Tuesday last week.', 'Monday', 'DATE', '2022-01-03'],
    ['Results came out today.', 'today', 'DATE', '2022-01-15'],
    ['He speaks tonight.', 'tonight', 'TIME', '2022-01-15TNI'],
    ['He spoke yesterday.', 'yesterday', 'DATE', '2022-01-14'],
    ['He speaks tomorrow.', 'tomorrow', 'DATE', '2022-01-16'],
    ['It rained last night.', 'last night', 'TIME', '2022-01-14TNI'],
    ['Talks were held this week.', 'this week', 'DATE', '2022-W02'],
    ['Talks were held last week.', 'last week', 'DATE', '2022-W01'],
    ['Talks resume next week.', 'next week', 'DATE', '2022-W03'],
    ['Prices rose last month.', 'last month', 'DATE', '2021-12'],
    ['Prices will rise next month.', 'next month', 'DATE', '2022-02'],
    ['Growth slowed last year.', 'last year', 'DATE', '2021'],
    ['Growth will pick up next year.', 'next year', 'DATE', '2023'],
    ['Sales fell last quarter.', 'last quarter', 'DATE', '2021-Q4'],
    ['Prices rose earlier this month.', 'earlier this month', 'DATE', '2022-01'],
    ['He will decide later this year.', 'later this year', 'DATE', '2022'],
    ['Two weeks ago the talks stalled.', 'Two weeks ago', 'DATE', '2021-W52'],
    ['A year ago, prices were lower.', 'A year ago', 'DATE', '2021'],
    ['In December he resigned; he had come to power 41 years ago.', '41 years ago', 'DATE', '1981'],
    ['Troops left over the weekend.', 'the weekend', 'DATE', '2022-W01-WE'],
    ['The summit was held on January 10.', 'January 10', 'DATE', '2022-01-10'],
    ['The summit will be held in March.', 'March', 'DATE', '2022-03'],
    ['The offensive began in March.', 'March', 'DATE', '2021-03'],
    ['They met last April.', 'last April', 'DATE', '2021-04'],
    ['The firm agreed to buy the unit in June.', 'June', 'DATE', '2022-06'],
    ['It will be paid on a still unspecified date in March.', 'March', 'DATE', '2022-03'],
    ['The report came out in December.', 'December', 'DATE', '2021-12'],
    ['Turkeys are eaten on Thanksgiving Day.', 'Thanksgiving Day', 'DATE', '2021-11-25'],
  ])('%s', check(SAT));

  it('anchors news-style anaphora to the previous date in the text', () => {
    const text = 'Talks opened on March 3. The following day they broke down; three days later they resumed. A month later, a deal was signed.';
    const ts = tagTimexes(text, '2022-06-28');
    expect(ts.map((t) => [t.text, t.value, t.anchor])).toEqual([
      ['March 3', '2022-03-03', 'dct'],
      ['The following day', '2022-03-04', 'text'],
      ['three days later', '2022-03-07', 'text'],
      ['A month later', '2022-04', 'text'],
    ]);
  });

  it('compares earnings with the quarter being reported', () => {
    const text = 'Net income rose in the third quarter to $5 million from $4 million a year earlier. Sales in the ' +
      'quarter ended Sept. 30 rose 9%. In the year-ago quarter, the company lost money; the 1988 quarter was weak.';
    const ts = tagTimexes(text, '1989-10-26');
    expect(ts.map((t) => [t.text, t.value])).toEqual([
      ['the third quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
      ['the quarter', '1989-Q3'],
      ['Sept. 30', '1989-09-30'],
      ['the year-ago quarter', '1988-Q3'],
      ['the 1988 quarter', '1988-Q3'],
    ]);
  });

  it('resolves anaphora against the publication date when told not to anchor to the text', () => {
    const ts = tagTimexes('Talks opened on March 3. The following day they broke down.', '2022-06-28', { anchorToText: false });
    expect(ts.map((t) => t.text)).toEqual(['March 3']);
  });

  it('records the rule, the tense and the anchor of each value', () => {
    const [t] = tagTimexes('The minister said on Wednesday that', SAT);
    expect(t).toMatchObject({ rule: 'weekday:past', tense: 'past', anchor: 'dct' });
    const [u] = tagTimexes('They will meet on Monday.', SAT);
    expect(u).toMatchObject({ rule: 'weekday:future', tense: 'future' });
    const [v] = tagTimexes('Signed on January 15, 2022.', SAT);
    expect(v).toMatchObject({ rule: 'month-day-year', anchor: 'none' });
  });

  it.each([
    ['Earlier this week, officials met.', { start: '2022-01-10', end: '2022-01-15', granularity: 'week' }],
    ['Officials will meet again this week.', { start: '2022-01-15', end: '2022-01-16', granularity: 'week' }],
    ['Prices rose earlier this month.', { start: '2022-01-01', end: '2022-01-15', granularity: 'month' }],
    ['Troops left over the weekend.', { start: '2022-01-08', end: '2022-01-09', granularity: 'day' }],
    ['Explosions were heard overnight.', { start: '2022-01-14', end: '2022-01-15', granularity: 'day' }],
    ['He will travel from July 9-13.', { start: '2022-07-09', end: '2022-07-13', granularity: 'day' }],
    ['The summit will run 9–11 July.', { start: '2022-07-09', end: '2022-07-11', granularity: 'day' }],
    ['Last month, Moscow handed over two drafts.', { start: '2021-12-01', end: '2021-12-31', granularity: 'month' }],
  ])('%s has the interval the words state', (text, interval) => {
    expect(intervalOf(tagTimexes(text, SAT)[0]!)).toEqual(interval);
  });
});

describe('times of day', () => {
  it.each<Case>([
    ['The plane landed at 5:35 pm.', '5:35 pm', 'TIME', '2022-01-15T17:35'],
    ['The blast came at 10:35 a.m. (0735 GMT).', '10:35 a.m.', 'TIME', '2022-01-15T10:35'],
    ['The deadline is 5 p.m. EST Jan. 20.', '5 p.m. EST Jan. 20', 'TIME', '2022-01-20T17:00'],
    ['Polls close at 20:00 GMT.', '20:00 GMT', 'TIME', '2022-01-15T20:00'],
    ['They met at noon.', 'noon', 'TIME', '2022-01-15T12:00'],
    ['Shelling was heard overnight.', 'overnight', 'TIME', '2022-01-14TNI'],
    ['The minister spoke this morning.', 'this morning', 'TIME', '2022-01-15TMO'],
    ['Shelling resumed late Tuesday.', 'Tuesday', 'DATE', '2022-01-11'],
    ['The last troops left early Friday morning.', 'Friday morning', 'DATE', '2022-01-14TMO'],
  ])('%s', check(SAT));
});

describe('durations, sets and vague references', () => {
  it.each<Case>([
    ['The strike lasted 24 hours.', '24 hours', 'DURATION', 'PT24H'],
    ['They have been waiting for weeks.', 'weeks', 'DURATION', 'PXW'],
    ['It took a decade.', 'a decade', 'DURATION', 'P10Y'],
    ['It took 2 1/2 years.', '2 1/2 years', 'DURATION', 'P2Y6M'],
    ['Sales rose in the past two months.', 'the past two months', 'DURATION', 'P2M'],
    ['The talks lasted nearly two years.', 'nearly two years', 'DURATION', 'P2Y'],
    ['The talks lasted about two years.', 'two years', 'DURATION', 'P2Y'],
    ['A weeklong trip ended.', 'weeklong', 'DURATION', 'P1W'],
    ['Prices doubled over the past decade.', 'the past decade', 'DURATION', 'P10Y'],
    ['The index is published weekly.', 'weekly', 'SET', 'P1W'],
    ['The council meets each Monday.', 'each Monday', 'SET', 'XXXX-WXX-1'],
    ['Warnings appeared every year since 2015.', 'every year', 'SET', 'P1Y'],
    ['It costs $5 million a year.', 'a year', 'SET', 'P1Y'],
    ['He is now in Geneva.', 'now', 'DATE', 'PRESENT_REF'],
    ['Tensions rose recently.', 'recently', 'DATE', 'PAST_REF'],
    ['Worries have risen in recent months.', 'recent months', 'DATE', 'PAST_REF'],
    ['That was true in the past.', 'the past', 'DATE', 'PAST_REF'],
    ['Under current rules it is allowed.', 'current', 'DATE', 'PRESENT_REF'],
  ])('%s', check(SAT));
});

describe('what is not a time', () => {
  it.each([
    'Moscow placed around 100,000 troops on the border.',
    'Only Ukraine and 30 allies can decide.',
    'Under Article 5 of the treaty, allies respond.',
    'The G7 and the G20 met.',
    'COVID-19 cases rose.',
    'Theresa May spoke to reporters.',
    'Officials may decide later.',
    'May I ask a question?',
    'The March on Washington drew crowds.',
    'Protesters march on the capital.',
    'He sat down. They will sun themselves.',
    'Call 555-1234 or +44 20 7946 0958.',
    'Chelsea won 3-1; the ratio was 2:1.',
    'Install version 2.10.3 or 10.4.',
    'The company sold 2000 cars and 1500 trucks.',
    'Shares rose 12.5% to $2015.',
    'He is a 44-year-old teacher.',
    'It fell by a quarter of its value.',
    'Its quarterly dividend rose.',
    'Previously announced cuts go ahead.',
    'Prices fall when supply rises.',
  ])('%s', (text) => {
    expect(tagTimexes(text, SAT).map((t) => t.text)).toEqual([]);
  });
});

describe('the head-word prefilter', () => {
  it('finds exactly what an exhaustive scan finds', () => {
    const exhaustive = { ...compile(RULES, []), heads: /[A-Za-z0-9']+/g };
    const text = [
      'Saturday, January 15, 2022. Earlier this week, officials met in Geneva; on Wednesday NATO met Russia.',
      'In nineteen ninety-one he left. At least the past 18 months were hard; each of the past three years too.',
      'The deal closes around year end, or the beginning of 2023, at 5 p.m. EST Nov. 9, or Thanksgiving Day.',
      'The 1998-99 season, the late 1980s, mid-2014, fiscal 1998, Q3 2021 and the year-ago quarter.',
    ].join('\n');
    expect(tagWith(COMPILED, text, SAT)).toEqual(tagWith(exhaustive, text, SAT));
  });
});

describe('pathological input', () => {
  it.each(['May ', '1 ', 'the past ', 'a a a ', '12/', 'last ', 'Monday, ', '10:30 ', 'early ', 'the ', '1999 ', 'nineteen ', 'Jan. 5 at 5 p.m. ET on ', 'the first half of '])(
    'returns on 50,000 repetitions of %j',
    (unit) => {
      expect(Array.isArray(tagTimexes(unit.repeat(50_000), SAT))).toBe(true);
    },
  );
});
