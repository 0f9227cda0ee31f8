/**
 * News conventions added to the tagger in the second session (TimeML / TempEval-3 practice), one table per
 * rule at a fixed reference date, with the negative cases each rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { COMPILED, RULES, tagTimexes, tagWith, timexInterval } from '../../src/extract/temporal/index.ts';
import { firstChars, firstPairs } from '../../src/extract/temporal/first.ts';
import { compile, trie } from '../../src/extract/temporal/scan.ts';

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

/** The texts of everything tagged. */
const texts = (text: string, dct = SAT): string[] => tagTimexes(text, dct).map((t) => t.text);

describe('clock times', () => {
  it.each<Case>([
    // a weekday after a time restated in another zone is the time's day
    ['The blast occurred at 10:35 a.m. (0735 GMT) Friday.', '10:35 a.m.', 'TIME', '2022-01-14T10:35'],
    ['The blast occurred at 10:35 a.m. (0735 GMT) Friday.', '0735 GMT', 'TIME', '2022-01-14T07:35'],
    ['Troops crossed at 0100 GMT Thursday.', '0100 GMT Thursday', 'TIME', '2022-01-13T01:00'],
    ['The ceasefire began at 1930 UTC.', '1930 UTC', 'TIME', '2022-01-15T19:30'],
    // midnight is the end of its day in TIMEX3
    ['The offer expired at midnight Friday.', 'midnight Friday', 'TIME', '2022-01-14T24:00'],
    ['The curfew starts at noon today.', 'noon today', 'TIME', '2022-01-15T12:00'],
    // clock times in words, and a weekday inside the parenthesis that restates the time
    ['He will leave at 4 in the morning (4 a.m. EDT Sunday), he said.', '4 in the morning', 'TIME', '2022-01-16T04:00'],
    ['The call came at 9 o\'clock at night.', "9 o'clock at night", 'TIME', '2022-01-15T21:00'],
    ['They met at 7:30 in the evening yesterday.', '7:30 in the evening yesterday', 'TIME', '2022-01-14T19:30'],
    // a part of the day: on the day named, else on the day being told
    ['Shares were up at mid-afternoon yesterday.', 'mid-afternoon yesterday', 'TIME', '2022-01-14TAF'],
    ['Fighting began on Jan. 12. By mid afternoon, sources said, it had stopped.', 'mid afternoon', 'TIME', '2022-01-12TAF'],
    ['By midmorning Friday the talks were over.', 'midmorning Friday', 'TIME', '2022-01-14TMO'],
    ['The minister met the farmers in the afternoon.', 'the afternoon', 'TIME', '2022-01-15TAF'],
    ['Fighting began on Jan. 12. Talks resumed in the evening.', 'the evening', 'TIME', '2022-01-12TEV'],
  ])('%s -> %s', check(SAT));

  it.each([
    'The town sold 1930 tickets.', // a count, no zone
    'It was a showdown at high noon.', // an idiom
    'They watched High Noon again.',
    'Flight 0735 landed.',
    'Meet at the gate (the one before Sunday school).',
    'He scored 4 in the first half and 2 in the morning session.',
    'Chapter 4 in the evening edition.',
  ])('tags no clock time in %j', (text) => {
    expect(tagTimexes(text, SAT).filter((t) => t.type === 'TIME')).toEqual([]);
  });

  it('takes a weekday from a parenthesis only when it restates the time', () => {
    const at = (text: string) => tagTimexes(text, SAT).find((t) => t.text === '4 in the morning')?.value;
    expect(at('They leave at 4 in the morning (4 a.m. EDT Thursday).')).toBe('2022-01-13T04:00');
    expect(at('They leave at 4 in the morning (the day before Sunday).')).toBe('2022-01-15T04:00');
  });

  it('keeps plain noon a clock time', () => {
    expect(tagTimexes('Noon came and went.', SAT).map((t) => [t.text, t.value])).toEqual([['Noon', '2022-01-15T12:00']]);
  });
});

describe('years written out after a month or season', () => {
  it.each<Case>([
    ['January nineteen ninety-seven. Atlanta again.', 'January nineteen ninety-seven', 'DATE', '1997-01'],
    ['Prices we saw in the winter of nineteen ninety-four.', 'the winter of nineteen ninety-four', 'DATE', '1994-WI'],
    ['It opened in May two thousand one.', 'May two thousand one', 'DATE', '2001-05'],
    ['Talks resume in March twenty twenty-two.', 'March twenty twenty-two', 'DATE', '2022-03'],
  ])('%s -> %s', check(SAT));

  it('keeps a month followed by an unrelated number word apart', () => {
    expect(texts('In January nineteen people died.')).toEqual(['January']);
  });
});

describe('vague references', () => {
  it.each<Case>([
    ['Right now my evidence is scant.', 'Right now', 'DATE', 'PRESENT_REF'],
    ['They are not happy right now.', 'right now', 'DATE', 'PRESENT_REF'],
  ])('%s -> %s', check(SAT));

  it.each<Case>([
    ['It will liquidate the unit "as soon as possible."', 'as soon as possible', 'DATE', 'FUTURE_REF'],
    ['It may sell shares at a later date.', 'a later date', 'DATE', 'FUTURE_REF'],
    ['He would not travel at this moment.', 'this moment', 'DATE', 'PRESENT_REF'],
  ])('%s -> %s', check(SAT));

  it.each(['Turn right. Now go.', 'They went right, not left.', 'As soon as he left, it rained.'])('no reference spanning %j', (text) => {
    expect(texts(text)).not.toContain('right now');
  });
});

describe('titles that look like dates', () => {
  it('leaves a programme title alone and keeps the plain phrase', () => {
    expect(texts('Baker said on ABC\'s "This Week" that the request stood.')).toEqual([]);
    expect(texts('He said on "This Week With David Brinkley" that it stood.')).toEqual([]);
    expect(texts('"This week we won," he said.')).toEqual(['This week']);
    expect(texts('Talks were held this week.')).toEqual(['this week']);
  });
});

describe('days counted from another day', () => {
  it.each<Case>([
    ["The day before last Tuesday's hearing, he left.", "The day before last Tuesday", 'DATE', '2022-01-10'],
    ['It rained the night before yesterday.', 'the night before yesterday', 'TIME', '2022-01-13TNI'],
    ['He arrived on Jan. 5 and left the day after.', 'the day after', 'DATE', '2022-01-06'],
    ['Stocks closed Friday, down from the previous Friday.', 'the previous Friday', 'DATE', '2022-01-07'],
    ['Talks began on Jan. 5 and ended the following Monday.', 'the following Monday', 'DATE', '2022-01-10'],
    ['A hearing is set for the week of March 6.', 'the week of March 6', 'DATE', '2022-W09'],
    ['It was struck off in October and restored that same day.', 'that same day', 'DATE', '2021-10-XX'],
  ])('%s -> %s', check(SAT));

  it('gives a day of a month the month as its interval', () => {
    expect(timexInterval('2021-10-XX')).toEqual({ start: '2021-10-01', end: '2021-10-31', granularity: 'month' });
    expect(timexInterval('2021-XX-XX')).toBeNull();
  });

  it.each([
    'In 1987 traders lost money that day.', // a day of a year: no day the text can place
    'He spoke the day before the vote.', // a day before an event: not a date by itself
    'It was the day after the storm.',
  ])('tags no day in %j', (text) => {
    expect(tagTimexes(text, SAT).filter((t) => /\bday\b/.test(t.text))).toEqual([]);
  });
});

describe('overnight', () => {
  it.each<Case>([
    ['Shares fell overnight.', 'overnight', 'TIME', '2022-01-14TNI'],
    // the night before the day being reported, when that day is in the last week
    ['London closed lower on Thursday, hit by overnight losses in New York.', 'overnight', 'TIME', '2022-01-12TNI'],
    // an old date in the text is not what "overnight" counts from
    ['The embassy was bombed on Jan. 2. The sites were struck overnight.', 'overnight', 'TIME', '2022-01-14TNI'],
    // a story about an older day (Saturday's paper on Wednesday's trading): the night before that day
    ['London closed lower on Wednesday. Shares were hit by overnight losses in New York.', 'overnight', 'TIME', '2022-01-11TNI'],
    // a day named in passing, after the story told of yesterday: the night before publication
    ['Patrols began on Friday. The rebels said on Wednesday that they had left. The army said the rebels shelled a post overnight.', 'overnight', 'TIME', '2022-01-14TNI'],
  ])('%s -> %s', check(SAT));
});

describe('a day counted on past a month', () => {
  it.each<Case>([
    // "the following day" after a month named in passing counts from the last day the text named
    ['Chile on Monday blamed an attack that shut the port in December on a group. Peru rejected the claim the following day.', 'the following day', 'DATE', '2022-01-11'],
  ])('%s -> %s', check(SAT));
  it('with no day named before, a month gives no day to count from', () => {
    expect(texts('The port shut in December. Peru rejected the claim the following day.')).not.toContain('the following day');
  });
});

describe('halves in other words', () => {
  it.each<Case>([
    ['Earnings for the last half of 2021 fell.', 'the last half of 2021', 'DATE', '2021-H2'],
    ['Growth through the first two quarters of 2022 slows.', 'the first two quarters of 2022', 'DATE', '2022-H1'],
    ['Sales in the second half rose.', 'the second half', 'DATE', '2022-H2'],
  ])('%s -> %s', check(SAT));

  it.each(['He scored in the last half of the game.', 'They waited the last half hour.'])('no half-year in %j', (text) => {
    expect(tagTimexes(text, SAT).filter((t) => /-H\d$/.test(t.value))).toEqual([]);
  });
});

describe('a quarter named by its end', () => {
  const OCT = '1989-10-26';
  it.each<Case>([
    ['Sales rose in the quarter ended Sept. 30 to $747 million.', 'the quarter', 'DATE', '1989-Q3'],
    // a fiscal quarter: named by the calendar quarter holding most of its months
    ['In the quarter ended July 31, Jayark had a loss.', 'the quarter', 'DATE', '1989-Q2'],
    ['The quarter ending Dec. 31 will be weak.', 'The quarter', 'DATE', '1989-Q4'],
  ])('%s -> %s', check(OCT));

  it('makes the quarter ended the period that "a year earlier" compares with', () => {
    const ts = tagTimexes('Net rose in the quarter ended Sept. 30 from $1 million a year earlier.', OCT);
    expect(ts.map((t) => [t.text, t.value])).toEqual([['the quarter', '1989-Q3'], ['Sept. 30', '1989-09-30'], ['a year earlier', '1988-Q3']]);
  });
});

describe('comparisons with the period a year before', () => {
  const OCT = '1989-10-26';
  it.each<Case>([
    ['Net rose in the third quarter. For the quarter a year ago, it earned $1 million.', 'the quarter a year ago', 'DATE', '1988-Q3'],
    ['Net rose in the third quarter, from $1.8 million for the corresponding period last year.', 'the corresponding period last year', 'DATE', '1988-Q3'],
    ['Sales in the second quarter rose from the same period of the previous year.', 'the same period of the previous year', 'DATE', '1988-Q2'],
  ])('%s -> %s', check(OCT));

  it('compares with the quarter reported, not a quarter forecast or under way', () => {
    const text = 'Net rose in the third quarter. Losses will continue into the fourth quarter and the third quarter of 1990. In the year-ago period, it earned less.';
    const t = tagTimexes(text, OCT).find((x) => x.text === 'the year-ago period');
    expect(t?.value).toBe('1988-Q3');
  });

  it('leaves a plain "last year" a year', () => {
    expect(tagTimexes('The period last ended badly. Growth slowed last year.', OCT).map((t) => [t.text, t.value])).toEqual([['last year', '1988']]);
  });
});

describe('the tense of a fronted weekday', () => {
  const MON = '1998-10-26';
  it.each<Case>([
    // the verb comes after a long subject: still the clause's tense
    ['On Tuesday, the National Abortion and Reproductive Rights Action League plans to hold a news conference.', 'Tuesday', 'DATE', '1998-10-27'],
    ['On Tuesday, the National Abortion and Reproductive Rights Action League held a news conference.', 'Tuesday', 'DATE', '1998-10-20'],
  ])('%s -> %s', check(MON));
});

describe('plans told in the past', () => {
  it.each<Case>([
    ['The offer had been scheduled to expire at midnight Friday.', 'midnight Friday', 'TIME', '2022-01-14T24:00'],
    ['The meeting was scheduled for Friday.', 'Friday', 'DATE', '2022-01-14'],
    ['The deal was expected to close on Monday.', 'Monday', 'DATE', '2022-01-10'],
    ['He was due to arrive Monday.', 'Monday', 'DATE', '2022-01-10'],
    // still ahead
    ['The deal is expected to close on Monday.', 'Monday', 'DATE', '2022-01-17'],
    ['Protesters were planning to drive to the airport on Monday.', 'Monday', 'DATE', '2022-01-17'],
    ['They will meet on Monday.', 'Monday', 'DATE', '2022-01-17'],
    ['The pound grew weak on Monday.', 'Monday', 'DATE', '2022-01-10'],
    // "plans" as a noun is no future: only "plans to" is
    ['On Friday, when she set aside vacation plans, rescuers worked on.', 'Friday', 'DATE', '2022-01-14'],
    ['On Friday, the group plans to march.', 'Friday', 'DATE', '2022-01-21'],
    // a date fixed ahead, or told as fixed in the past
    ['The results are due out on Monday.', 'Monday', 'DATE', '2022-01-17'],
    ['The vote is set for Friday.', 'Friday', 'DATE', '2022-01-21'],
    ['The talks are slated for Monday.', 'Monday', 'DATE', '2022-01-17'],
    ['The hearing was set for Friday but was postponed.', 'Friday', 'DATE', '2022-01-14'],
    ['The payment was due on Monday.', 'Monday', 'DATE', '2022-01-10'],
    // the plan may follow the day: "... on Monday and were planning to ..."
    ['Organisers planned a rally on Monday and were planning to march to the embassy.', 'Monday', 'DATE', '2022-01-17'],
    ['Organisers planned a rally on Monday and were arrested.', 'Monday', 'DATE', '2022-01-10'],
  ])('%s -> %s', check(SAT));
});

describe('holidays counted from Easter', () => {
  it.each<Case>([
    ['Protesters will pray as Easter week begins.', 'Easter week', 'DATE', '2022-W15'],
    ['Protesters prayed as Easter week began.', 'Easter week', 'DATE', '2021-W13'],
    ['Shops close on Good Friday.', 'Good Friday', 'DATE', '2022-04-15'],
    ['They marched on Easter Sunday 2013.', 'Easter Sunday 2013', 'DATE', '2013-03-31'],
    ['Easter 2000 fell late.', 'Easter 2000', 'DATE', '2000-04-23'],
    ['They met last Easter.', 'last Easter', 'DATE', '2021-04-04'],
  ])('%s -> %s', check(SAT));

  it.each(['He flew to Easter Island.', 'They sang a Christmas Carol.', 'Be good. Friday came.'])('no holiday in %j', (text) => {
    expect(tagTimexes(text, SAT).filter((t) => t.rule.startsWith('holiday'))).toEqual([]);
  });
});

describe('durations given as a range or a rough figure', () => {
  it.each<Case>([
    ['Shipments resume within two to three weeks.', 'two to three weeks', 'DURATION', 'P2W'],
    ['Deals made during the next 12 to 18 months.', 'the next 12 to 18 months', 'DURATION', 'P12M'],
    ['Over the next two years or so, sales rise.', 'the next two years or so', 'DURATION', 'P2Y'],
    ['It took 5 or 6 days.', '5 or 6 days', 'DURATION', 'P5D'],
    ['You may, in a year or two, save lives.', 'a year or two', 'DURATION', 'P1Y'],
  ])('%s -> %s', check(SAT));

  it('keeps a number that is not part of the range out', () => {
    expect(texts('Prices rose from 5 to 10 percent in six days.')).toEqual(['six days']);
    expect(texts('He said no or so to 3 weeks.')).toEqual(['3 weeks']);
  });
});

describe('weekdays that repeat', () => {
  it.each<Case>([
    ['The shop closes on Mondays.', 'Mondays', 'SET', 'XXXX-WXX-1'],
    ['Two flights leave on Monday and Tuesday nights.', 'Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
    ['Two flights leave on Monday and Tuesday nights.', 'Monday', 'SET', 'XXXX-WXX-1TNI'],
    ['They pray on Sunday mornings.', 'Sunday mornings', 'SET', 'XXXX-WXX-7TMO'],
    ['It opens Saturday and Sundays.', 'Saturday', 'SET', 'XXXX-WXX-6'],
  ])('%s -> %s', check(SAT));

  it('leaves single weekdays and lower-case words dated', () => {
    expect(tagTimexes('He left Monday and Tuesday.', SAT).map((t) => [t.text, t.value])).toEqual([['Monday', '2022-01-10'], ['Tuesday', '2022-01-11']]);
    expect(tagTimexes('He left Friday night.', SAT).map((t) => t.value)).toEqual(['2022-01-14TNI']);
    expect(texts('The sundays of the old shop.')).toEqual([]);
  });
});

describe('then-current', () => {
  it.each<Case>([
    ['Holders buy at 50% of the then current market price.', 'then current', 'DATE', 'PAST_REF'],
    ['Holders bought at the then-current price.', 'then-current', 'DATE', 'PAST_REF'],
    ['Holders buy at the current price.', 'current', 'DATE', 'PRESENT_REF'],
  ])('%s -> %s', check(SAT));
});

describe('names with Today, and parts of today', () => {
  it('leaves a programme or paper named Today alone', () => {
    expect(texts('He told USA Today that he would run.')).toEqual([]);
    expect(texts('This is VOA Today.')).toEqual([]);
    expect(texts('This is VOA Today. Today, he left.')).toEqual(['Today']);
    expect(texts('He said Today he would go.')).toEqual(['Today']);
  });

  it.each<Case>([
    ['Aziz meets envoys later this afternoon.', 'later this afternoon', 'TIME', '2022-01-15TAF'],
    ['It rained earlier this morning.', 'earlier this morning', 'TIME', '2022-01-15TMO'],
    ['Late last night they left.', 'Late last night', 'TIME', '2022-01-14TNI'],
  ])('%s -> %s', check(SAT));
});

describe('titles and compounds that look like periods', () => {
  it('leaves a programme title and a compound adjective alone', () => {
    expect(texts('Gonzalez said on CBS\'s "60 Minutes" that he would stay.')).toEqual([]);
    expect(texts('The quarter-to-quarter comparison was weak.')).toEqual([]);
    expect(texts('He waited 60 minutes.')).toEqual(['60 minutes']);
    expect(texts('Two Days Later, the film, opened.')).toEqual(['Two Days Later']);
  });
});

describe('vague stretches of time', () => {
  it.each<Case>([
    ['Over the next couple of years we grow.', 'the next couple of years', 'DURATION', 'P2Y'],
    ['It turned a profit after several quarters of losses.', 'several quarters', 'DURATION', 'PXQ'],
    ['Funds must pay investors in the weeks ahead.', 'the weeks ahead', 'DURATION', 'PXW'],
    ['Over the years many patients died.', 'the years', 'DURATION', 'PXY'],
    ['Demand will stay high well into the summer.', 'the summer', 'DATE', '2022-SU'],
    ['Losses continue through at least the first two quarters of 2022.', 'the first two quarters of 2022', 'DATE', '2022-H1'],
  ])('%s -> %s', check(SAT));

  it.each([
    'It fell by a quarter of its value.',
    'He won three quarters of the votes.',
    'Over the years of war they fled.',
    'In the years that followed, it grew.',
  ])('no stretch of time in %j', (text) => {
    expect(tagTimexes(text, SAT).filter((t) => t.type === 'DURATION' && /^the|quarter/.test(t.text))).toEqual([]);
  });
});

describe('abbreviated weekdays before a date', () => {
  it.each<Case>([
    ['The vote is set for Tue., Jan. 18.', 'Tue., Jan. 18', 'DATE', '2022-01-18'],
    ['He left Fri. Jan. 14 for Kyiv.', 'Fri. Jan. 14', 'DATE', '2022-01-14'],
    ['Posted Sat, 15 Jan 2022 10:00.', 'Sat, 15 Jan 2022', 'DATE', '2022-01-15'],
    ['For release Thurs., Jan. 20.', 'Thurs., Jan. 20', 'DATE', '2022-01-20'],
  ])('%s -> %s', check(SAT));

  it('keeps verbs and lower-case words out of the date', () => {
    expect(texts('He sat, Jan. 15, in the chair.')).toEqual(['Jan. 15']);
    expect(texts('The sun. Jan. 15 was cold.')).toEqual(['Jan. 15']);
  });
});

describe('ranges across months', () => {
  const spans = (text: string) => tagTimexes(text, SAT).map((t) => [t.text, t.value, t.interval ? `${t.interval.start}..${t.interval.end}` : null]);
  it('tags both ends (as TimeML does) and gives the first the span it opens', () => {
    expect(spans('Talks run Jan. 30-Feb. 2 in Geneva.')).toEqual([['Jan. 30', '2022-01-30', '2022-01-30..2022-02-02'], ['Feb. 2', '2022-02-02', null]]);
    expect(spans('It ran from Dec. 28 through Jan. 3.')).toEqual([['Dec. 28', '2021-12-28', '2021-12-28..2022-01-03'], ['Jan. 3', '2022-01-03', null]]);
    expect(spans('From 28 January to 2 February, talks.')).toEqual([['28 January', '2022-01-28', '2022-01-28..2022-02-02'], ['2 February', '2022-02-02', null]]);
  });

  it('opens no span backwards or over more than a season', () => {
    expect(spans('Jan. 8 to Jan. 5 is wrong.')[0]?.[2]).toBeNull();
    expect(spans('Jan. 3 to Dec. 30 is long.')[0]?.[2]).toBeNull();
    expect(spans('On Jan. 3, to Mr. Smith, March 30 mattered.')[0]?.[2]).toBeNull();
  });
});

describe('the head-word prefilter', () => {
  it('finds exactly what an exhaustive scan finds on the new expressions', () => {
    const exhaustive = { ...compile(RULES, []), heads: /[A-Za-z0-9']+/g };
    const text = [
      'The blast occurred at 10:35 a.m. (0735 GMT) Friday; at midnight Friday, at high noon, right now.',
      'January nineteen ninety-seven, the winter of nineteen ninety-four, ABC\'s "This Week" and this week.',
      "The day before last Tuesday's hearing, the previous Friday, the week of March 6, that same day, overnight.",
      'The last half of 2021 and the first two quarters of 2022.',
      "At 4 in the morning (4 a.m. EDT Sunday), 9 o'clock at night, mid-afternoon yesterday, by midmorning Friday.",
      'Easter week, Good Friday, Palm Sunday, Easter Monday 2013, last Easter and Easter Island.',
      'On Mondays, on Monday and Tuesday nights, Sunday mornings, the then-current price, Saturdays.',
      'As soon as possible, at a later date, at this moment, Martin Luther King Day, the weeks ahead, over the years.',
      'Tue., Jan. 18, Sat, 15 Jan 2022, he sat, Jan. 15, Thurs., Jan. 20.',
    ].join('\n');
    expect(tagWith(COMPILED, text, SAT)).toEqual(tagWith(exhaustive, text, SAT));
  });
});

/** Every character JavaScript's \\s matches. */
const ALL_SPACES = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((c) => /\s/.test(c)).join('');

describe('first two characters of a rule (the scanner runs no regex where no rule can start)', () => {
  it.each<[string, string[]]>([
    ['(?:the|to)\\s', ['th', 'to']],
    ['a?b', ['ab', 'b']],
    ['(?:x\\w)|[ab]c*', ['a', 'ac', 'b', 'bc', 'x']],
    ['(?<![\\d.])Q[1-4]', ['q1', 'q2', 'q3', 'q4']],
    ['(?:a|b)?', ['', 'a', 'b']],
    ['\\d{2,4}x', [...'0123456789'].flatMap((a) => [...'0123456789'].map((b) => a + b))],
  ])('%s', (src, expected) => {
    expect([...firstPairs(src)].sort()).toEqual([...expected].sort());
  });
});

describe('first characters of a rule (the scanner skips rules that cannot start here)', () => {
  it.each<[string, string | null]>([
    ['(?:the\\s+)?(?<n>\\d+)\\s+days', '0123456789t'],
    ['(?:early|late)?\\s*may', `${ALL_SPACES}elm`],
    ["'(?<dd>\\d0)s|[A-C]x", "'abc"],
    ['(?<![\\d.])Q[1-4]', 'q'],
    ['(?:a|b)?', null], // can match nothing: anything may follow
    ['\\w+day', null], // \w: not read, so anything
    ['[^a]bc', null],
  ])('%s', (src, expected) => {
    const f = firstChars(src);
    expect(f === null ? null : [...f].sort().join('')).toBe(expected === null ? null : [...expected].sort().join(''));
  });

  it('never skips a rule that could match: tagging without the skip gives the same result', () => {
    const noSkip = { ...COMPILED, rules: COMPILED.rules.map((r) => ({ ...r, first: null })), pairs: null };
    const text = [
      'On Saturday, January 15, 2022, officials met; on Wednesday NATO met Russia. Earlier this week, 24 hours, 5:35 pm.',
      "In the '90s and the 1990s, mid-2014, Q3 2021, fiscal 1998, the year-ago quarter, 3 a.m. EST, 1930 GMT, now.",
      'Three days later, a month earlier, two weeks ago, every Monday, weekly, the past two decades, the following day.',
      'The day before last Tuesday, the previous Friday, the week of March 6, Christmas Eve, the winter of 2019.',
      'a\u2009week later, the\u00a0past\u3000year, Independence Day, at 4 in the morning, Mondays, right now, USA Today.',
    ].join('\n');
    expect(tagWith(COMPILED, text, SAT)).toEqual(tagWith(noSkip, text, SAT));
    expect(tagWith(COMPILED, text, SAT).length).toBeGreaterThan(25);
  });
});

describe('the head words as a trie', () => {
  it('matches exactly the listed words, longest first', () => {
    const re = new RegExp(`\\b(?:${trie(['week', 'weekend', 'weeks', "year's", 'year', 'today'])})\\b`, 'gi');
    const found = [..."a weekend, weeks, weekly, year's, yearly, Week, todays, today".matchAll(re)].map((m) => m[0]);
    expect(found).toEqual(['weekend', 'weeks', "year's", 'Week', 'today']);
  });
});

describe('overnight into a weekday', () => {
  it.each<Case>([
    // published Saturday 2022-01-15: the night ending on the most recent Sunday (9 Jan) began on Saturday 8 Jan
    ['Russia launched drones overnight into Sunday.', 'overnight into Sunday', 'TIME', '2022-01-08TNI'],
    ['Talks ran overnight into Friday.', 'overnight into Friday', 'TIME', '2022-01-13TNI'],
    ['Shelling went on overnight.', 'overnight', 'TIME', '2022-01-14TNI'],
  ])('%s -> %s', check(SAT));
});

describe('a start date announced with "effective"', () => {
  const OCT = '1989-10-26';
  it.each<Case>([
    ['The bank created a new office of the chairman, effective Feb. 1.', 'Feb. 1', 'DATE', '1990-02-01'],
    ['Workers signed a new contract effective June 1.', 'June 1', 'DATE', '1990-06-01'],
    ['The price cut is effective on Nov. 15.', 'Nov. 15', 'DATE', '1989-11-15'],
    // told in the past, the start date is behind
    ['The rule became effective Feb. 1.', 'Feb. 1', 'DATE', '1989-02-01'],
    ['The old contract was effective June 1.', 'June 1', 'DATE', '1989-06-01'],
  ])('%s -> %s', check(OCT));
});

describe('a passive future whose auxiliary lies at the edge of the tense window', () => {
  const MAR = '1998-03-04';
  it.each<Case>([
    ['The agency said Ann Smith will be appointed head of the new lunar science office for the mission in December.', 'December', 'DATE', '1998-12'],
    ['Ann Smith had been appointed head of the new lunar science office for the mission in December.', 'December', 'DATE', '1997-12'],
  ])('%s -> %s', check(MAR));
});

describe('"one day" as an adverb of the future', () => {
  it.each<Case>([
    ['Analysts say the city will one day be the capital.', 'one day', 'DATE', 'FUTURE_REF'],
    ['He hopes she one day returns home.', 'one day', 'DATE', 'FUTURE_REF'],
    // a stretch of one day
    ['The strike lasted one day.', 'one day', 'DURATION', 'P1D'],
    ['They will spend one day in Paris.', 'one day', 'DURATION', 'P1D'],
    ['He will stay one day longer.', 'one day', 'DURATION', 'P1D'],
  ])('%s -> %s', check(SAT));
});

describe('today and tomorrow in general', () => {
  it.each([
    "Children in today's world face new risks.",
    "The case matters to today's young people.",
    'They are the leaders of tomorrow.',
  ])('no day in %j', (text) => {
    expect(texts(text)).toEqual([]);
  });
  it.each<Case>([
    ["Today's vote was delayed.", 'Today', 'DATE', '2022-01-15'],
    ["Tomorrow's meeting will be short.", 'Tomorrow', 'DATE', '2022-01-16'],
    ["He read today's editions of the paper.", 'today', 'DATE', '2022-01-15'],
    ['The rebate applies as of today.', 'today', 'DATE', '2022-01-15'],
  ])('%s -> %s', check(SAT));
});

describe('a payment named by its frequency', () => {
  it('leaves "an initial quarterly of five cents" alone', () => {
    expect(texts('The company declared an initial quarterly of five cents a share.')).toEqual([]);
  });
  it.each<Case>([
    ['The fund pays dividends quarterly.', 'quarterly', 'SET', 'P3M'],
    ['The index is published daily.', 'daily', 'SET', 'P1D'],
  ])('%s -> %s', check(SAT));
});

describe('comparisons with the year to date', () => {
  it('compares "a year earlier" with the same months of the year before once the year to date is reported', () => {
    const text = 'In the third quarter, net rose to $5 million from $4 million a year earlier. For the first nine months, ' +
      'net rose to $12 million from $10 million a year earlier; the year-ago results included a charge. ' +
      'In the 1988 period, sales fell. In the year-ago quarter, the company lost money.';
    expect(tagTimexes(text, '1989-10-26').map((t) => [t.text, t.value])).toEqual([
      ['the third quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
      ['the first nine months', 'P9M'],
      ['a year earlier', '1988'],
      ['year-ago', '1988'],
      ['the 1988 period', '1988'],
      ['the year-ago quarter', '1988-Q3'],
    ]);
  });
  it('keeps the quarter after a span that is no year to date', () => {
    const text = 'In the third quarter, net rose. Over the past nine months the shares doubled; net was $4 million a year earlier.';
    expect(tagTimexes(text, '1989-10-26').map((t) => [t.text, t.value])).toEqual([
      ['the third quarter', '1989-Q3'],
      ['the past nine months', 'P9M'],
      ['a year earlier', '1988-Q3'],
    ]);
  });
});

describe('a full stop inside a sentence', () => {
  const THU = '2013-03-14'; // a Thursday
  it.each<Case>([
    // "p.m.", "U.S." and titles end no sentence: the future verb before them still sets the tense
    ['The vote is scheduled for 2 p.m. ET on Friday.', '2 p.m. ET on Friday', 'TIME', '2013-03-15T14:00'],
    ['The meeting will be held at the U.S. State Department on Friday.', 'Friday', 'DATE', '2013-03-15'],
    ['The talks will go on until Sen. Reed returns on Monday.', 'Monday', 'DATE', '2013-03-18'],
    // a real sentence end still cuts: the past verb after it decides
    ['He will run again. The board met on Monday.', 'Monday', 'DATE', '2013-03-11'],
    ['They will meet Gen. Lee. On Monday the talks stalled.', 'Monday', 'DATE', '2013-03-11'],
  ])('%s -> %s', check(THU));
});

describe('clock times with a zone and a day', () => {
  const THU = '2013-03-14';
  it.each<Case>([
    ['Markets close at 4 p.m. ET.', '4 p.m. ET', 'TIME', '2013-03-14T16:00'],
    ['The strike began at 06:00 MSK on Monday.', '06:00 MSK on Monday', 'TIME', '2013-03-11T06:00'],
    ['They will vote at 17:30 tomorrow.', '17:30 tomorrow', 'TIME', '2013-03-15T17:30'],
  ])('%s -> %s', check(THU));
  it('takes no zone from a word that only starts like one', () => {
    expect(texts('The shop opens at 9 a.m. Everyone queues.', '2013-03-14')).toEqual(['9 a.m.']);
  });
});

describe('the beginning, middle and end of a period', () => {
  const THU = '2013-03-14';
  it.each([
    ['Since the beginning of the year, 200 people have died.', 'the beginning of the year', '2013', 'START'],
    ['Prices peaked in the middle of the month.', 'the middle of the month', '2013-03', 'MID'],
    ['The plant closes at the end of the year.', 'the end of the year', '2013', 'END'],
    ['Sales slowed at the start of the quarter.', 'the start of the quarter', '2013-Q1', 'START'],
  ])('%s -> %s', (text, phrase, value, mod) => {
    const t = tagTimexes(text, THU).find((x) => x.text === phrase);
    expect([t?.value, t?.mod]).toEqual([value, mod]);
  });
  it('keeps "the beginning of the talks" no time', () => {
    expect(texts('Since the beginning of the talks, 200 people have died.', THU)).toEqual([]);
  });
});

describe('a half of a month, and a clock time after its day', () => {
  it.each([
    ['The summit is planned for the second half of June.', 'the second half of June', '2022-06', 'END'],
    ['Prices fell in the first half of March 2021.', 'the first half of March 2021', '2021-03', 'START'],
    ['Sales fell in the first half of 2021.', 'the first half of 2021', '2021-H1', undefined],
  ])('%s -> %s', (text, phrase, value, mod) => {
    const t = tagTimexes(text, SAT).find((x) => x.text === phrase);
    expect([t?.value, t?.mod]).toEqual([value, mod]);
  });
  it.each<Case>([
    ['The next meeting is on Feb. 1 at 10:00 CET.', '10:00 CET', 'TIME', '2022-02-01T10:00'],
    ['On Jan. 12, at about 5 p.m., the shelling stopped.', '5 p.m.', 'TIME', '2022-01-12T17:00'],
    // a day in another sentence is not the clock time's day
    ['He spoke on Jan. 12. At 5 p.m. the talks ended.', '5 p.m.', 'TIME', '2022-01-15T17:00'],
    ['Talks began on Jan. 12 and the vote came at 5 p.m.', '5 p.m.', 'TIME', '2022-01-15T17:00'],
  ])('%s -> %s', check(SAT));
});

describe('a schedule told in the simple present', () => {
  const TUE = '2022-03-08'; // a Tuesday
  it.each<Case>([
    ['The council meets on Thursday to vote on the budget.', 'Thursday', 'DATE', '2022-03-10'],
    ['She expects the budget to pass when the council meets on Thursday.', 'Thursday', 'DATE', '2022-03-10'],
    ['The two leaders meet separately Monday with the envoy.', 'Monday', 'DATE', '2022-03-14'],
    ['The minister travels to Paris on Friday.', 'Friday', 'DATE', '2022-03-11'],
    ['On Friday the summit opens in Brussels.', 'Friday', 'DATE', '2022-03-11'],
    ['Voters in the region vote on Saturday in a presidential election.', 'Saturday', 'DATE', '2022-03-12'],
    ['The country votes on Sunday.', 'Sunday', 'DATE', '2022-03-13'],
    // "vote(s)" after a determiner or a past verb is the noun
    ['Officials counted the votes on Saturday.', 'Saturday', 'DATE', '2022-03-05'],
    ['They held the vote on Saturday.', 'Saturday', 'DATE', '2022-03-05'],
    // negated or in the past, the day is behind
    ['The council did not meet on Monday.', 'Monday', 'DATE', '2022-03-07'],
    ['The council met on Monday.', 'Monday', 'DATE', '2022-03-07'],
    // a verb of a relative clause after the weekday's noun phrase does not speak for it
    ["The move follows Monday's statement by the company, which holds a stake in the firm.", 'Monday', 'DATE', '2022-03-07'],
  ])('%s -> %s', check(TUE));
});

describe('the quarter being reported', () => {
  it('keeps the latest quarter named when an earlier one is mentioned for contrast', () => {
    const text = 'Net income rose 20% in the third quarter. After a flat second quarter, the gain came from higher prices. ' +
      'Charges taken in the year-earlier period also helped; in the 1989 period, tax rates were lower than a year ago.';
    expect(tagTimexes(text, '1989-11-01').map((t) => [t.text, t.value])).toEqual([
      ['the third quarter', '1989-Q3'],
      ['second quarter', '1989-Q2'],
      ['the year-earlier period', '1988-Q3'],
      ['the 1989 period', '1989-Q3'],
      ['a year ago', '1988-Q3'],
    ]);
  });
  it('moves on to a later quarter', () => {
    const text = 'Net fell in the second quarter. In the third quarter, net rose from $4 million a year earlier.';
    expect(tagTimexes(text, '1989-11-01').map((t) => [t.text, t.value])).toEqual([
      ['the second quarter', '1989-Q2'],
      ['the third quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
    ]);
  });
});

describe('year-ago results in a report on a quarter', () => {
  it('reads "the year-ago results" as the reported quarter a year before', () => {
    const text = 'The thrift earned $10.2 million in the quarter ended Sept. 30. The year-ago results have been restated.';
    expect(tagTimexes(text, '1989-11-01').map((t) => [t.text, t.value])).toEqual([
      ['the quarter', '1989-Q3'],
      ['Sept. 30', '1989-09-30'],
      ['year-ago', '1988-Q3'],
    ]);
  });
  it('keeps a year without a quarter reported', () => {
    expect(tagTimexes('The year-ago results have been restated.', '1989-11-01').map((t) => t.value)).toEqual(['1988']);
  });
});

describe('a fronted month waits for the main verb', () => {
  const OCT = '1998-10-25';
  it.each<Case>([
    ['In January, a week after the anniversary of the Roe vs. Wade ruling on the right to an abortion, a clinic bombing in the city killed a guard.', 'January', 'DATE', '1998-01'],
    ['In January, a week after the anniversary of the Roe vs. Wade ruling on the right to an abortion, the groups in the city will hold a vigil.', 'January', 'DATE', '1999-01'],
  ])('%s -> %s', check(OCT));
});

describe('contracted "will" and hours ago', () => {
  const TUE = '2022-06-28';
  it.each<Case>([
    ["He'll travel on to Germany afterwards, returning to Washington on Friday.", 'Friday', 'DATE', '2022-07-01'],
    ['They’ll meet on Monday.', 'Monday', 'DATE', '2022-07-04'],
    ['They met on Monday.', 'Monday', 'DATE', '2022-06-27'],
    ['I spoke to him just a few minutes ago.', 'a few minutes ago', 'DATE', '2022-06-28'],
    ['Two hours ago the shelling stopped.', 'Two hours ago', 'DATE', '2022-06-28'],
    // "later" is a signal: the stretch stays a duration
    ['Talks began on Jan. 12. Three hours later, they broke down.', 'Three hours', 'DURATION', 'PT3H'],
  ])('%s -> %s', check(TUE));
});

describe('a headline ending in a time', () => {
  it('tags "Next Week" at the end of a headline line', () => {
    const text = 'Biden to Host Leaders at White House Next Week\n\nWASHINGTON - The president will host the summit.';
    expect(tagTimexes(text, '2021-09-13').map((t) => [t.text, t.value])).toEqual([['Next Week', '2021-W38']]);
  });
  it('still leaves a programme title alone', () => {
    expect(texts('He spoke on This Week With George on Sunday.')).toEqual(['Sunday']);
  });
});

describe('a "to" with its object after it is no infinitive', () => {
  it.each<Case>([
    // A plan's or proposal's "to" before a determiner, a name or a plural noun is a preposition: the clause stays past.
    ['Rebels delivered their response to the proposal to Qatari mediators on Tuesday.', 'Tuesday', 'DATE', '2022-01-11'],
    ['Rebels delivered their answer to the plan to the mediators on Tuesday.', 'Tuesday', 'DATE', '2022-01-11'],
    ['Flights were delayed due to storms on Tuesday.', 'Tuesday', 'DATE', '2022-01-11'],
    // A to-infinitive still looks ahead.
    ['The rebels plan to meet the mediators on Tuesday.', 'Tuesday', 'DATE', '2022-01-18'],
    ['They agreed to the plan to hold talks on Tuesday.', 'Tuesday', 'DATE', '2022-01-18'],
    ['The ministers agreed to focus on trade at their meeting on Tuesday.', 'Tuesday', 'DATE', '2022-01-18'],
  ])('%s', check(SAT));
});
