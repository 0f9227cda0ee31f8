// People found by the company they keep: a title before the name, an appositive after it, a speech verb, a
// transcript speaker label; role and affiliation read from the text; later mentions resolved. The names are
// invented on purpose: nothing here may depend on a list of known people.
import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../src/extract/actors/gazetteer.ts';
import { findPeople, type PeopleResult } from '../../src/extract/actors/people.ts';
import { resolveContextual } from '../../src/extract/actors/resolve.ts';
import { splitSentences } from '../../src/extract/sentences/split.ts';
import { tokenize } from '../../src/extract/sentences/tokens.ts';

function people(text: string): PeopleResult {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  return findPeople(text, tokens, sentences, resolveContextual(findActorMentions(tokens), sentences));
}
const records = (text: string) => [...people(text).people.values()].map((p) => ({ name: p.name, role: p.role, affiliation: p.affiliation }));

describe('people with role and affiliation', () => {
  it.each([
    ["Russia's Deputy Foreign Minister Ivan Petrov met the envoy.", { name: 'Ivan Petrov', role: 'Deputy Foreign Minister', affiliation: 'country:RUS' }],
    ['US Deputy Secretary of State Mary Jones said on Monday that talks would resume.', { name: 'Mary Jones', role: 'Deputy Secretary of State', affiliation: 'country:USA' }],
    ['Kremlin spokesman Oleg Ivanov told reporters the claims were false.', { name: 'Oleg Ivanov', role: 'spokesman', affiliation: 'country:RUS' }],
    ['NATO Secretary-General Anna Berg said the alliance was united.', { name: 'Anna Berg', role: 'Secretary-General', affiliation: 'org:nato' }],
    ['French Foreign Minister Marie Dubois arrived in Rome.', { name: 'Marie Dubois', role: 'Foreign Minister', affiliation: 'country:FRA' }],
    ['Secretary of State John Q. Smith spoke with his counterpart.', { name: 'John Smith', role: 'Secretary of State', affiliation: 'country:USA' }],
    ['Pentagon Press Secretary Air Force Brig. Gen. Tom Baker said the trip was productive.', { name: 'Tom Baker', role: 'Press Secretary', affiliation: 'country:USA' }],
    ['Lena Kask, the Prime Minister of Estonia, said on Tuesday that troops would stay.', { name: 'Lena Kask', role: 'Prime Minister', affiliation: 'country:EST' }],
  ])('%s', (text, expected) => {
    expect(records(text)).toContainEqual(expected);
  });

  it('gives a title-only mention its name from the next sentence', () => {
    const r = people('The Prime Minister of Latvia revealed on Wednesday that talks had begun. Speaking to reporters, Ilze Ozola explained her concerns.');
    expect(records('The Prime Minister of Latvia revealed on Wednesday that talks had begun. Speaking to reporters, Ilze Ozola explained her concerns.'))
      .toEqual([{ name: 'Ilze Ozola', role: 'Prime Minister', affiliation: 'country:LVA' }]);
    expect(r.mentions.map((m) => m.how)).toEqual(['title', 'name']);
  });

  it('keeps the full name canonical and the written forms as aliases', () => {
    const r = people('Secretary of Defense Lloyd J. Smith III said so. Smith added nothing.');
    const p = [...r.people.values()][0]!;
    expect(p.name).toBe('Lloyd Smith');
    expect([...p.aliases]).toContain('Lloyd J. Smith III');
  });

  it('resolves surnames, descriptors and pronouns to the person named before', () => {
    const text = 'Foreign Minister Pavel Orlov spoke on Friday. Orlov said the talks failed. The diplomat also criticised the plan. He remarked that it was late.';
    const r = people(text);
    expect(r.mentions.map((m) => [text.slice(m.start, m.end), m.key, m.how])).toEqual([
      ['Pavel Orlov', 'orlov', 'name'], ['Orlov', 'orlov', 'surname'], ['The diplomat', 'orlov', 'descriptor'], ['He', 'orlov', 'pronoun'],
    ]);
  });

  it('reads transcript speaker labels', () => {
    const text = 'National Security Advisor Sam Reed will speak.\n\nMR. REED:  Thanks, everybody.\n\nWe are on our way.';
    const r = people(text);
    expect(r.turns).toHaveLength(1);
    expect(r.people.get(r.turns[0]!.key)?.name).toBe('Sam Reed');
  });

  it('takes one name after a personal title only', () => {
    expect(records('President Karlsson spoke.').map((p) => p.name)).toEqual(['Karlsson']);
    expect(records("It will be published in the EU's Official Journal.")).toEqual([]);
  });

  it.each([
    ['Speaking to news agency Reuters, the minister declined to comment.'],
    ['The Chernobyl Nuclear Power Plant was seized in February.'],
    ['Leaders gathered in New York on Monday.'],
    ['The summit was held in May.'],
    ['FILE PHOTO. Getty Images'],
  ])('finds nobody in %s', (text) => {
    expect(records(text)).toEqual([]);
  });
});
