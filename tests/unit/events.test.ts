// Event rules on sentences written for the test: trigger -> kind, dates from the sentence (or the publication
// day, marked implicit), planned events, and the sentences that are not events (hypotheticals, negations,
// habits, states). Publication date: Saturday 2022-01-15 unless stated.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../src/extract/pipeline.ts';
import { testArticle } from './extract-helpers.ts';

const PUB = '2022-01-15';
const article = (text: string, published = PUB, id = 'a1') => testArticle(text, published, id);
const events = (text: string, published = PUB) => extractTimeline([article(text, published)]).events;

describe('trigger -> kind and date', () => {
  it.each([
    ['On Monday, Russian and American diplomats held talks in Vienna.', 'meeting', '2022-01-10'],
    ['The French president spoke by phone with the German chancellor on Tuesday.', 'call', '2022-01-11'],
    ['Foreign Minister Pavel Orlov said on Wednesday that the talks had failed.', 'statement', '2022-01-12'],
    ['The Polish government accused Belarus on Thursday of staging the crisis.', 'accusation', '2022-01-13'],
    ['The Kremlin denied the report on Friday.', 'denial', '2022-01-14'],
    ['Speaking at a press conference on Friday, the Turkish minister urged calm.', 'press-conference', '2022-01-14'],
    ['Last month, Moscow handed over two draft treaties to Washington.', 'handover', '2021-12-01'],
    ['The EU imposed sanctions on Iran on Monday.', 'sanctions', '2022-01-10'],
    ['NATO deployed extra jets to Romania on Tuesday.', 'deployment', '2022-01-11'],
    ['Germany and France signed an agreement on Wednesday.', 'signing', '2022-01-12'],
    ['The UN General Assembly voted on Thursday on the resolution.', 'vote', '2022-01-13'],
    ['Russian forces withdrew from the town on Friday.', 'withdrawal', '2022-01-14'],
    ["Russia's invasion of Ukraine began on February 24, 2022.", 'attack', '2022-02-24'],
    ['The Japanese prime minister visited Canberra on Monday.', 'visit', '2022-01-10'],
  ])('%s', (text, kind, start) => {
    const ev = events(text);
    expect(ev.map((e) => [e.kind, e.date.start])).toContainEqual([kind, start]);
  });

  it('keeps the granularity of the time phrase', () => {
    const [e] = events('Last month, Moscow handed over two draft treaties to Washington.');
    expect(e?.date).toMatchObject({ start: '2021-12-01', end: '2021-12-31', granularity: 'month', phrase: 'Last month' });
  });

  it('marks future events as planned', () => {
    const ev = events('The Indian prime minister will visit Tokyo on Monday.');
    expect(ev.map((e) => [e.kind, e.date.start, e.planned])).toEqual([['visit', '2022-01-17', true]]);
  });

  it('dates an undated meeting by the publication day, marked implicit', () => {
    const [e] = events('Chinese and Indian commanders met at the border.');
    expect(e?.date).toMatchObject({ start: PUB, implicit: true });
  });

  it('dates "Following the meeting, X told reporters" by the meeting', () => {
    const text = 'Earlier this week, Russian Deputy Foreign Minister Ivan Petrov met with US Deputy Secretary of State Mary Jones in Geneva. Following the bilateral meeting, Jones told reporters that progress was slow.';
    const ev = events(text);
    expect(ev).toHaveLength(2);
    for (const e of ev) expect(e.date.granularity).toBe('week');
  });

  it('joins undated statements to the same speaker\'s dated event', () => {
    const text = 'Foreign Minister Pavel Orlov said on Wednesday that the talks had failed. Orlov also criticised the proposal. "We will not accept this," he said.';
    const ev = events(text);
    expect(ev).toHaveLength(1);
    expect(ev[0]!.evidence).toHaveLength(3);
    expect(ev[0]!.date.start).toBe('2022-01-12');
  });

  it('titles an accusation by what it accuses, not by the quotation beside it', () => {
    const ev = events('“The border is calm,” Polish Foreign Minister Anna Nowak said, accusing Belarus of staging similar crises in 2019.');
    expect(ev.map((e) => e.title)).toContain('Nowak accuses Belarus of staging similar crises');
  });

  it('dates "earlier this week" from Monday to the publication day, not a third of the week', () => {
    const [e] = events('Earlier this week, Japanese and Korean diplomats held talks in Seoul.');
    expect(e?.date).toMatchObject({ start: '2022-01-10', end: '2022-01-15', granularity: 'week' });
  });

  it('gives a past speech act the publication day, not the future date it reports', () => {
    const ev = events('The summit will be held in Rome on January 24, White House press secretary Ann Lee said.');
    expect(ev.map((e) => [e.kind, e.date.start, !!e.date.implicit])).toEqual(expect.arrayContaining([['summit', '2022-01-24', false], ['statement', PUB, true]]));
  });
});

describe('what is not an event', () => {
  it.each([
    ['If Russia invades Ukraine on Monday, sanctions will follow.'],
    ['The warnings have never come to pass.'],
    ['Similar warnings have been published in US media every year since 2015.'],
    ['Moscow has placed 100,000 troops on the border.'],
    ['About 5,000 French troops are stationed in Estonia.'],
    ['NATO is ready to schedule a series of meetings with Russia.'],
    ['The ministers would meet to discuss the crisis if Russia attacked.'],
    ['Officials declined to say whether the talks would resume.'],
  ])('%s', (text) => {
    expect(events(text).map((e) => `${e.kind} ${e.date.start}`)).toEqual([]);
  });

  it('keeps modal events with their modality when asked', () => {
    const doc = extractTimeline([article('If Russia invades Ukraine on Monday, NATO will deploy troops.')], { keepModal: true });
    expect(doc.events.every((e) => e.modality === 'hypothetical')).toBe(true);
  });
});

describe('evidence and provenance', () => {
  const text = 'Kyiv, Ukraine\n\nForeign Minister Pavel Orlov said on Wednesday that the talks had failed. NATO deployed jets to Romania on Tuesday.';
  const doc = extractTimeline([article(text)]);

  it('quotes equal their text slice, and marks lie inside the quote', () => {
    expect(doc.events.length).toBeGreaterThan(0);
    for (const e of doc.events) for (const q of e.evidence) {
      expect(text.slice(q.start, q.end)).toBe(q.quote);
      for (const m of q.marks ?? []) expect(m.end).toBeLessThanOrEqual(q.quote.length);
    }
  });

  it('records the trigger rule and the date rule', () => {
    for (const e of doc.events) {
      expect(e.provenance?.rule).toMatch(/^trigger:/);
      expect(e.date.provenance?.rule).toMatch(/^(timex:|sentence-timex|publication|anchor:)/);
    }
  });

  it('marks the time phrase inside the quote', () => {
    const e = doc.events.find((x) => x.kind === 'deployment')!;
    const q = e.evidence[0]!;
    const time = q.marks!.find((m) => m.kind === 'time')!;
    expect(q.quote.slice(time.start, time.end)).toBe('Tuesday');
  });
});

describe('periods and future readings', () => {
  it('dates "after a week of talks" by the week up to publication', () => {
    const ev = events('The claims come after a week of high-level talks with Russia, NATO and the OSCE.');
    expect(ev.map((e) => [e.kind, e.date.start, e.date.end, e.date.granularity])).toEqual([['meeting', '2022-01-10', PUB, 'week']]);
  });

  it('reads a month name forward for a planned event', () => {
    const ev = events('The Estonian and Latvian ministers agreed to meet again in Tallinn in May.', '2024-03-11');
    expect(ev.map((e) => [e.kind, e.date.start, e.planned])).toContainEqual(['meeting', '2024-05-01', true]);
  });

  it('ignores a wire dateline and numbers that look like years', () => {
    const ev = events('BRUSSELS, March 4 (Reuters) - EU ministers agreed on Monday to impose sanctions. It will be published as Regulation 2024/745.', '2024-03-04');
    expect(ev.map((e) => [e.kind, e.date.start])).toEqual([['agreement', '2024-03-04']]);
    expect(ev[0]!.actors).toEqual(['org:eu']);
  });
});

describe('discourse', () => {
  it('joins an undated first telling to the dated "the summit" that follows', () => {
    const ev = events('U.S. President Tom Hale will host a first in-person summit of leaders of Australia and Japan. The summit will be held at the White House on January 24.');
    const summit = ev.find((e) => e.kind === 'summit')!;
    expect(summit.date.start).toBe('2022-01-24');
    expect(summit.evidence).toHaveLength(2);
    expect(summit.people).toEqual(['person:tom-hale']);
    expect(summit.actors).toEqual(expect.arrayContaining(['country:AUS', 'country:JPN', 'country:USA']));
  });
});

describe('transcripts', () => {
  it('takes no event from questions', () => {
    const text = 'Q:  Did the minister meet his Chinese counterpart on Monday?\n\nMR. REED:  He met him on Tuesday in Geneva.';
    expect(events(text).map((e) => [e.kind, e.date.start])).toEqual([['meeting', '2022-01-11']]);
  });

  it("takes the news a reporter's question states, in its first sentence too", () => {
    const text = "Q:  Peru's trade ministers held a special meeting on Monday on the new tariffs. Will Chile join them?\n\nMR. REED:  We have nothing to announce.";
    expect(events(text).map((e) => [e.kind, e.date.start])).toEqual([['meeting', '2022-01-10']]);
  });
});
