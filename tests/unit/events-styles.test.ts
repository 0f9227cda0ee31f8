// Sentence styles of unseen articles. A time phrase that opens the sentence dates its speech act even behind a lead word ("Late Thursday, ...",
// "On Wednesday, ..."), while a time phrase inside what is reported still does not date the saying.
// Sentences written for the test; publication date Saturday 2022-01-15.
import { describe, expect, it } from 'vitest';
import { extractOne } from './extract-helpers.ts';

const PUB = '2022-01-15';
const events = (text: string) => extractOne(text, PUB).events;

describe('opening time phrases date speech acts', () => {
  it.each([
    ['Late Thursday, Chile accused Peru of moving troops closer to the border.', 'accusation', '2022-01-13'],
    ['On Wednesday, the Dutch foreign minister said the talks were close to a deal.', 'statement', '2022-01-12'],
    ['Early Tuesday, Norway denied any role in the incident.', 'denial', '2022-01-11'],
    ['Then on Monday, Kenya warned that the ceasefire was at risk.', 'warning', '2022-01-10'],
    ["In Lima, Peru's Foreign Ministry on Wednesday urged Chile to withdraw its troops.", 'statement', '2022-01-12'],
    ['The Swedish foreign minister spoke yesterday with his Danish counterpart and urged closer patrols.', 'call', '2022-01-14'],
  ])('%s', (text, kind, start) => {
    expect(events(text).map((e) => [e.kind, e.date.start])).toContainEqual([kind, start]);
  });

  it('does not date a saying by a time phrase inside what it reports', () => {
    const said = events('Finland will reopen the crossings in March, the Finnish interior minister said on Friday.').filter((e) => e.kind === 'statement');
    expect(said.map((e) => e.date.start)).toEqual(['2022-01-14']);
  });
});

describe('reporters\' turns in a briefing transcript', () => {
  const transcript = [
    'MS. LINDQVIST:',
    'Good afternoon.',
    '',
    'Q:  On another topic.',
    'Ankara said on Wednesday it was closing the border crossing.',
    'Do you have any reaction?',
    '',
    'MS. LINDQVIST:',
    'We saw the announcement.',
  ].join('\n');

  it('keeps the news a reporter brings, not the question', () => {
    const ev = events(transcript);
    expect(ev.map((e) => [e.kind, e.date.start, e.actors])).toContainEqual(['statement', '2022-01-12', ['country:TUR']]);
    expect(ev.some((e) => e.evidence.some((q) => q.quote.includes('reaction')))).toBe(false);
  });
});

describe('readout and wire vocabulary', () => {
  it.each([
    ['On Monday, the Foreign Minister of Chile held a telephone talk with the Foreign Minister of Peru.', 'call', '2022-01-10'],
    ['Bolivian units moved into new positions near the border on Tuesday.', 'deployment', '2022-01-11'],
    ['The two navies held a joint exercise off the coast of Ecuador on Wednesday.', 'deployment', '2022-01-12'],
    ['Thousands of protesters gathered outside the Colombian parliament on Friday.', 'protest', '2022-01-14'],
    ['Lima followed on Tuesday with sanctions against a Chilean mining company.', 'sanctions', '2022-01-11'],
    ['Tomorrow Ecuador will announce an additional $15 million in aid.', 'statement', '2022-01-16'],
  ])('%s', (text, kind, start) => {
    expect(events(text).map((e) => [e.kind, e.date.start])).toContainEqual([kind, start]);
  });
});

describe('"the following day"', () => {
  it('counts from a day named after the last event, even in a sentence with no event', () => {
    const ev = events('Chile summoned the Peruvian ambassador on Wednesday. Fishermen found debris on a beach on Thursday. The following day, the Chilean navy confirmed that the debris came from a drone.');
    expect(ev.find((e) => e.evidence.some((q) => q.quote.startsWith('The following day')))?.date.start).toBe('2022-01-14');
  });
});

describe('the future of reported speech', () => {
  it('"said it would convene ... next month" is a planned event, not a hypothesis', () => {
    const ev = events('The Arab League said on Tuesday it would convene an extraordinary summit next month.');
    expect(ev.map((e) => [e.kind, e.date.start, e.planned])).toContainEqual(['summit', '2022-02-01', true]);
  });

  it('the speaker is the actor of "it would" ("Chile said it would hold talks with Peru next week")', () => {
    const talks = events('Chile said it would hold talks with Peru next week.').find((e) => e.kind === 'meeting');
    expect(talks).toMatchObject({ actors: ['country:CHL', 'country:PER'], planned: true, title: 'Chile and Peru to hold talks' });
  });

  it('a condition still makes "would" hypothetical', () => {
    const ev = events('If the vote fails, the Arab League said it would convene an extraordinary summit next month.');
    expect(ev.filter((e) => e.kind === 'summit')).toEqual([]);
  });
});

describe('titles', () => {
  it('never take a relative pronoun for an object', () => {
    const titles = events('Leaders of ECOWAS, the regional bloc, who met by videoconference on Tuesday, agreed to meet again in June.').map((e) => e.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).not.toMatch(/\b(?:who|which)$/);
  });
});

describe('overnight into a weekday', () => {
  it('spans the night that ends on that day', () => {
    const [e] = events('Russian forces struck Kyiv overnight into Sunday.').filter((x) => x.kind === 'attack');
    expect(e?.date).toMatchObject({ start: '2022-01-08', end: '2022-01-09', granularity: 'day', phrase: 'overnight into Sunday' });
  });
});
