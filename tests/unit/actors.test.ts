// Actor recognition: countries (names, demonyms, capitals and seats as their governments), organisations,
// media, context-dependent forms, and the words that only look like actors.
import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../src/extract/actors/gazetteer.ts';
import { findParties } from '../../src/extract/actors/parties.ts';
import { findShortForms } from '../../src/extract/actors/short-forms.ts';
import { actorLexicon } from '../../src/extract/actors/lexicon.ts';
import { resolveContextual } from '../../src/extract/actors/resolve.ts';
import { splitSentences } from '../../src/extract/sentences/split.ts';
import { tokenize } from '../../src/extract/sentences/tokens.ts';

function actorsIn(text: string): Array<{ text: string; ids: string[]; place: boolean }> {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  return resolveContextual(findActorMentions(tokens), sentences).map((m) => ({ text: text.slice(m.start, m.end), ids: m.ids, place: m.place }));
}
const ids = (text: string): string[] => actorsIn(text).filter((m) => !m.place).flatMap((m) => m.ids);

describe('actor lexicon', () => {
  it('has every country of the world-countries package with a stable id', () => {
    const countries = [...actorLexicon().actors.values()].filter((a) => a.kind === 'country');
    expect(countries.length).toBeGreaterThanOrEqual(240);
    expect(actorLexicon().actors.get('country:RUS')?.name).toBe('Russia');
    expect(actorLexicon().actors.get('country:USA')?.name).toBe('United States');
    expect(actorLexicon().actors.get('country:TUR')?.name).toBe('Turkey');
  });
  it('has the main organisations and media', () => {
    for (const id of ['org:nato', 'org:eu', 'org:un', 'org:osce', 'org:g7', 'org:g20', 'org:au', 'org:asean', 'org:iaea', 'org:who', 'org:quad', 'media:reuters', 'media:ap', 'media:afp', 'media:tass', 'media:cnn', 'media:bbc']) {
      expect(actorLexicon().actors.has(id), id).toBe(true);
    }
  });
});

describe('actor mentions', () => {
  it.each([
    ['Russian diplomats met their counterparts.', ['country:RUS']],
    ['The Kremlin denied the report.', ['country:RUS']],
    ['Washington and Kyiv agreed on a plan.', ['country:USA', 'country:UKR']],
    ['Kiev rejected the proposal.', ['country:UKR']],
    ['The White House and the Pentagon declined to comment.', ['country:USA', 'country:USA']],
    ['Beijing warned Tokyo on Monday.', ['country:CHN', 'country:JPN']],
    ['The U.S. and the UK sent aid.', ['country:USA', 'country:GBR']],
    ['Turkey hosted the talks.', ['country:TUR']],
    ['Türkiye hosted the talks.', ['country:TUR']],
    ['Georgia wants to join NATO.', ['country:GEO', 'org:nato']],
    ['The EU and the OSCE issued statements.', ['org:eu', 'org:osce']],
    ['The International Atomic Energy Agency confirmed it.', ['org:iaea']],
    ['He told Reuters and TASS news agency.', ['media:reuters', 'media:tass']],
    ['North Korean and South Korean officials met.', ['country:PRK', 'country:KOR']],
    ['Philippine and Saudi officials spoke.', ['country:PHL', 'country:SAU']],
    // The adjectives news writes where the package has another ("Kazakhstani", "Ecuadorean", "Kirghiz").
    ['Kazakh, Kyrgyz, Uzbek and Tajik officials met.', ['country:KAZ', 'country:KGZ', 'country:UZB', 'country:TJK']],
    ['Ecuadorian, Argentinian and Surinamese envoys spoke.', ['country:ECU', 'country:ARG', 'country:SUR']],
    ['Nepali and Maldivian ministers spoke.', ['country:NPL', 'country:MDV']],
    // Kosovo is a state here: its capital and demonym name it; a package entry listing two adjectives gives both.
    ['Pristina said Kosovar police had left.', ['country:UNK', 'country:UNK']],
    ['Bosnian and Herzegovinian leaders met.', ['country:BIH', 'country:BIH']],
    // Names written without their accents, as wires often do.
    ['Bogota, Yaounde and Sao Tome protested.', ['country:COL', 'country:CMR', 'country:STP']],
    ['Male voters and San Jose residents protested.', []],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ['Tell us what you think.'],
    ['We roasted a turkey for dinner.'],
    ['Georgia voters went to the polls.'],
    ['The minister may resign in May.'],
    ['It was a chad of paper.'],
    ['They met in the valley.'],
    ['Troops landed on Manus Island.'],
    ['Thomas Mann wrote novels.'],
  ])('no actor in %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ['The E3 triggered the snapback on Thursday.', ['country:FRA', 'country:DEU', 'country:GBR']],
    ['Ministers of the Nordic countries met in Oslo.', ['country:DNK', 'country:FIN', 'country:ISL', 'country:NOR', 'country:SWE']],
    ['The EU and the five Central Asian states agreed a partnership.', ['org:eu', 'country:KAZ', 'country:KGZ', 'country:TJK', 'country:TKM', 'country:UZB']],
    ['Talks between the two Koreas resumed.', ['country:KOR', 'country:PRK']],
  ])('reads a named group of countries as its members: %s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('reads "the General Assembly" as the UN, and another body\'s General Assembly as that body', () => {
    expect(ids('The General Assembly opened its session on Tuesday.')).toEqual(['org:un']);
    expect(ids('The OAS General Assembly adopted a resolution.')).toEqual(['org:oas']);
  });

  it('reads "the North" as North Korea only in a story that named North Korea', () => {
    expect(ids('North Korea fired missiles. Last week, the North tested a rocket.')).toEqual(['country:PRK', 'country:PRK']);
    expect(ids('Last week, the North tested a rocket.')).toEqual([]);
    expect(ids('North Korea fired missiles. Drones struck an airbase in the North Caucasus.')).toEqual(['country:PRK']);
  });

  it('reads "the Baltic states" as its three members', () => {
    expect(ids('The Baltic states want more troops.')).toEqual(['country:EST', 'country:LVA', 'country:LTU']);
  });

  it('resolves "the alliance" and "the bloc" to the organisation named before', () => {
    expect(ids('NATO leaders met. The alliance agreed.')).toEqual(['org:nato', 'org:nato']);
    expect(ids('The EU leaders met. The bloc agreed.')).toEqual(['org:eu', 'org:eu']);
    expect(ids('Stoltenberg, the Secretary-General of the US-led bloc, spoke.')).toEqual(['org:nato']);
  });

  it('reads "Dominican" as the Dominican Republic, unless Dominica was named before', () => {
    expect(ids('Haiti summoned the Dominican envoy.')).toEqual(['country:HTI', 'country:DOM']);
  });

  it('reads "the bloc" as a bloc named before, and as nobody when none was', () => {
    expect(ids('CARICOM met in Georgetown. The bloc called for calm.')).toEqual(['org:caricom', 'org:caricom']);
    expect(ids('The bloc called for calm.')).toEqual([]);
  });

  it('reads a bare "Congo" as the Democratic Republic, unless the other Congo was named before', () => {
    expect(ids('Congo and Rwanda agreed to resume talks.')).toEqual(['country:COD', 'country:RWA']);
    expect(ids('Brazzaville hosted the summit. Congo said it would mediate.')).toEqual(['country:COG', 'country:COG']);
  });

  it('resolves Brussels by the sentence, and as a place after "in"', () => {
    expect(ids('He criticised Brussels, claiming that the EU is wrong.')).toEqual(['org:eu', 'org:eu']);
    expect(ids('NATO said Brussels would not back down.')).toEqual(['org:nato', 'org:nato']);
    const inBrussels = actorsIn('They met in Brussels on Wednesday.');
    expect(inBrussels).toEqual([{ text: 'Brussels', ids: ['org:eu'], place: true }]);
  });

  it('treats a capital after "in" as a place, and after "to" as the government', () => {
    expect(actorsIn('Talks were held in Moscow.')[0]?.place).toBe(true);
    expect(actorsIn('Moscow handed a draft to Washington.').map((m) => m.place)).toEqual([false, false]);
  });
});

describe('political parties found in the text', () => {
  const parties = (text: string) => { const t = tokenize(text); return findParties(t, findActorMentions(t)).map((p) => [p.name, p.ids[0]]); };

  it.each([
    ["Jonas Dahl's Labour Party won the vote.", [['Labour Party', 'org:party:labour-party']]],
    ['The Democratic Party of Socialists will appeal.', [['Democratic Party of Socialists', 'org:party:democratic-party-of-socialists']]],
    ['The Socialist Left Party and the Centre Party walked out.', [['Socialist Left Party', 'org:party:socialist-left-party'], ['Centre Party', 'org:party:centre-party']]],
    ['Chinese Communist Party officials met.', [['Communist Party', 'org:party:communist-party']]],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });

  it.each([['The party said no.'], ['His Party won.'], ['They threw a party on Friday.'], ['THE PARTY IS OVER']])('finds none in %s', (text) => {
    expect(parties(text)).toEqual([]);
  });
});

describe('names that would read as another actor', () => {
  it('gives Taiwan no "Republic of China" alias, and reads "People\'s Republic of China" as China', () => {
    expect(actorLexicon().actors.get('country:TWN')!.aliases).not.toContain('Republic of China');
    expect(ids("The People's Republic of China protested.")).toEqual(['country:CHN']);
  });
});

describe('short forms of organisations named before', () => {
  const withShort = (text: string) => {
    const tokens = tokenize(text);
    const lexical = findActorMentions(tokens);
    const all = [...lexical, ...findShortForms(tokens, lexical)].sort((a, b) => a.first - b.first);
    return resolveContextual(all, splitSentences(text, tokens)).map((m) => [text.slice(m.start, m.end), m.ids.join('+')]);
  };
  it('reads "the Forum" and "the Fund" as the forum and the fund the article named', () => {
    expect(withShort("The Pacific Islands Forum meets in May. The Forum's leaders will sign a declaration.")).toContainEqual(['The Forum', 'org:pif']);
    expect(withShort('The International Monetary Fund sent a mission. The Fund said on Monday that talks went well.')).toContainEqual(['The Fund', 'org:imf']);
  });
  it('names nothing when the article named no such organisation, or before another capitalised word', () => {
    expect(withShort('The Forum opened on Monday.').map(([t]) => t)).not.toContain('The Forum');
    expect(withShort('The International Monetary Fund sent a mission. The Fund Director spoke.').map(([t]) => t)).not.toContain('The Fund');
    // lower case is a common noun
    expect(withShort('The Pacific Islands Forum met. Leaders at the forum spoke.').map(([t]) => t)).not.toContain('the forum');
  });
});
