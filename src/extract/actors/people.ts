/**
 * People in an article: names found by the company they keep (a title before them, an appositive title after
 * them, a speech verb next to them, an honorific, a transcript speaker label), with role and affiliation read
 * from that title; later mentions by surname, by a descriptor ("the diplomat", "the Secretary") and by he/she
 * resolve to the person named most recently. Never a list of known people.
 *
 * @example
 * // "Kremlin spokesman Dmitry Peskov told TASS" -> Dmitry Peskov, role "spokesman", affiliation country:RUS
 */
import type { Sentence } from '../sentences/split.ts';
import type { Token } from '../sentences/tokens.ts';
import { DESCRIPTORS, GENERIC_DESCRIPTORS, HEADS, INLINE_HONORIFICS, NOT_NAMES, SINGLE_NAME_HEADS, impliedAffiliation, isTitleWord, pluralTitle, titleAfter, titleBefore, type TitleRead } from './titles.ts';
import titleData from '../../../data/lexicons/titles.json' with { type: 'json' };
import { homeCountry, type Home } from './home.ts';
import type { ActorMention } from './types.ts';

export interface PersonRecord {
  /** Key while the article is read: the canonical name's normalised form. */
  key: string;
  name: string;
  aliases: Set<string>;
  role?: string;
  affiliation?: string;
  /** The affiliation is only the article's home country (no title or sentence named it): others may override it. */
  affiliationWeak?: boolean;
  /** Actors the person's title deals with ("Special Envoy for Sudan"): never guessed as the affiliation. */
  remit?: string[];
  /** Rule that found the person, and the text it was read from. */
  rule: string;
  evidence: { start: number; end: number };
}

export interface PersonMention {
  start: number;
  end: number;
  first: number;
  last: number;
  key: string;
  /** 'name' | 'surname' | 'descriptor' | 'pronoun' | 'speaker' | 'title' (a title standing for a person named nearby) | 'plural' ("the two leaders": one mention per person). */
  how: string;
}

export interface PeopleResult {
  people: Map<string, PersonRecord>;
  mentions: PersonMention[];
  /** Speaker turns in transcripts: token index from which a speaker talks, and who ('' for a questioner). */
  turns: Array<{ from: number; key: string }>;
  /** The country the article is filed from (wire dateline or place line), when it names one. */
  home?: Home;
}

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'bin', 'al', 'da', 'di', 'du', 'le', 'la', 'el', 'dos', 'ibn']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const SPEECH = new Set(['said', 'says', 'confirmed', 'told', 'tells', 'stated', 'explained', 'added', 'noted', 'stressed', 'insisted', 'remarked', 'warned', 'claimed', 'wrote', 'tweeted', 'announced', 'revealed', 'argued', 'asked', 'replied', 'declared', 'accused', 'urged']);
/** Words after a person's name that make it the name of a place or thing ("Charles de Gaulle airport"). */
const NAMED_AFTER = new Set(['airport', 'international', 'foundation', 'bridge', 'street', 'square', 'avenue', 'boulevard', 'road', 'university',
  'center', 'centre', 'hospital', 'stadium', 'school', 'institute', 'prize', 'award', 'airbase', 'port', 'highway', 'museum', 'library', 'park',
  'hall', 'building', 'tower', 'dam', 'station', 'aircraft', 'carrier', 'doctrine', 'plan', 'administration', 'era']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord']);
const PRONOUNS = new Set(['he', 'she']);
/** Plural descriptors (titles.json pluralDescriptors) by first word, longest first; their second words. */
const PLURALS = new Map<string, string[][]>();
const PLURAL_SECOND = new Set<string>();
for (const w of titleData.pluralDescriptors.words) {
  const words = w.split(' ');
  PLURALS.set(words[0]!, [...(PLURALS.get(words[0]!) ?? []), words].sort((a, b) => b.length - a.length));
  if (words[1]) PLURAL_SECOND.add(words[1]);
}
/** The plural descriptor starting at token i ("the two leaders"), if any. */
function pluralAt(tokens: readonly Token[], i: number): string[] | undefined {
  for (const words of PLURALS.get(tokens[i]!.norm) ?? []) {
    let k = 0;
    while (k < words.length && tokens[i + k]?.norm === words[k]) k++;
    if (k === words.length) return words;
  }
  return undefined;
}

/** Lower-case words that can start a person mention: pronouns, "the" (descriptors, titles), plural descriptors. */
const LOWER_STARTS = new Set(['he', 'she', 'the', ...PLURALS.keys()]);
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\.?$/u;
const PARTICLE_NAME = /^(?:al|el|ad|ash|as|at|az|bin|ibn|abu|ben|bint)-\p{Lu}[\p{L}'’-]*$/u;
/** A capitalised word that may be part of a name, or an initial ("J."). Most tokens fail on `cap` at once. */
const isNameToken = (t: Token): boolean =>
  t.cap && (t.text.length === 2 && t.text.charCodeAt(1) === 46 ? true : !t.upper && !NOT_NAMES.has(t.norm) && NAME_WORD.test(t.text));

/** "S. Jaishankar", "K. P. Sharma Oli": initials at `i` followed by a name word that is not an initial. */
function initialOpensName(tokens: readonly Token[], i: number): boolean {
  let j = i;
  while (j < i + 3 && /^\p{Lu}\.$/u.test(tokens[j]?.text ?? '')) j++;
  const next = tokens[j];
  return j > i && !!next && isNameToken(next) && !/^\p{Lu}\.$/u.test(next.text);
}

/** The canonical form of a name: no middle initials or generational suffixes ("Lloyd J. Austin III" -> "Lloyd Austin"). */
/** The country whose possessive stands right before token `i` ("Slovakia's"), if any. */
function possessor(tokens: readonly Token[], i: number, actorAt: ReadonlyMap<number, ActorMention>): ActorMention | undefined {
  if (!/^['’]s$/.test(tokens[i - 1]?.text ?? '')) return undefined;
  const m = actorAt.get(i - 2);
  return m && m.last === i - 1 && m.ids.length === 1 && m.ids[0]!.startsWith('country:') && !m.place ? m : undefined;
}

/** Words that end a body's name, never a person's ("Britain's Royal Navy", "Ukraine's Supreme Court"). */
const BODY_WORDS = new Set(['court', 'assembly', 'navy', 'army', 'fleet', 'party', 'council', 'sea', 'bank', 'ministry', 'forces', 'force',
  'front', 'house', 'senate', 'parliament', 'congress', 'guard', 'police', 'service', 'agency', 'office', 'commission', 'committee',
  'union', 'league', 'movement', 'group', 'company', 'corporation', 'airlines', 'airways', 'railways', 'university', 'institute',
  'river', 'island', 'islands', 'mountains', 'region', 'province', 'state', 'city', 'port', 'airport', 'strait', 'gulf', 'coast', 'day', 'times', 'post', 'news']);

/** Two or three plain name words (capital then lower case), none a body's word: a personal name. */
function personalName(tokens: readonly Token[], i: number, end: number): boolean {
  if (end - i > 3 || BODY_WORDS.has(tokens[end]?.norm ?? '')) return false;
  for (let k = i; k < end; k++) if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(tokens[k]!.text) || BODY_WORDS.has(tokens[k]!.norm)) return false;
  return true;
}

/** Actor forms that can be a first name right after a title ("German", "Santiago", "Victoria", "Jordan"). */
const FIRST_NAME_FORMS = new Set(['demonym', 'capital', 'name', 'seat']);

export function canonicalName(words: readonly string[]): string {
  const kept = words.filter((w, k) => !(k > 0 && /^\p{Lu}\.$/u.test(w)) && !SUFFIXES.has(w.toLowerCase().replace(/\.$/, '')));
  return kept.join(' ');
}

/** First words of the two-word descriptors ("foreign minister"). */
const DESCRIPTOR_HEADS = new Set([...DESCRIPTORS].filter((d) => d.includes(' ')).map((d) => d.split(' ')[0]!));

// Keys are asked for many times per name (every mention, every surname check); NFKD normalisation is not
// cheap, so they are remembered (a bounded cache: names in news repeat).
const KEYS = new Map<string, string>();
export const keyOf = (name: string): string => {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size > 20000) KEYS.clear();
    key = name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    KEYS.set(name, key);
  }
  return key;
};
const surnameOf = (name: string): string => keyOf(name.split(' ').pop() ?? name);

function nameRun(tokens: readonly Token[], i: number, limit: number, actorAt: ReadonlyMap<number, ActorMention>, firstIsName = false): number {
  let j = i;
  while (j < limit) {
    const t = tokens[j]!;
    if (actorAt.has(j) && !(firstIsName && j === i)) break;
    // "Charles de Gaulle", "Ursula von der Leyen": one or two particles before a name word.
    if (isNameToken(t) || (j > i && PARTICLES.has(t.norm) && tokens[j + 1] && (isNameToken(tokens[j + 1]!) || (PARTICLES.has(tokens[j + 1]!.norm) && tokens[j + 2] && isNameToken(tokens[j + 2]!))))) { j++; continue; }
    if (j > i && SUFFIXES.has(t.norm)) { j++; continue; }
    // "Abdel Fattah al-Burhan", "Mohammed bin-Salman": a lower-case particle joined to the family name.
    if (j > i && PARTICLE_NAME.test(t.text)) { j++; continue; }
    break;
  }
  // A run must not end on an initial.
  while (j > i && /^\p{Lu}\.$/u.test(tokens[j - 1]!.text)) j--;
  return j;
}

/**
 * @param knownNames full names (lower case, as canonicalName writes them) found with a title or another cue in other
 * articles of the batch: here they are people even without one ("the call between Donald Trump and Vladimir Putin").
 */
export function findPeople(text: string, tokens: readonly Token[], sentences: readonly Sentence[], actors: readonly ActorMention[], dateLineHome?: Home, knownNames?: ReadonlySet<string>): PeopleResult {
  const people = new Map<string, PersonRecord>();
  const mentions: PersonMention[] = [];
  const turns: PeopleResult['turns'] = [];
  const actorAt = new Map<number, ActorMention>();
  for (const m of actors) for (let k = m.first; k < m.last; k++) actorAt.set(k, m);
  let pendingTitle: { read: TitleRead; sentence: number; start: number; end: number } | null = null;

  // People are keyed by surname inside one article: "President Biden" after "Joe Biden" is the same person.
  // Names written surname first ("Yoon Suk Yeol", "Wang Yi"): the first word, for a later "President Yoon".
  const byFirstWord = new Map<string, string>();
  const keyFor = (words: readonly string[]): string => {
    const key = words.length === 1 ? keyOf(words[0]!) : surnameOf(canonicalName(words));
    if (people.has(key)) return key;
    const first = keyOf(words[0]!);
    // "President Yoon" after "Yoon Suk Yeol"; "Yoon Suk Yeol" after "President Yoon".
    if (words.length === 1) return byFirstWord.get(first) ?? key;
    const single = people.get(first);
    return single && !single.name.includes(' ') ? first : key;
  };
  const register = (words: string[], read: TitleRead | null, rule: string, start: number, end: number): string => {
    const name = canonicalName(words);
    const key = keyFor(words);
    if (words.length >= 2 && !byFirstWord.has(keyOf(words[0]!))) byFirstWord.set(keyOf(words[0]!), key);
    let rec = people.get(key);
    if (!rec) { rec = { key, name, aliases: new Set(), rule, evidence: { start, end } }; people.set(key, rec); }
    else if (name.split(' ').length > rec.name.split(' ').length) { rec.aliases.add(rec.name); rec.name = name; rec.rule = rule; }
    const full = words.join(' ');
    if (full !== rec.name) rec.aliases.add(full);
    if (read && read.role && !rec.role) rec.role = read.role;
    if (read?.affiliation && !rec.affiliation) rec.affiliation = read.affiliation;
    if (read?.remit && !rec.remit) rec.remit = read.remit;
    return key;
  };

  let recent: string | null = null;
  let shared: { read: TitleRead; end: number } | null = null;
  const consumed = new Set<ActorMention>();
  // The first two people of the latest sentence that named two or more: "the two leaders".
  let pair: [string, string] | null = null;
  let fromMention = 0;
  sentences.forEach((s, si) => {
    const keys: string[] = [];
    for (let k = fromMention; k < mentions.length; k++) if (!keys.includes(mentions[k]!.key) && mentions[k]!.how !== 'plural') keys.push(mentions[k]!.key);
    if (keys.length >= 2) pair = [keys[0]!, keys[1]!];
    // The person the previous sentence named first, its subject as a rule: what a pronoun opening this
    // sentence refers to ("Abdelmalek Bouzidi, who served under the late president X, appeared in court. He
    // told the judges ..." is Bouzidi, not X).
    const subject = keys[0] ?? null;
    fromMention = mentions.length;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      // Transcript speaker label at the start of a turn: "MR. SULLIVAN:", "PRIME MINISTER TUSK:", "QUESTION:".
      const label = i === s.first && t.upper ? speakerLabel(tokens, i, s.last) : null;
      // An untitled label ("SULLIVAN:") is a speaker only when the name is known from the text.
      if (label && (label.titled || !label.name || people.has(keyOf(label.name.split(' ').pop()!)))) {
        const colon = tokens[label.colon]!;
        let key = '';
        if (label.name) {
          const sur = keyOf(label.name.split(' ').pop()!);
          const read: TitleRead | null = label.role ? { role: label.role, first: i, last: label.colon, rule: 'speaker-label' } : null;
          const aff = label.role ? impliedAffiliation(label.role) : undefined;
          if (read && aff) read.affiliation = aff;
          key = people.has(sur) ? sur : register(label.name.split(' '), read, 'speaker-label', t.start, colon.end);
          if (read && !people.get(key)!.role) people.get(key)!.role = read.role;
          mentions.push({ start: t.start, end: tokens[label.colon - 1]!.end, first: i, last: label.colon, key, how: 'speaker' });
              recent = key;
        }
        // A questioner's or moderator's turn has no speaker (key ''): it ends the previous speaker's turn.
        turns.push({ from: i, key });
        i = label.colon;
        continue;
      }
      // Most words are lower case and start nothing here (no name, pronoun, descriptor or plural).
      if (!t.cap && !LOWER_STARTS.has(t.norm)) continue;
      // "Energy Minister German Galushchenko", "President Santiago Peña": a demonym or a place name between a
      // title and a surname is a first name.
      const demonymName = t.cap && FIRST_NAME_FORMS.has(actorAt.get(i)?.form ?? '') && actorAt.get(i)!.last === i + 1 && !!tokens[i + 1] && isNameToken(tokens[i + 1]!)
        && !actorAt.has(i + 1) && !!tokens[i - 1] && HEADS.has(tokens[i - 1]!.norm);
      if (actorAt.has(i) && !demonymName) { i = actorAt.get(i)!.last - 1; continue; }
      const lower = t.norm;
      // "Shri Narendra Modi", "Smt. Droupadi Murmu": the honorific is not the first name.
      if (t.cap && INLINE_HONORIFICS.has(lower)) {
        const name = tokens[i + (tokens[i + 1]?.text === '.' ? 2 : 1)];
        if (name && isNameToken(name)) continue;
      }
      // "The leaders", "both ministers", "they" (two people just named): both of them.
      const plural = PLURAL_SECOND.has(tokens[i + 1]?.norm ?? '') ? pluralAt(tokens, i) : undefined;
      if (plural && pair && tokens[i + plural.length]?.norm !== 'of') {
        const last = i + plural.length;
        for (const key of pair) mentions.push({ start: t.start, end: tokens[last - 1]!.end, first: i, last, key, how: 'plural' });
        i = last - 1;
        continue;
      }
      // Pronouns and descriptors refer back.
      if (PRONOUNS.has(lower) && recent) {
        const opening = i === s.first || (i === s.first + 1 && /^["“]$/.test(tokens[s.first]!.text));
        const key = opening && subject ? subject : recent;
        // A speaker says "I", not "he": in a transcript turn, "He spoke to President Touadéra" is someone the
        // speaker talked of (often unnamed: "the Secretary-General"), never the speaker.
        if (turns.length && turns[turns.length - 1]!.key === key) continue;
        mentions.push({ start: t.start, end: t.end, first: i, last: i + 1, key, how: 'pronoun' });
        continue;
      }
      if (lower === 'the' && tokens[i + 1]) {
        const d1 = tokens[i + 1]!.norm;
        // Only build the two-word key when some two-word descriptor starts with d1 ("the" is the commonest word).
        const d2 = tokens[i + 2] && DESCRIPTOR_HEADS.has(d1) ? `${d1} ${tokens[i + 2]!.norm}` : '';
        const desc = DESCRIPTORS.has(d2) ? d2 : DESCRIPTORS.has(d1) ? d1 : null;
        if (desc && !(tokens[i + (desc === d2 ? 3 : 2)]?.norm === 'of')) {
          const last = i + 1 + desc.split(' ').length;
          const nextTok = tokens[last];
          if (!(nextTok && isNameToken(nextTok)) && !(nextTok?.text === ',' && tokens[last + 1] && isNameToken(tokens[last + 1]!))) {
            const key = resolveDescriptor(desc, people, recent);
            if (key) { mentions.push({ start: t.start, end: tokens[last - 1]!.end, first: i, last, key, how: 'descriptor' }); i = last - 1; continue; }
          }
        }
      }
      // A title with "of <actor>" and no name: remember it for a name in the next sentences.
      if ((lower === 'the') && tokens[i + 1]?.cap) {
        const read = titleAfter(tokens, i + 1, actors, s.last);
        if (read && read.affiliation && !(tokens[read.last] && isNameToken(tokens[read.last]!)) && tokens[read.last]?.text !== ',') {
          pendingTitle = { read, sentence: si, start: t.start, end: tokens[read.last - 1]!.end };
        }
      }
      // "Mr. KISHIDA Fumio, Prime Minister of Japan": Japanese official style writes the family name first, in
      // capitals; the person is Fumio Kishida.
      if (t.upper && /^\p{Lu}{3,}$/u.test(t.text) && tokens[i - 1] && HONORIFICS.has(tokens[i - 1]!.norm) && tokens[i + 1] && isNameToken(tokens[i + 1]!) && !actorAt.has(i + 1)) {
        const end = nameRun(tokens, i + 1, s.last, actorAt);
        const given = tokens.slice(i + 1, end).map((x) => x.text);
        const after = tokens[end]?.text === ',' ? titleAfter(tokens, end + 1, actors, s.last) : null;
        const key = register([...given, titleCase(t.text)], after, after ? `${after.rule}+family-name-first` : 'honorific+family-name-first', t.start, tokens[end - 1]!.end);
        mentions.push({ start: t.start, end: tokens[end - 1]!.end, first: i, last: end, key, how: 'name' });
        recent = key;
        i = end - 1;
        continue;
      }
      // A name may open with an initial ("S. Jaishankar", "K. P. Sharma Oli") when a name word follows.
      if (!(isNameToken(t) || demonymName) || (/^\p{Lu}\.$/u.test(t.text) && !initialOpensName(tokens, i))) continue;
      let end = nameRun(tokens, i, s.last, actorAt, demonymName);
      if (end <= i) continue;
      // "Prime Minister Luís Montenegro": a country's name right after a titled given name is the family name
      // (not before "'s" or another name word, and not "of Montenegro").
      const surnameCountry = actorAt.get(end);
      if (surnameCountry && surnameCountry.first === end && surnameCountry.last === end + 1 && surnameCountry.form === 'name'
        && surnameCountry.ids.length === 1 && surnameCountry.ids[0]!.startsWith('country:') && tokens[i - 1] && HEADS.has(tokens[i - 1]!.norm)
        && !(tokens[end + 1] && (isNameToken(tokens[end + 1]!) || /^['’]s$/.test(tokens[end + 1]!.text)))) {
        consumed.add(surnameCountry);
        end++;
      }
      const words = tokens.slice(i, end).map((x) => x.text);
      // "Presidents Shavkat Mirziyoyev and Sadyr Japarov": the plural title before the first name titles the second.
      const before = titleBefore(tokens, i, actors, s.first) ?? (shared && shared.end === i - 1 && tokens[i - 1]?.norm === 'and' ? { ...shared.read, affiliation: undefined } : null);
      const honor = tokens[i - 1] && HONORIFICS.has(tokens[i - 1]!.norm);
      const commaTitle = tokens[i - 1]?.text === ',' ? titleBefore(tokens, i - 1, actors, s.first) : null;
      // ", the White House coordinator" after the name; "appointed X as Prime Minister".
      const after = tokens[end]?.text === ',' || tokens[end]?.norm === 'as' ? titleAfter(tokens, end + 1, actors, s.last) : null;
      const speech = (tokens[end] && SPEECH.has(tokens[end]!.norm)) || (tokens[i - 1] && SPEECH.has(tokens[i - 1]!.norm));
      const knownSurname = words.length === 1 && people.has(keyFor(words));
      const read = before ?? commaTitle ?? after;
      // "Beijing published a paper. Its top diplomat, Wang Yi, met ...": "its" is the body the text spoke of last.
      if (read && !read.affiliation && (tokens[read.first - 1]?.norm === 'its' || tokens[read.first - 1]?.norm === 'their')) {
        const owner = lastMentionBefore(actors, read.first - 1, si > 0 ? sentences[si - 1]!.first : s.first);
        if (owner) { read.affiliation = owner.ids[0]!; read.rule = `${read.rule}+affiliation:its`; }
      }
      const multi = end - i >= 2;
      const owner = multi ? possessor(tokens, i, actorAt) : undefined;
      let rule: string | null = null;
      if (knownSurname) rule = 'surname';
      // "President Putin", not "the General Assembly".
      else if (read && (multi || (before && SINGLE_NAME_HEADS.has(tokens[i - 1]!.norm) && tokens[before.first - 1]?.norm !== 'the'))) rule = read.rule;
      else if (multi && pendingTitle && si - pendingTitle.sentence <= 2) rule = 'cataphora';
      else if (multi && (honor || speech)) rule = honor ? 'honorific' : 'speech-verb';
      // "Abdelmalek Bouzidi, 67, who served ...": a name with an age after it is a person.
      else if (multi && ageAfter(tokens, end)) rule = 'age';
      // "Slovakia's Robert Fico", "Gambia's Adama Barrow": a country's possessive before a plain personal name.
      else if (owner && personalName(tokens, i, end)) rule = 'possessive';
      // "Tokayev received Wang Yi": a full name told before, again without its title.
      else if (multi && people.get(keyFor(words))?.name === canonicalName(words)) rule = 'repeated-name';
      // A full name another article of the batch gave with its title.
      // (Not a place or thing named after the person: "Charles de Gaulle airport", "Rafik Hariri International Airport".)
      else if (multi && knownNames?.has(canonicalName(words).toLowerCase()) && !NAMED_AFTER.has(tokens[end]?.norm ?? '')) rule = 'known-name';
      if (!rule) { i = end - 1; continue; }
      let title = read;
      if (rule === 'cataphora' && pendingTitle) {
        title = pendingTitle.read;
      }
      if (rule === 'possessive' && owner) title = { role: '', first: owner.first, last: i, rule, affiliation: owner.ids[0]! };
      const key = register(words, title, rule, tokens[i]!.start, tokens[end - 1]!.end);
      shared = before && pluralTitle(tokens, before) ? { read: before, end } : null;
      // "Germany pledged a battery, Defence Minister Boris Pistorius confirmed": an attributed official whose
      // title names no country speaks for the country the sentence opens with.
      const rec = people.get(key)!;
      // "Prime Minister Fumio Kishida of Japan", "President Stubb of Finland".
      if (!rec.affiliation && title && tokens[end]?.norm === 'of') {
        const at = tokens[end + 1]?.norm === 'the' ? end + 2 : end + 1;
        const of = actorAt.get(at);
        if (of && of.first === at && of.ids.length === 1 && !of.place) { rec.affiliation = of.ids[0]!; rec.rule = `${rec.rule}+of-affiliation`; }
      }
      if (title && !rec.affiliation && tokens[title.first - 1]?.text === ',' && (SPEECH.has(tokens[end]?.norm ?? '') || tokens[end]?.text === '.')) {
        // Not a wire dateline ("KYIV, April 9 - Germany pledged ...").
        const subject = actors.find((m) => m.first >= s.first && m.first < title.first && !m.place && m.ids.length === 1 && m.ids[0]!.startsWith('country:')
          && !(tokens[m.first]!.upper && tokens[m.last]?.text === ','));
        if (subject) { rec.affiliation = subject.ids[0]!; rec.rule = `${rec.rule}+affiliation:sentence-subject`; }
      }
      if (rule === 'cataphora' && pendingTitle) {
        mentions.push({ start: pendingTitle.start, end: pendingTitle.end, first: pendingTitle.read.first, last: pendingTitle.read.last, key, how: 'title' });
        pendingTitle = null;
      }
      mentions.push({ start: tokens[i]!.start, end: tokens[end - 1]!.end, first: i, last: end, key, how: knownSurname ? 'surname' : 'name' });
      if (demonymName) consumed.add(actorAt.get(i)!);
      recent = key;
      i = end - 1;
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  void text;
  // A demonym read as a first name is no longer an actor mention: removed from the caller's list in place.
  for (let k = actors.length - 1; k >= 0; k--) if (consumed.has(actors[k]!)) (actors as ActorMention[]).splice(k, 1);
  // An official whose title names no country belongs to the country the story is filed from.
  const home = homeCountry(tokens, sentences, actors) ?? dateLineHome;
  if (home) {
    for (const rec of people.values()) {
      // The United States has no ministers: "Foreign Minister Gabriela Sommerfeld" in a State Department briefing
      // is another country's (the passage around the name decides, below).
      if (home.id === 'country:USA' && rec.role && NOT_A_US_OFFICE.test(rec.role)) continue;
      if (rec.role && !rec.affiliation) { rec.affiliation = home.id; rec.affiliationWeak = true; rec.rule = `${rec.rule}+home:${home.rule}`; }
    }
  }
  nearbyAffiliations(people, mentions, sentences, actors, tokens);
  return home ? { people, mentions, turns, home } : { people, mentions, turns };
}

/** ", 67," right after a name (token `end` is the comma): wire style for a person's age. */
function ageAfter(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' || tokens[end + 2]?.text !== ',') return false;
  const age = tokens[end + 1]!.text;
  return /^\d{2,3}$/.test(age) && Number(age) >= 16 && Number(age) <= 110;
}

/** The last single-actor mention that is not a place, between token `floor` and token `before`. */
function lastMentionBefore(actors: readonly ActorMention[], before: number, floor: number): ActorMention | undefined {
  for (let k = actors.length - 1; k >= 0; k--) {
    const m = actors[k]!;
    if (m.first >= before) continue;
    if (m.first < floor) return undefined;
    if (!m.place && m.ids.length === 1) return m;
  }
  return undefined;
}

/** No American holds a minister's title: such an official is never placed in the United States by default. */
const NOT_A_US_OFFICE = /\bminister\b/i;
/** Titles of an organisation's officers: their holder belongs to an organisation, not a country. */
const ORG_ROLE = /secretary-general|director-general|commissioner|high representative/i;
/** A secretary-general's officer or deputy, not a secretary-general ("Secretary-General Naim Qassem" is Hezbollah's). */
const SG_OFFICER = /\b(?:of|for) the secretary[- ]general\b|^(?:deputy|under|assistant)[- ]secretary[- ]general\b/i;
/** Organisations headed by a secretary-general, by actor id; a UN mission or agency answers for the UN. */
const SECRETARY_GENERAL_OF = new Map<string, string>([
  ...['un', 'nato', 'osce', 'asean', 'opec', 'council-of-europe', 'arab-league', 'gcc', 'sco', 'csto', 'interpol', 'oas', 'caricom', 'oic',
    'commonwealth', 'oecd', 'pif', 'saarc', 'bimstec', 'oif'].map((s) => [`org:${s}`, `org:${s}`] as [string, string]),
  ...['unhcr', 'wfp', 'unicef', 'ocha', 'unrwa', 'unifil', 'monusco', 'unmiss', 'unsmil', 'minusca', 'minusma', 'unficyp', 'unama', 'unami',
    'unmik', 'unisfa', 'undp'].map((s) => [`org:${s}`, 'org:un'] as [string, string]),
]);
/** Sentences before and after the person's first mention that count towards "the country this passage is about". */
const WINDOW_BEFORE = 5;
const WINDOW_AFTER = 2;

/**
 * An official whose title names no country, in a story filed from nowhere ("President Nicolás Maduro",
 * "the Personal Envoy of the Secretary-General, Ramtane Lamamra"): the country (or, for an organisation's
 * officer, the organisation) the sentence of the first mention names, else the one the passage around it
 * names most. Countries that another person in the sentence stands for, or whose same office another person
 * holds in the article ("British Prime Minister Boris Johnson ... met Prime Minister Narendra Modi"), are not
 * candidates. The guess is weak (a title elsewhere overrides it) and its rule says how it was made.
 */
/** The office without its country ("Prime Minister of Denmark" holds the same office as "Prime Minister"). */
const office = (role: string): string => role.toLowerCase().replace(/ of .*$/, '');

function nearbyAffiliations(people: Map<string, PersonRecord>, mentions: readonly PersonMention[], sentences: readonly Sentence[], actors: readonly ActorMention[], tokens: readonly Token[]): void {
  const unplaced = [...people.values()].filter((p) => p.role && !p.affiliation);
  if (!unplaced.length) return;
  const sentenceOf = (token: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.first <= token) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const actorSentence = actors.map((m) => sentenceOf(m.first));
  const docCount = new Map<string, number>();
  for (const m of actors) if (m.ids.length === 1) docCount.set(m.ids[0]!, (docCount.get(m.ids[0]!) ?? 0) + 1);
  // Organisations with a secretary-general that the article names (a UN mission or agency stands for the UN).
  const sgOrgs = new Set(actors.filter((m) => m.ids.length === 1).map((m) => SECRETARY_GENERAL_OF.get(m.ids[0]!)).filter((id) => id !== undefined));
  for (const rec of unplaced) {
    const first = mentions.find((m) => m.key === rec.key);
    if (!first) continue;
    // "Spokesman for the Secretary-General", "the Deputy Secretary-General": the secretary-general of the one such
    // organisation the article names, else of the United Nations (whose office the bare title means in the news).
    if (SG_OFFICER.test(rec.role!) && sgOrgs.size <= 1) {
      rec.affiliation = sgOrgs.size ? [...sgOrgs][0]! : 'org:un';
      rec.affiliationWeak = true;
      rec.rule = `${rec.rule}+affiliation:secretary-general-${sgOrgs.size ? 'named' : 'default'}`;
      continue;
    }
    const si = sentenceOf(first.first);
    const prefix = ORG_ROLE.test(rec.role!) ? 'org:' : 'country:';
    const role = office(rec.role!);
    const excluded = new Set<string>();
    if (NOT_A_US_OFFICE.test(rec.role!)) excluded.add('country:USA');
    for (const id of rec.remit ?? []) excluded.add(id);
    for (const p of people.values()) {
      if (p === rec || !p.affiliation || p.affiliationWeak) continue;
      if (p.role && office(p.role) === role) excluded.add(p.affiliation);
    }
    // In the sentence: the nearest country to the name ("gave President Nicolás Maduro", "met Prime Minister
    // Narendra Modi in New Delhi"), a possessive or demonym right before the title first.
    let inSentence: string[] = [];
    let nearest = Infinity;
    // Closer sentences weigh more (inverse square of the distance): a digest's previous story should not outvote this one's.
    let window = new Map<string, number>();
    const paragraph = new Map<string, number>();
    actors.forEach((m, k) => {
      const id = m.ids[0]!;
      if (m.ids.length !== 1 || !id.startsWith(prefix) || excluded.has(id)) return;
      const ms = actorSentence[k]!;
      // "told Italy's Corriere della Sera": a country owning a named thing after the name is not the person's.
      const owns = m.first > first.last && tokens[m.last]?.norm === "'s" && !!tokens[m.last + 1]?.cap && !isTitleWord(tokens[m.last + 1]!);
      if (ms === si && !owns) {
        const d = m.last <= first.first ? first.first - m.last : m.first - first.last + 0.5;
        if (d < nearest) { nearest = d; inSentence = [id]; }
      }
      const w = 1 / (1 + Math.abs(ms - si)) ** 2;
      if (ms >= si - WINDOW_BEFORE && ms <= si + WINDOW_AFTER) window.set(id, (window.get(id) ?? 0) + w);
      if (sentences[ms]!.paragraph === sentences[si]!.paragraph && ms <= si + WINDOW_AFTER) paragraph.set(id, (paragraph.get(id) ?? 0) + w);
    });
    // A country from the name's own paragraph first, however long: the next digest item's "PHILIPPINES -" is near
    // but not this story. (Organisations are named further away: "the Envoy of the Secretary-General".)
    if (paragraph.size && prefix === 'country:') window = paragraph;
    const rank = (ids: string[], by: ReadonlyMap<string, number>): string[] => ids.sort((a, b) => (by.get(b) ?? 0) - (by.get(a) ?? 0));
    const clear = (ids: string[], by: ReadonlyMap<string, number>): boolean => ids.length === 1 || by.get(ids[0]!)! > by.get(ids[1]!)!;
    let pick: string | undefined;
    let how = 'sentence';
    if (inSentence.length) pick = inSentence[0];
    else {
      const near = rank([...window.keys()], window);
      if (near.length && clear(near, window)) { pick = near[0]; how = 'passage'; }
      else if (!near.length) {
        const top = rank([...docCount.keys()].filter((id) => id.startsWith(prefix) && !excluded.has(id)), docCount);
        if (top.length && docCount.get(top[0]!)! >= 2 && clear(top, docCount)) { pick = top[0]; how = 'article'; }
      }
    }
    if (pick) { rec.affiliation = pick; rec.affiliationWeak = true; rec.rule = `${rec.rule}+affiliation:nearby-${how}`; }
  }
}

/** Label words that name no speaker: a reporter's question, a moderator. */
const NO_SPEAKER = new Set(['question', 'q', 'reporter', 'moderator', 'operator', 'audience', 'participant']);
const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase().replace(/-(\p{L})/gu, (_, c: string) => `-${c.toUpperCase()}`);

/**
 * An all-capital label ending in ':' within six tokens: honorifics and title words, then the surname.
 * @example speakerLabel(tokenize("PRIME MINISTER TUSK: Good afternoon."), 0, 7) // { role: "Prime Minister", name: "Tusk", colon: 3 }
 */
function speakerLabel(tokens: readonly Token[], i: number, limit: number): { role: string; name: string; titled: boolean; colon: number } | null {
  let j = i;
  while (j < limit && j < i + 6 && tokens[j]!.text !== ':') {
    if (!tokens[j]!.upper && tokens[j]!.text !== '.') return null;
    j++;
  }
  if (tokens[j]?.text !== ':' || j === i) return null;
  const words = tokens.slice(i, j).filter((x) => x.text !== '.');
  if (words.length === 1 && NO_SPEAKER.has(words[0]!.norm)) return { role: '', name: '', titled: false, colon: j };
  const honorific = (w: Token): boolean => HONORIFICS.has(w.norm.replace(/\.$/, ''));
  let k = 0;
  while (k < words.length && (honorific(words[k]!) || isTitleWord(words[k]!))) k++;
  // The surname is the last one or two words ("PRIME MINISTER TUSK", "JAKE SULLIVAN"); a bare title names nobody.
  if (k === words.length || words.length - k > 2) return null;
  const role = words.slice(0, k).filter((w) => !honorific(w)).map((w) => titleCase(w.text)).join(' ');
  return { role, name: words.slice(k).map((w) => titleCase(w.text)).join(' '), titled: k > 0, colon: j };
}

/** The office itself, without whose it is: "Spokesperson for the Secretary-General" -> "spokesperson". */
const officeOf = (role: string | undefined): string => (role ?? '').toLowerCase().split(/ (?:of|for) /)[0]!;

function resolveDescriptor(desc: string, people: ReadonlyMap<string, PersonRecord>, recent: string | null): string | null {
  if (GENERIC_DESCRIPTORS.has(desc)) return recent;
  if (recent && officeOf(people.get(recent)?.role).includes(desc)) return recent;
  let found: string | null = null;
  for (const p of people.values()) if (officeOf(p.role).includes(desc)) found = p.key;
  return found;
}

