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
    ["China's Foreign Ministry spokesman Li Wenhao said the pact was signed.", { name: 'Li Wenhao', role: 'Foreign Ministry spokesman', affiliation: 'country:CHN' }],
    ["Peru's government spokeswoman, Rosa Quispe, said the vote would go ahead.", { name: 'Rosa Quispe', role: 'government spokeswoman', affiliation: 'country:PER' }],
    ['The Personal Envoy of the Secretary-General of the United Nations, Omar Haddad, arrived in Juba.', { name: 'Omar Haddad', role: 'Personal Envoy of the Secretary-General of the United Nations', affiliation: 'org:un' }],
    ['IMF Managing Director Kristina Georgeva said the programme was on track.', { name: 'Kristina Georgeva', role: 'Managing Director', affiliation: 'org:imf' }],
    ['Eritrean Information Minister Yemane Kidane wrote that Asmara had no role.', { name: 'Yemane Kidane', role: 'Information Minister', affiliation: 'country:ERI' }],
    ['Mao Lin, a foreign ministry spokeswoman, said the drills were routine.', { name: 'Mao Lin', role: 'foreign ministry spokeswoman', affiliation: undefined }],
    ['Ana Soto, the communication minister, said the situation was calm.', { name: 'Ana Soto', role: 'communication minister', affiliation: undefined }],
    ['Rosa Quispe, the opposition organiser, was arrested on Thursday.', { name: 'Rosa Quispe', role: 'opposition organiser', affiliation: undefined }],
    ["Chile held talks. Jorge Vela, the country's defence minister, said the talks went well.", { name: 'Jorge Vela', role: 'defence minister', affiliation: 'country:CHL' }],
    ['The head of the UN Observer Mission in Peru, Omar Haddad, arrived in Lima.', { name: 'Omar Haddad', role: 'head of the UN Observer Mission in Peru', affiliation: 'org:un' }],
    ['A leader of the Electoral Commission in Chile, Ana Soto, said the count was over.', { name: 'Ana Soto', role: 'leader of the Electoral Commission in Chile', affiliation: 'country:CHL' }],
    // An honorific between the title and the name is neither; "Smt." and "Md." do not end the sentence.
    ['Prime Minister Shri Ravi Varma met the envoy.', { name: 'Ravi Varma', role: 'Prime Minister', affiliation: undefined }],
    ['The envoy called on President Smt. Asha Rao in the capital.', { name: 'Asha Rao', role: 'President', affiliation: undefined }],
    ['He met Foreign Affairs Adviser Md. Rafiq Alam on Monday.', { name: 'Rafiq Alam', role: 'Foreign Affairs Adviser', affiliation: undefined }],
    ['The envoy met President Prof. Peter Banda in the capital.', { name: 'Peter Banda', role: 'President', affiliation: undefined }],
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
    ['The ship was hit on Monday, the Philippine Coast Guard said.'],
    ['The head of the UN Support Mission said on Monday that talks would resume.'],
    ['His Excellency received the envoy.'],
  ])('finds nobody in %s', (text) => {
    expect(records(text)).toEqual([]);
  });
});

describe('affiliation from the passage when the title names none', () => {
  it('takes the country nearest the name in its sentence, and records the guess', () => {
    const r = people('The foreign minister of Chile, Ana Soto, flew to Lima on Monday and met President Jorge Vela in Lima.');
    const vela = [...r.people.values()].find((p) => p.name === 'Jorge Vela')!;
    expect(vela.affiliation).toBe('country:PER');
    expect(vela.affiliationWeak).toBe(true);
    expect(vela.rule).toMatch(/nearby-sentence$/);
  });

  it('counts "Prime Minister of Denmark" as the same office as "Prime Minister"', () => {
    const r = people('Prime Minister Mark Dale spoke yesterday with the Prime Minister of Denmark, Mette Holm.');
    expect([...r.people.values()].find((p) => p.name === 'Mark Dale')!.affiliation).not.toBe('country:DNK');
  });

  it('takes the home country from a venue line under a transcript\'s headline ("Maximos Mansion, Athens")', () => {
    const r = people('Press briefing by the Government Spokesman\n\nMaximos Mansion, Athens\n\nMR. PAPAS: Nikos Stavrou, the Deputy Minister of Maritime Affairs, resigned late Friday.');
    expect(r.home).toEqual({ id: 'country:GRC', rule: 'place-line' });
    expect([...r.people.values()].find((p) => p.name === 'Nikos Stavrou')!.affiliation).toBe('country:GRC');
  });

  it('never gives an office to a country whose holder of the same office is already named', () => {
    const r = people('British Prime Minister Tom Reed arrived in Ahmedabad on Thursday, and met Prime Minister Ravi Nair in New Delhi the following day.');
    expect([...r.people.values()].find((p) => p.name === 'Ravi Nair')!.affiliation).toBe('country:IND');
  });

  it('falls back to the country the passage is about, nearer sentences weighing more', () => {
    const text = 'Kenya hosted the talks. Kenya said they went well. Pakistan swore in a new cabinet on Tuesday. Parliament elected opposition leader Omar Farooq on Monday.';
    expect([...people(text).people.values()].find((p) => p.name === 'Omar Farooq')!.affiliation).toBe('country:PAK');
  });

  it('in a digest, takes the country of the name\'s own item before the next item\'s nearer one', () => {
    const text = 'CHILE - The two candidates debated on Tuesday. Turnout was high. Polls closed early. Counting went on overnight. President Jorge Vela said on Wednesday that the count was clean.\n\nPERU - Peru summoned Peru\'s ambassador. Lima said on Monday that Peru would protest.';
    const vela = [...people(text).people.values()].find((p) => p.name === 'Jorge Vela')!;
    expect(vela.affiliation).toBe('country:CHL');
    expect(vela.rule).toMatch(/nearby-passage$/);
  });

  it('gives a digest whose items open with their own country ("PERU - ", "BOLIVIA - ") no one home country', () => {
    const text = 'PERU - Prime Minister Ana Soto was summoned on Wednesday.\n\nBOLIVIA - President Jorge Vela said on Monday that marchers would reach the capital.';
    expect(records(text)).toEqual(expect.arrayContaining([
      { name: 'Ana Soto', role: 'Prime Minister', affiliation: 'country:PER' },
      { name: 'Jorge Vela', role: 'President', affiliation: 'country:BOL' },
    ]));
    expect(people(text).home).toBeUndefined();
    expect(people('PERU - Prime Minister Ana Soto was summoned on Wednesday.\n\nPresident Jorge Vela did not comment.').home?.id).toBe('country:PER');
  });

  it('does not take a country that owns a named thing after the name ("told Italy\'s Corriere della Sera")', () => {
    const r = people("Prime Minister Ana Soto told Italy's Corriere della Sera that Albania would be ready.");
    expect([...r.people.values()].find((p) => p.name === 'Ana Soto')!.affiliation).toBe('country:ALB');
  });

  it("gives a secretary-general's officers the one organisation with a secretary-general the article names, else the UN", () => {
    const un = people('ECOWAS leaders met in Abuja. The Deputy Secretary-General, Amina Rao, will travel to Accra next month. ECOWAS thanked her.');
    const rao = [...un.people.values()].find((p) => p.name === 'Amina Rao')!;
    expect(rao.affiliation).toBe('org:un');
    expect(rao.rule).toMatch(/secretary-general-default$/);
    const nato = people('NATO allies met in Brussels. The Deputy Secretary-General, Amina Rao, spoke to EU envoys.');
    expect([...nato.people.values()].find((p) => p.name === 'Amina Rao')!.affiliation).toBe('org:nato');
    // A UN mission stands for the UN.
    const mission = people('MONUSCO patrols continued. The Special Representative of the Secretary-General, Omar Haddad, met ECOWAS envoys.');
    expect([...mission.people.values()].find((p) => p.name === 'Omar Haddad')!.affiliation).toBe('org:un');
  });

  it('reads a remit after "for" as part of the title, and never as the affiliation', () => {
    expect(records('The Special Representative of the Secretary-General for West Africa and the Sahel, Omar Haddad, attended the session.'))
      .toContainEqual({ name: 'Omar Haddad', role: 'Special Representative of the Secretary-General for West Africa and the Sahel', affiliation: 'org:un' });
    const envoy = [...people('Special Envoy for Sudan Tom Reed said on Monday that the talks would resume.').people.values()].find((p) => p.name === 'Tom Reed')!;
    expect(envoy.role).toBe('Special Envoy for Sudan');
    expect(envoy.affiliation).not.toBe('country:SDN');
  });

  it('guesses nothing for a person without a title', () => {
    expect(records('Peru said on Monday that Jorge Vela had spoken.')).toEqual([]);
  });
});

describe('names written surname first', () => {
  it('"President Park" after "Park Ji Hoon" is the same person, and headlines use the surname', () => {
    const r = people('President Park Ji Hoon of South Korea arrived on Monday. President Park said talks went well.');
    expect([...r.people.values()].map((p) => p.name)).toEqual(['Park Ji Hoon']);
  });

  it('"Park Ji Hoon" after "President Park" joins the earlier mention', () => {
    const r = people('President Park said talks went well. Park Ji Hoon, the President of South Korea, left on Tuesday.');
    expect([...r.people.values()].map((p) => p.name)).toEqual(['Park Ji Hoon']);
  });
});

describe('titles that are not followed by a name', () => {
  it('"leader of Civic Union" is an organisation after a title, not a person', () => {
    expect(records('Anna Nowak, leader of Civic Union, urged the president not to waste time.').map((p) => p.name)).not.toContain('Civic Union');
  });

  it('"appointed Omar Bello as Prime Minister" reads the role after "as"', () => {
    expect(records('The military authorities appointed Mr. Omar Bello as Prime Minister on Monday.')).toContainEqual(expect.objectContaining({ name: 'Omar Bello', role: 'Prime Minister' }));
  });
});

describe('Japanese official style', () => {
  it('"Mr. TANAKA Kenji, Prime Minister of Japan" is Kenji Tanaka, and "Prime Minister Tanaka" is the same person', () => {
    const r = people('Mr. TANAKA Kenji, Prime Minister of Japan, held a meeting on Monday. Prime Minister Tanaka welcomed the visit.');
    expect([...r.people.values()].map((p) => ({ name: p.name, affiliation: p.affiliation }))).toEqual([{ name: 'Kenji Tanaka', affiliation: 'country:JPN' }]);
  });

  it('does not read an acronym after "Mr." as a family name', () => {
    expect(records('Mr. NATO Kenji said nothing.')).toEqual([]);
  });
});

describe('a title owned by "its"', () => {
  it('"Its top diplomat, Li Wen" belongs to the body the text spoke of last, not to the place of the meeting', () => {
    expect(records('Beijing published a position paper on Friday. Its top diplomat, Li Wen, met officials in Moscow on Wednesday.'))
      .toContainEqual({ name: 'Li Wen', role: 'top diplomat', affiliation: 'country:CHN' });
  });
});

describe('Markdown emphasis', () => {
  it('"President **Luis Vela**" is a title and a name', () => {
    expect(records('President **Luis Vela** of Peru announced on Monday that the border would stay shut.')).toContainEqual({ name: 'Luis Vela', role: 'President', affiliation: 'country:PER' });
  });
});

describe('words that end no name', () => {
  it('a sea is no person, and a headline verb in title case is not part of a name', () => {
    const names = records('Foreign Minister Rui Tavares Holds Telephone Call with Spanish Counterpart. The Deputy Secretary met Foreign Minister Anna Lind of Sweden. They discussed the security of cables in the Baltic Sea.').map((r) => r.name);
    expect(names).toContain('Rui Tavares');
    expect(names).not.toContain('Baltic Sea');
    expect(names.join(' ')).not.toMatch(/Holds|Telephone/);
  });
});

describe('more titles', () => {
  it.each([
    ['The moderator, former Irish taoiseach Bertie Ahern, will travel to Buka next week.', 'Bertie Ahern'],
    ['The protests were led by Archbishop Bagrat Galstanyan.', 'Bagrat Galstanyan'],
    ['Vice-Premier Ding Xuexiang met the delegation.', 'Ding Xuexiang'],
  ])('%j names %s', (text, name) => {
    expect(records(text).map((r) => r.name)).toContain(name);
  });
});

describe('a name with an age, and the pronoun that opens the next sentence', () => {
  it('"Name Surname, 67," is a person, and "He" opening the next sentence is that person, not one named inside the aside', () => {
    const r = people('Tomas Varga, 67, who served in the cabinet of the late president Milan Horak, appeared in court on Monday. He told the judges he was innocent.');
    const names = [...r.people.values()].map((p) => p.name);
    expect(names).toContain('Tomas Varga');
    const he = r.mentions.find((m) => m.how === 'pronoun');
    expect(he && r.people.get(he.key)?.name).toBe('Tomas Varga');
  });
  it('a pronoun inside a sentence still refers to the person named last', () => {
    const r = people('Prime Minister Anna Lind met President Milan Horak. Later that day Horak said he was pleased.');
    const he = r.mentions.find((m) => m.how === 'pronoun');
    expect(he && r.people.get(he.key)?.name).toBe('Milan Horak');
  });
});

describe('a pronoun in a transcript turn', () => {
  it('is never the speaker, who would say "I" ("MR. REED: The Secretary-General ... He spoke to ...")', () => {
    const r = people('MR. REED: Good afternoon. The Secretary-General welcomed the vote. He spoke to President Milan Horak by phone on Monday.');
    expect(r.mentions.filter((m) => m.how === 'pronoun')).toEqual([]);
  });
  it('still refers to someone else the speaker named', () => {
    const r = people('MR. REED: Good afternoon. President Milan Horak arrived in Geneva. He met the envoy on Monday.');
    const he = r.mentions.find((m) => m.how === 'pronoun');
    expect(he && r.people.get(he.key)?.name).toBe('Milan Horak');
  });
});

describe("a readout's date line names its home", () => {
  it('"Lisbon, 3 May 2024" above the text: an official with no country is Portugal\'s', async () => {
    const { extractTimeline } = await import('../../src/extract/pipeline.ts');
    const text = 'Minister Rui Gomes held a telephone conversation on Friday with the Foreign Minister of Sweden, Anna Lind.';
    const doc = extractTimeline([{ id: 'r1', title: '', published: '2024-05-03', publishedFrom: { rule: 'date-line:day-month-year:prefixed', text: 'Lisbon, 3 May 2024' }, source: 'r1.txt', text, span: { start: 0, end: text.length } }]);
    const gomes = doc.actors.find((a) => a.name === 'Rui Gomes');
    expect(gomes?.affiliation).toBe('country:PRT');
    expect(gomes?.provenance?.rule).toMatch(/home:date-line/);
  });
});

describe('places that end no name, and offices the home country does not have', () => {
  it('"Basman Palace" is no person', () => {
    // a title with no name, then a capitalised pair: the place must not become the titled person
    expect(records('The Deputy Secretary of State arrived on Friday. Talks were held at Basman Palace on Saturday.').map((r) => r.name)).not.toContain('Basman Palace');
  });
  it('a minister named in a Washington briefing is not American', () => {
    const r = records('Washington, D.C.\n\nMR. SMITH: The Secretary spoke with Foreign Minister Ana Lind on Monday about the border.');
    expect(r.find((x) => x.name === 'Ana Lind')?.affiliation).not.toBe('country:USA');
  });
});

describe('a family name that is a country\'s', () => {
  it('"Prime Minister Luís Montenegro" is a person named Montenegro, "the Prime Minister of Montenegro" is not', () => {
    const names = records('Prime Minister Luís Montenegro, speaking in parliament, said Lisbon had shared its findings.').map((r) => r.name);
    expect(names).toContain('Luís Montenegro');
    const other = records('President Milo Djukanovic of Montenegro met Prime Minister Ana Brnabic.').map((r) => r.name);
    expect(other).toContain('Milo Djukanovic');
    expect(other.join(' ')).not.toMatch(/Djukanovic Montenegro/);
  });
});

describe('honorifics of address', () => {
  it('"Honourable" opens no name', () => {
    expect(records("Minister Ablakwa held talks with Honourable Selma Dussey, Togo's Minister of Trade, on Monday.").map((r) => r.name)).not.toContain('Honourable Selma Dussey');
  });
});

describe('people named without a title of their own', () => {
  it.each([
    // A place name between a title and a surname is a first name.
    ["Paraguay's President Santiago Vera said on Monday that talks would resume.", { name: 'Santiago Vera', role: 'President', affiliation: 'country:PRY' }],
    // "counterpart" is a title whose country is the demonym before it.
    ['Ghana\'s foreign minister, Ama Boateng, and her Togolese counterpart, Kodjo Agbeyome, met on Monday.', { name: 'Kodjo Agbeyome', role: 'counterpart', affiliation: 'country:TGO' }],
    // A country's possessive before a plain personal name.
    ["Czech Prime Minister Tomas Novak and Slovakia's Peter Kovac signed a declaration.", { name: 'Peter Kovac', role: undefined, affiliation: 'country:SVK' }],
    // A plural title before two names joined by "and" titles both.
    ['Presidents Tomas Novak and Peter Kovac signed the treaty.', { name: 'Peter Kovac', role: 'President', affiliation: undefined }],
  ])('%s', (text, expected) => {
    expect(records(text)).toContainEqual(expected);
  });

  it.each([["Britain's Royal Navy tracked the ship."], ["Chile's Electoral Qualifying Court ordered a recount."], ["Russia's Black Sea Fleet sailed."]])('finds no person in %s', (text) => {
    expect(records(text)).toEqual([]);
  });
});
