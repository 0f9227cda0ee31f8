import { describe, expect, it } from 'vitest';
import { intervalOf, tagTimexes, timexInterval } from '../../src/extract/temporal/index.ts';

/** Tag `text` at `dct` and return the single timex whose text is `phrase`. */
function only(text: string, dct: string, phrase: string) {
  const hits = tagTimexes(text, dct).filter((t) => t.text === phrase);
  expect(hits, `${phrase} in ${JSON.stringify(text)}`).toHaveLength(1);
  const t = hits[0]!;
  expect(text.slice(t.start, t.end)).toBe(phrase);
  return t;
}

// The sample digest is dated Saturday 2022-01-15.
const P = '2022-01-15';

describe('tagTimexes at Sat 2022-01-15 (the sample digest)', () => {
  it.each([
    ['the Prime Minister of Estonia revealed on Wednesday.', 'Wednesday', 'DATE', '2022-01-12'],
    ['a senior White House official claimed on Thursday.', 'Thursday', 'DATE', '2022-01-13'],
    ["brought up at Thursday's White House press briefing.", 'Thursday', 'DATE', '2022-01-13'],
    ['Speaking at a press conference on Friday, he said', 'Friday', 'DATE', '2022-01-14'],
    ['Earlier this week, the minister met his counterpart.', 'Earlier this week', 'DATE', '2022-W02'],
    ['Last month, Moscow handed over two draft treaties.', 'Last month', 'DATE', '2021-12'],
    ['NATO boosted its presence in 2014, following the crisis.', '2014', 'DATE', '2014'],
    ['information will be published over the next 24 hours.', 'the next 24 hours', 'DURATION', 'PT24H'],
    ['It was agreed 24 hours before the vote.', '24 hours', 'DURATION', 'PT24H'],
    ['He arrived today.', 'today', 'DATE', '2022-01-15'],
    ['He arrived yesterday.', 'yesterday', 'DATE', '2022-01-14'],
    ['He will arrive tomorrow.', 'tomorrow', 'DATE', '2022-01-16'],
    ['Talks were held last week.', 'last week', 'DATE', '2022-W01'],
    ['Talks will be held next week.', 'next week', 'DATE', '2022-W03'],
    ['Talks will be held next month.', 'next month', 'DATE', '2022-02'],
    ['Prices rose earlier this month.', 'earlier this month', 'DATE', '2022-01'],
    ['The summit was held in December.', 'December', 'DATE', '2021-12'],
    ['The summit will be held in February.', 'February', 'DATE', '2022-02'],
    ['Growth slowed last year.', 'last year', 'DATE', '2021'],
    ['The leaders will meet on May 15.', 'May 15', 'DATE', '2022-05-15'],
    ['The leaders met on May 15.', 'May 15', 'DATE', '2021-05-15'],
    ['The leaders met on January 10.', 'January 10', 'DATE', '2022-01-10'],
    ['The assembly will open on September 24.', 'September 24', 'DATE', '2022-09-24'],
    ['He will travel from July 9-13.', 'July 9-13', 'DATE', '2022-07-09'],
    ['The ceasefire collapsed in February.', 'February', 'DATE', '2021-02'],
    ['He is scheduled to speak Friday.', 'Friday', 'DATE', '2022-01-21'],
    ['They will meet on Monday.', 'Monday', 'DATE', '2022-01-17'],
    ['The report appeared on January 15, 2022.', 'January 15, 2022', 'DATE', '2022-01-15'],
    ['The report appeared on 15 Jan. 2022.', '15 Jan. 2022', 'DATE', '2022-01-15'],
    ['The report appeared on 2022-01-15.', '2022-01-15', 'DATE', '2022-01-15'],
    ['Published on 21/01/2022 at noon.', '21/01/2022', 'DATE', '2022-01-21'],
    ['Posted 06/24/2023.', '06/24/2023', 'DATE', '2023-06-24'],
    ['Sales peaked in March 2021.', 'March 2021', 'DATE', '2021-03'],
    ['Inflation was high in the 1990s.', '1990s', 'DATE', '199'],
    ['The deal expires mid-2014.', 'mid-2014', 'DATE', '2014'],
    ['Profit fell in Q3 2021.', 'Q3 2021', 'DATE', '2021-Q3'],
    ['Earnings in fiscal 1998 rose.', 'fiscal 1998', 'DATE', '1998'],
    ['We met in the summer of 2019.', 'the summer of 2019', 'DATE', '2019-SU'],
    ['At 5:35 pm the plane landed.', '5:35 pm', 'TIME', '2022-01-15T17:35'],
    ['They met at noon.', 'noon', 'TIME', '2022-01-15T12:00'],
    ['Explosions were heard overnight.', 'overnight', 'TIME', '2022-01-14TNI'],
    ['The minister spoke this morning.', 'this morning', 'TIME', '2022-01-15TMO'],
    ['Shelling resumed late Tuesday.', 'Tuesday', 'DATE', '2022-01-11'],
    ['They have been waiting for weeks.', 'weeks', 'DURATION', 'PXW'],
    ['It took a decade.', 'a decade', 'DURATION', 'P10Y'],
    ['The report is published weekly.', 'weekly', 'SET', 'P1W'],
    ['The council meets each Monday.', 'each Monday', 'SET', 'XXXX-WXX-1'],
    ['Warnings have appeared every year since 2015.', 'every year', 'SET', 'P1Y'],
    ['He is now in Geneva.', 'now', 'DATE', 'PRESENT_REF'],
    ['Tensions rose recently.', 'recently', 'DATE', 'PAST_REF'],
    ['Worries have risen in recent months.', 'recent months', 'DATE', 'PAST_REF'],
    ['Two weeks ago the talks stalled.', 'Two weeks ago', 'DATE', '2021-W52'],
    ['Troops left over the weekend.', 'the weekend', 'DATE', '2022-W01-WE'],
  ])('%s -> %s', (text, phrase, type, value) => {
    const t = only(text, P, phrase);
    expect([t.type, t.value]).toEqual([type, value]);
    expect(t.rule).toBeTruthy();
  });

  it('anchors "the following day" and "a month later" to the previous date in the text', () => {
    const ts = tagTimexes('The invasion began on February 24. Talks opened the following day. A month later, they failed.', '2022-06-28');
    expect(ts.map((t) => [t.text, t.value, t.anchor])).toEqual([
      ['February 24', '2022-02-24', 'dct'],
      ['the following day', '2022-02-25', 'text'],
      ['A month later', '2022-03', 'text'],
    ]);
  });

  it('gives "earlier this week" the interval Monday .. publication day', () => {
    const t = only('Earlier this week, officials met.', P, 'Earlier this week');
    expect(intervalOf(t)).toEqual({ start: '2022-01-10', end: '2022-01-15', granularity: 'week' });
  });

  it('gives "July 9-13" a day interval', () => {
    const t = only('He will travel from July 9-13.', P, 'July 9-13');
    expect(intervalOf(t)).toEqual({ start: '2022-07-09', end: '2022-07-13', granularity: 'day' });
  });
});

describe('tagTimexes: what is not a time', () => {
  it.each([
    'Moscow placed around 100,000 troops on the border.',
    'Only Ukraine and 30 allies can decide.',
    'Under Article 5 of the treaty, allies respond.',
    'The G7 leaders issued a statement.',
    'COVID-19 cases rose.',
    'Theresa May spoke to reporters.',
    'Officials may decide later.',
    'The March on Washington drew crowds.',
    'He sat down and waited.',
    'Call 555-1234 or 020 7946 0958 for details.',
    'Chelsea won 3-1 and the score was 2:1 at half time.',
    'Install version 2.10.3 of the package.',
    'The company sold 2000 cars.',
  ])('%s', (text) => {
    expect(tagTimexes(text, P)).toEqual([]);
  });
});

describe('timexInterval', () => {
  it.each([
    ['2022-01-12', undefined, '2022-01-12', '2022-01-12', 'day'],
    ['2022-W02', undefined, '2022-01-10', '2022-01-16', 'week'],
    ['2021-12', undefined, '2021-12-01', '2021-12-31', 'month'],
    ['2022-Q1', undefined, '2022-01-01', '2022-03-31', 'quarter'],
    ['2022-SU', undefined, '2022-06-01', '2022-08-31', 'season'],
    ['2022-WI', undefined, '2021-12-01', '2022-02-28', 'season'],
    ['2014', undefined, '2014-01-01', '2014-12-31', 'year'],
    ['201', undefined, '2010-01-01', '2019-12-31', 'decade'],
    ['19', undefined, '1900-01-01', '1999-12-31', 'century'],
    ['2022-01-12T17:35', undefined, '2022-01-12', '2022-01-12', 'day'],
    ['2022-W01-WE', undefined, '2022-01-08', '2022-01-09', 'day'],
  ])('%s (%s) -> %s..%s %s', (value, mod, start, end, granularity) => {
    expect(timexInterval(value, mod)).toEqual({ start, end, granularity });
  });

  it.each(['P1D', 'PT24H', 'PRESENT_REF', 'XXXX', 'garbage'])('%s has no interval', (value) => {
    expect(timexInterval(value)).toBeNull();
  });
});

describe('tagTimexes: pathological input', () => {
  it('finishes on 50k repeated tokens', () => {
    for (const unit of ['May ', '1 ', 'the past ', 'a a a ', '12/', 'last ', 'Monday, ', '10:30 ', 'early ']) {
      const text = unit.repeat(50_000);
      expect(Array.isArray(tagTimexes(text, P))).toBe(true);
    }
  });
});
