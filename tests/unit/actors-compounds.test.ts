// A hyphenated pair of actor names ("Japan-Philippines talks") names both parties, each at its own offsets;
// a hyphenated word with one name in it ("pro-Russian", "Russian-made") names none this way.
import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../src/extract/actors/gazetteer.ts';
import { tokenize } from '../../src/extract/sentences/tokens.ts';

const found = (text: string) => findActorMentions(tokenize(text)).map((m) => [text.slice(m.start, m.end), m.ids.join(',')]);

describe('hyphenated pairs of names', () => {
  it.each([
    ['The Japan-Philippines meeting was held.', [['Japan', 'country:JPN'], ['Philippines', 'country:PHL']]],
    ['A US-Russia summit took place.', [['US', 'country:USA'], ['Russia', 'country:RUS']]],
    ['The U.S.-China talks resumed.', [['U.S.', 'country:USA'], ['China', 'country:CHN']]],
    ['EU-Mercosur trade talks stalled.', [['EU', 'org:eu'], ['Mercosur', 'org:mercosur']]],
    ['The NATO-Russia Council met.', [['NATO-Russia Council', 'org:nato']]],
    ['Pro-Russian forces used Russian-made drones.', []],
    ['A cease-fire held.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
