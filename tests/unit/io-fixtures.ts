/** A small valid timeline document shared by the io/export unit tests. */
import type { TimelineDocument } from '../../src/model/schema.ts';

export function sampleDoc(): TimelineDocument {
  return {
    schemaVersion: 1,
    generator: 'test',
    documents: [
      { id: 'a1', title: 'Talks end without a deal', published: '2022-01-12', source: 'a1.txt', text: 'On Monday the envoys met in Geneva.' },
    ],
    actors: [
      { id: 'country:usa', name: 'United States', kind: 'country', aliases: ['US'] },
      { id: 'country:rus', name: 'Russia', kind: 'country', aliases: [] },
      { id: 'org:nato', name: 'NATO', kind: 'organization', aliases: ['the alliance'] },
      { id: 'person:sherman', name: 'Wendy Sherman', kind: 'person', aliases: [], affiliation: 'country:usa', role: 'Deputy Secretary of State' },
    ],
    events: [
      {
        id: 'ev1', title: 'US and Russia hold talks in Geneva', kind: 'meeting',
        date: { start: '2022-01-10', end: '2022-01-10', granularity: 'day', timex: '2022-01-10', phrase: 'On Monday' },
        actors: ['country:usa', 'country:rus'], people: ['person:sherman'], planned: false,
        evidence: [{ document: 'a1', start: 0, end: 35, quote: 'On Monday the envoys met in Geneva.' }],
        location: 'Geneva',
      },
      {
        id: 'ev2', title: 'NATO summit planned', kind: 'summit',
        date: { start: '2022-06-01', end: '2022-06-30', granularity: 'month', timex: '2022-06', phrase: 'in June' },
        actors: ['org:nato'], people: [], planned: true, evidence: [],
      },
      {
        id: 'ev3', title: 'Exercises during the week', kind: 'deployment',
        date: { start: '2022-01-17', end: '2022-01-23', granularity: 'week', timex: '2022-W03', phrase: 'next week' },
        actors: ['country:rus'], people: [], planned: true, evidence: [],
      },
      {
        id: 'ev4', title: 'Cold war ends', kind: 'other',
        date: { start: '1991-01-01', end: '1991-12-31', granularity: 'year', timex: '1991', phrase: 'in 1991' },
        actors: ['country:rus'], people: [], planned: false, evidence: [],
      },
    ],
  };
}
