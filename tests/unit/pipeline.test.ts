// The whole extractor on small multi-article inputs: merging the same event across articles, keeping two
// events of one day apart, stable ids, schema validity and actor records.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/extract/article.ts';
import { extractTimeline } from '../../src/extract/pipeline.ts';
import { parseTimelineDocument } from '../../src/model/validate.ts';

function article(id: string, text: string, published = '2022-01-15'): Article {
  return { id, title: id, published, publishedFrom: { rule: 'test' }, source: `${id}.txt`, text, span: { start: 0, end: text.length } };
}

describe('merge', () => {
  it('merges one meeting told by two articles into one event with both quotes', () => {
    const doc = extractTimeline([
      article('a', "Earlier this week, Russia's Deputy Foreign Minister Ivan Petrov met with US Deputy Secretary of State Mary Jones."),
      article('b', 'Earlier this week, Mary Jones, the US deputy secretary of state, held talks with Russian Deputy Foreign Minister Ivan Petrov in Geneva.'),
    ]);
    const meetings = doc.events.filter((e) => e.kind === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.sources).toBe(2);
    expect(meetings[0]!.evidence.map((q) => q.document)).toEqual(['a', 'b']);
    expect(meetings[0]!.people).toEqual(['person:ivan-petrov', 'person:mary-jones']);
    expect(meetings[0]!.location).toBe('in Geneva');
  });

  it('keeps two different meetings of one day apart', () => {
    const doc = extractTimeline([
      article('a', 'On Wednesday, French Foreign Minister Marie Dubois met Chinese Foreign Minister Li Wen in Paris.'),
      article('b', 'On Wednesday, German Chancellor Hans Vogel met Indian Prime Minister Ravi Rao in Berlin.'),
    ]);
    expect(doc.events.filter((e) => e.kind === 'meeting')).toHaveLength(2);
  });

  it('merges the same sentence told twice in one article only once', () => {
    const s = 'The Kremlin denied the report on Friday.';
    const doc = extractTimeline([article('a', `${s}\n\n${s}`)]);
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]!.evidence).toHaveLength(2);
    expect(doc.events[0]!.sources).toBe(1);
  });

  it('lets an undated statement join the same speaker\'s dated one from another article', () => {
    const doc = extractTimeline([
      article('a', 'NATO Secretary-General Anna Berg said on Wednesday that the alliance was united.'),
      article('b', '"We will not back down," said Anna Berg, the Secretary-General of NATO.'),
    ]);
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]!.date.start).toBe('2022-01-12');
    expect(doc.events[0]!.date.implicit).toBeUndefined();
  });
});

describe('document', () => {
  const input = [
    article('a', 'On Monday, Russian and American diplomats held talks in Vienna. Kremlin spokesman Oleg Ivanov said on Tuesday that the talks were useful.'),
    article('b', 'NATO deployed extra jets to Romania on Tuesday, the alliance said.'),
  ];

  it('is byte-identical for the same input', () => {
    expect(JSON.stringify(extractTimeline(input))).toBe(JSON.stringify(extractTimeline(input)));
  });

  it('is valid against the schema', () => {
    const r = parseTimelineDocument(extractTimeline(input));
    expect(r.ok ? 'ok' : r.error).toBe('ok');
  });

  it('lists every actor an event uses, people with role and affiliation', () => {
    const doc = extractTimeline(input);
    const ids = new Set(doc.actors.map((a) => a.id));
    for (const e of doc.events) for (const id of [...e.actors, ...e.people]) expect(ids.has(id), id).toBe(true);
    expect(doc.actors.find((a) => a.id === 'person:oleg-ivanov')).toMatchObject({ kind: 'person', role: 'spokesman', affiliation: 'country:RUS' });
    expect(doc.actors.find((a) => a.id === 'country:RUS')).toMatchObject({ kind: 'country', name: 'Russia' });
  });

  it('titles events by template from subject, verb and object', () => {
    const doc = extractTimeline([
      article('a', 'Last month, Moscow handed over two draft treaties to Washington.'),
      article('b', "Earlier this week, Russia's Deputy Foreign Minister Ivan Petrov met with US Deputy Secretary of State Mary Jones in Geneva."),
      article('c', 'Speaking at a press conference on Friday, Foreign Minister Pavel Orlov stressed that Moscow\'s "patience has come to an end."'),
    ]);
    expect(doc.events.map((e) => e.title).sort()).toEqual([
      "Orlov: Moscow's patience has come to an end",
      'Petrov and Jones hold talks in Geneva',
      'Russia hands over two draft treaties to Washington',
    ]);
  });
});

describe('merge keeps different events apart', () => {
  it('does not merge two stated dates of one article into one event', () => {
    const doc = extractTimeline([article('a', 'Defence Secretary Ann Cole will travel to Japan next week. Two days later, Cole will fly to Manila.', '2024-03-13')]);
    expect(doc.events.filter((e) => e.kind === 'visit')).toHaveLength(2);
  });

  it('does not merge one minister\'s meetings with different people on one day', () => {
    const doc = extractTimeline([
      article('a', 'Defence Secretary Ann Cole will convene the contact group at Ramstein Air Base, Germany, on March 19.', '2024-03-05'),
      article('b', 'On March 19 Cole will meet Philippine Defense Secretary Jose Cruz in Manila.', '2024-03-13'),
    ]);
    expect(doc.events.filter((e) => e.kind === 'meeting')).toHaveLength(2);
  });
});

describe('people across the articles of a batch', () => {
  it('knows a full name written bare in one article from its title in another', () => {
    const b = 'The truce dates from the telephone call between Ana Soto and Jorge Vela on Monday.';
    const alone = extractTimeline([article('b', b)]);
    expect(alone.actors.filter((x) => x.kind === 'person')).toEqual([]);
    const doc = extractTimeline([
      article('a', "Peru's President Ana Soto and Chile's President Jorge Vela signed the accord on Friday."),
      article('b', b),
    ]);
    const call = doc.events.find((e) => e.kind === 'call');
    expect(call?.people).toEqual(['person:ana-soto', 'person:jorge-vela']);
    expect(call?.actors).toEqual(expect.arrayContaining(['country:CHL', 'country:PER']));
  });
});

describe('a known full name that names a place', () => {
  it('is no person before "airport"', () => {
    const doc = extractTimeline([
      article('a', 'Former French President Charles de Gaulle met Chile\'s president on Monday.'),
      article('b', 'Peru\'s president landed at Charles de Gaulle airport on Tuesday and met Chile\'s president in Paris.'),
    ]);
    const b = doc.events.filter((e) => e.evidence.some((q) => q.document === 'b'));
    expect(b.flatMap((e) => e.people)).not.toContain('person:charles-de-gaulle');
  });
});
