import { describe, expect, test } from 'vitest';
import { conforms, FIELDS } from '../../src/io/conforms.ts';
import { parseTimelineDocument } from '../../src/model/validate.ts';
import {
  TimelineDocumentSchema, DocumentSchema, ActorSchema, WhenSchema, EvidenceSchema, EventSchema, Provenance,
} from '../../src/model/schema.ts';
import { syntheticDocument, prng } from '../fixtures/synthetic.ts';
import { sampleDoc } from './io-fixtures.ts';

const shapeKeys = (schema: unknown) => Object.keys((schema as { def: { shape: object } }).def.shape).sort();
const inner = (schema: unknown, key: string) => {
  let s = (schema as { def: { shape: Record<string, unknown> } }).def.shape[key] as { def: { innerType?: unknown; element?: unknown } };
  while (s.def.innerType || s.def.element) s = (s.def.innerType ?? s.def.element) as typeof s;
  return s;
};

describe('conforms knows every field of the schema', () => {
  test.each([
    ['document', TimelineDocumentSchema], ['article', DocumentSchema], ['actor', ActorSchema], ['when', WhenSchema],
    ['evidence', EvidenceSchema], ['event', EventSchema], ['provenance', Provenance],
    ['span', inner(DocumentSchema, 'span')], ['mark', inner(EvidenceSchema, 'marks')],
  ] as const)('%s', (name, schema) => {
    expect([...FIELDS[name]].sort()).toEqual(shapeKeys(schema));
  });
});

const BAD_VALUES: unknown[] = [null, 0, 1.5, -3, '', 'x', '2022-01-12', '2022-1-12', '12 Jan', true, false, [], ['a'], [1], {}, { start: 1 }];

/** Every path to a value inside `v` (object keys and array indices). */
function paths(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(v)) v.forEach((x, i) => { out.push([...prefix, i]); paths(x, [...prefix, i], out); });
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push([...prefix, k]); paths(x, [...prefix, k], out); }
  return out;
}

function mutate(doc: unknown, path: (string | number)[], how: 'set' | 'delete' | 'extra', value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (how === 'delete') {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else if (how === 'extra') {
    const target = node[last];
    if (target && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>).extraField = value;
    else node[last] = value;
  } else node[last] = value;
  return copy;
}

describe('conforms agrees with the zod schema', () => {
  test.each([
    ['the sample document', sampleDoc()],
    ['a synthetic document', syntheticDocument({ events: 300, actors: 12, years: 2, seed: 3 })],
    ['an empty document', { schemaVersion: 1, documents: [], actors: [], events: [] }],
  ])('accepts %s', (_name, doc) => {
    expect(parseTimelineDocument(doc).ok).toBe(true);
    expect(conforms(doc)).toBe(true);
  });

  test.each([
    ['not an object', [1, 2]], ['null', null], ['wrong version', { ...sampleDoc(), schemaVersion: 2 }],
    ['version as text', { ...sampleDoc(), schemaVersion: '1' }], ['no events', { ...sampleDoc(), events: undefined }],
    ['bad granularity', { ...sampleDoc(), events: [{ ...sampleDoc().events[0]!, date: { ...sampleDoc().events[0]!.date, granularity: 'minute' } }] }],
    ['null optional', { ...sampleDoc(), events: [{ ...sampleDoc().events[0]!, location: null }] }],
  ])('refuses %s, as zod does', (_name, doc) => {
    expect(parseTimelineDocument(doc).ok).toBe(false);
    expect(conforms(doc)).toBe(false);
  });

  test('same verdict on 4,000 documents with one value changed, removed or added', () => {
    const base = sampleDoc();
    (base.documents[0] as Record<string, unknown>).span = { start: 0, end: 10 };
    (base.documents[0] as Record<string, unknown>).publishedFrom = { rule: 'dateline', text: 'Jan 12', start: 0, end: 6 };
    base.events[0]!.evidence[0]!.marks = [{ start: 0, end: 9, kind: 'time' }];
    base.events[0]!.date.provenance = { rule: 'weekday' };
    base.events[0]!.modality = 'asserted';
    base.events[0]!.sources = 2;
    base.actors[0]!.members = ['country:rus'];
    base.warnings = ['w'];
    const all = paths(base);
    const rand = prng(11);
    let disagreements: string[] = [];
    let refused = 0;
    for (let i = 0; i < 4000; i++) {
      const path = all[Math.floor(rand() * all.length)]!;
      const how = rand() < 0.2 ? 'delete' : rand() < 0.15 ? 'extra' : 'set';
      const value = BAD_VALUES[Math.floor(rand() * BAD_VALUES.length)];
      const doc = mutate(base, path, how, value);
      const zod = parseTimelineDocument(doc).ok;
      if (!zod) refused++;
      if (conforms(doc) !== zod) disagreements.push(`${how} ${path.join('.')} = ${JSON.stringify(value)}: zod ${zod}`);
    }
    disagreements = [...new Set(disagreements)];
    expect(disagreements).toEqual([]);
    expect(refused).toBeGreaterThan(1000);
  });
});
