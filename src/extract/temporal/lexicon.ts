/**
 * English temporal word lists (the one constants module of the tagger; adding a word needs no code change
 * elsewhere). Each table maps a lower-case surface form to its meaning.
 *
 * @example MONTHS['sept.'] === 9; WEEKDAYS.thursday === 4; NUMBERS.twelve === 12; UNITS.fortnight = ['W', 2]
 */

/** Month names and abbreviations -> month number (1-12). Abbreviations may carry a full stop. */
export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Full month names that are also common words: only taken when capitalised and in a date-like context. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march']);

/** Weekday names -> ISO weekday (Monday = 1). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/** Number words -> value. "a"/"an" count as one; vague quantities map to NaN (TIMEX3 "X"). */
export const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'one hundred': 100, thousand: 1000, 'a thousand': 1000, half: 0.5, 'a couple of': 2, 'couple of': 2, couple: 2, 'a few': NaN, few: NaN, several: NaN, many: NaN,
  some: NaN, 'a number of': NaN,
};

/** Ordinal words -> value (quarters, centuries, halves). */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4, last: 4,
};

/** Unit words -> [TIMEX3 duration letter, multiplier]. Time units use the `T` part of a duration. */
export const UNITS: Record<string, [string, number]> = {
  second: ['S', 1], minute: ['TM', 1], hour: ['H', 1], day: ['D', 1], night: ['D', 1], week: ['W', 1],
  fortnight: ['W', 2], month: ['M', 1], quarter: ['Q', 1], year: ['Y', 1], decade: ['DE', 1],
  century: ['CE', 1], centurie: ['CE', 1], weekend: ['WE', 1],
};

/** Seasons -> TIMEX3 season code. */
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** Parts of the day -> TIMEX3 time-of-day code. */
export const DAY_PARTS: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', 'mid-afternoon': 'AF', midafternoon: 'AF',
  'mid afternoon': 'AF', midday: 'MI', 'mid-morning': 'MO', daybreak: 'MO', dawn: 'MO', dusk: 'EV',
};

/** Adverbs of frequency -> SET value. */
export const FREQUENCIES: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', quarterly: 'P3M',
  annually: 'P1Y', yearly: 'P1Y', annual: 'P1Y', biannual: 'P6M', semiannual: 'P6M',
};

/**
 * Vague references -> TIMEX3 value. Adverbs news uses as discourse markers rather than times ("previously
 * announced", "as soon as") are left out, as TimeML annotators leave them.
 */
export const VAGUE: Record<string, string> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', currently: 'PRESENT_REF', 'at present': 'PRESENT_REF', 'at the moment': 'PRESENT_REF',
  nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF', 'the present': 'PRESENT_REF',
  recently: 'PAST_REF', 'more recently': 'PAST_REF', lately: 'PAST_REF', 'the past': 'PAST_REF',
  'the future': 'FUTURE_REF', future: 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF', 'the long term': 'FUTURE_REF', current: 'PRESENT_REF', recent: 'PAST_REF',
  'then current': 'PAST_REF', 'then-current': 'PAST_REF', 'this moment': 'PRESENT_REF', 'a later date': 'FUTURE_REF',
  'as soon as possible': 'FUTURE_REF',
};

/** Adjectives that make a bare plural unit a vague reference ("in recent months", "coming weeks"). */
export const VAGUE_PLURAL: Record<string, string> = {
  recent: 'PAST_REF', past: 'PAST_REF', coming: 'FUTURE_REF', 'the coming': 'FUTURE_REF', future: 'FUTURE_REF',
  'the past several': 'PAST_REF', 'the last few': 'PAST_REF', 'the next few': 'FUTURE_REF',
};

/**
 * Holidays -> MM-DD for fixed dates, or `MM:weekday:n` for the n-th weekday of a month (n = -1: the last one),
 * or `MM-DD:weekday:n` for the n-th weekday on or after a day (US Election Day: the Tuesday after Nov 1),
 * or `E+n` for n days after (Western) Easter Sunday; a trailing `:W` names the ISO week of that day.
 */
export const HOLIDAYS: Record<string, string> = {
  christmas: '12-25', 'christmas day': '12-25', 'christmas eve': '12-24', "new year's day": '01-01',
  "new year's eve": '12-31', 'independence day': '07-04', "valentine's day": '02-14', halloween: '10-31',
  'boxing day': '12-26', 'bastille day': '07-14', 'veterans day': '11-11', 'armistice day': '11-11',
  thanksgiving: '11:4:4', 'thanksgiving day': '11:4:4', 'memorial day': '05:1:-1', 'labor day': '09:1:1',
  'martin luther king day': '01:1:3', "presidents' day": '02:1:3', 'election day': '11-02:2:1',
  easter: 'E+0', 'easter sunday': 'E+0', 'easter monday': 'E+1', 'good friday': 'E-2', 'palm sunday': 'E-7',
  'easter week': 'E+0:W',
};

/**
 * Head words: every time expression contains a digit or one of these words (or a word of the tables above),
 * so the scanner only looks for expressions in a short window before each head. A rule whose expressions
 * can lack all of them must add its key word here.
 */
export const HEAD_WORDS = [
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks',
  'weekend', 'weekends', 'fortnight', 'fortnights', 'month', 'months', 'quarter', 'quarters', 'year', 'years',
  'decade', 'decades', 'century', 'centuries', 'morning', 'mornings', 'afternoon', 'afternoons', 'evening',
  'evenings', 'half', 'period', 'term', 'moment', 'present', 'past', 'future', 'ago', 'noon', 'midnight', 'midday',
  'overnight', 'tonight', 'today', 'yesterday', 'tomorrow', 'nineteen', 'twenty', 'thousand', 'twenties', 'thirties', 'forties',
  'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'fiscal', 'fy', 'daylong', 'weeklong', 'monthlong',
  'yearlong', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
];

/** Words (or word pairs) that make the surrounding clause future; the nearest cue before the expression wins. */
export const FUTURE_CUES = [
  'will', "won't", "'ll", 'shall', 'would', 'scheduled', 'due', 'upcoming', 'going to', 'is to', 'are to', 'set to', 'due to',
  'plans to', 'plan to', 'planning to', 'expected to', 'expects to', 'expect to', 'intends to', 'aims to', 'hopes to',
  'is expected', 'are expected', 'will be', 'to be held', 'to take place', 'until', 'till', 'as soon as',
  'as early as', 'starting',
];

/**
 * Present-tense verbs of schedules: news writes a coming event in the simple present ("the council meets on
 * Monday", "the minister travels to Paris Friday"), a past one in the past. Third-person forms always; the plain
 * forms ("the leaders meet Monday") unless negated or after "did" ("did not meet on Friday").
 */
export const SCHEDULE_VERBS = ['meets', 'opens', 'begins', 'starts', 'arrives', 'departs', 'leaves', 'travels', 'visits',
  'convenes', 'resumes', 'expires', 'testifies', 'takes', 'holds', 'hosts', 'returns', 'ends', 'closes', 'goes', 'faces',
  'kicks', 'launches', 'flies', 'speaks', 'unveils', 'publishes'];
export const SCHEDULE_BASE_VERBS = ['meet', 'convene'];

/** Words before a to-infinitive that point ahead ("agreed to buy", "an agreement to acquire", "was to meet"). */
export const INTENT_VERBS = [
  'agreed', 'agree', 'agrees', 'decided', 'decide', 'decides', 'voted', 'vote', 'votes', 'promised', 'promises', 'pledged',
  'pledges', 'vowed', 'vows', 'wants', 'want', 'wanted', 'seeks', 'seek', 'sought', 'plans', 'plan', 'planned',
  'expected', 'expects', 'aims', 'intends', 'intended', 'hopes', 'hoped', 'due', 'was', 'were', 'is', 'are', 'going',
  'likely', 'unlikely', 'ready', 'prepared', 'agreement', 'bid', 'offer', 'deal', 'proposal', 'move', 'attempt',
  'effort', 'scheduled', 'set', 'poised', 'slated', 'supposed', 'needs', 'need', 'needed', 'asked', 'urged',
];

/** Future cues that only hint ("until Thursday" may look back): a clear cue after the expression overrides them. */
export const WEAK_FUTURE_CUES = ['until', 'till', 'starting'];

/** Words that make the surrounding clause past. Regular past forms (-ed) count too. */
export const PAST_CUES = ['said', 'was', 'were', 'had', 'did', 'met', 'told', 'held', 'began', 'came', 'went',
  'took', 'made', 'gave', 'left', 'saw', 'spoke', 'wrote', 'sent', 'ago', 'earlier', 'last', 'won', 'lost', 'fell',
  'rose', 'hit', 'struck', 'killed', 'found', 'brought', 'sold', 'bought', 'paid', 'got', 'led',
  // simple pasts that are never participles (a participle may be a present passive: "the case is heard in May")
  'became', 'broke', 'chose', 'drew', 'drove', 'flew', 'forgot', 'grew', 'knew', 'ran', 'stole', 'swore', 'threw',
  'withdrew', 'wore', 'woke', 'arose', 'underwent', 'overtook',
  'has been', 'have been', 'had been'];
