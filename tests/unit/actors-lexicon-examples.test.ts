// Every organisation and medium in the lexicons documents itself with an example sentence: the example must
// find that actor, so a new alias that cannot match (a typo, a tokenisation surprise) fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../src/extract/actors/gazetteer.ts';
import { resolveContextual } from '../../src/extract/actors/resolve.ts';
import { splitSentences } from '../../src/extract/sentences/split.ts';
import { tokenize } from '../../src/extract/sentences/tokens.ts';

interface Entry { id: string; example?: string }
const entries = (file: string): Entry[] => (JSON.parse(readFileSync(new URL(`../../data/lexicons/${file}`, import.meta.url), 'utf8')) as { entries: Entry[] }).entries;

function idsIn(text: string): string[] {
  const tokens = tokenize(text);
  return resolveContextual(findActorMentions(tokens), splitSentences(text, tokens)).flatMap((m) => m.ids);
}

describe.each(['organizations.json', 'media.json'])('%s examples', (file) => {
  const rows = entries(file).filter((e) => e.example).map((e) => [e.id, e.example!] as const);
  it('has examples', () => expect(rows.length).toBeGreaterThan(10));
  it.each(rows)('%s: %s', (id, example) => {
    expect(idsIn(example)).toContain(id);
  });
});
