/**
 * Sentence-level event extraction for one article: triggers -> modality -> dates -> actors and people ->
 * draft events, one per group of triggers that share a date in a sentence. Discourse rules (anchoring undated
 * statements to their speaker's event) run afterwards in discourse.ts.
 *
 * Longer than 300 lines on purpose: the steps for one sentence (timex assignment, date sharing, grouping,
 * actors per group) share that sentence's triggers, time phrases and mentions; phrase readers are in phrases.ts.
 *
 * @example
 * // "Earlier this week, Russia's Deputy Foreign Minister Sergey Ryabkov met with US Deputy Secretary of State
 * //  Wendy Sherman ..." -> meeting, 2022-W02, actors [country:RUS, country:USA], people [Ryabkov, Sherman]
 */
import type { ActorMention } from '../actors/types.ts';
import type { PeopleResult } from '../actors/people.ts';
import type { Sentence } from '../sentences/split.ts';
import type { Token } from '../sentences/tokens.ts';
import { HEADS } from '../actors/titles.ts';
import type { Timex } from '../temporal/index.ts';
import { assignTimexes, datable, durationOfPast, fromTimex, futureReading, publicationDate } from './dates.ts';
import { addDays, parseDay } from '../temporal/calendar.ts';
import { MONTHS, NUMBERS, WEEKDAYS } from '../temporal/lexicon.ts';
import { isFuture, isHabitual, isNounUse, isPastForm, isStateForm, modalityOf, quoteMask, referenceCue, reportedFuture, subordinateEnd, type Modality } from './modality.ts';
import { KIND_PRIORITY, SAYING_VERBS, SPEECH_KINDS, family, findTriggers, triggerRule, type TriggerHit } from './triggers.ts';
import { isNounFirst, presentTense } from './title.ts';
import { datelineEnd, directSpeech, lastActorBefore, lastCountryBefore, milestoneSubject, objectAfter, objectBefore, placeAfter, placePhrase, subjectOf, subjectPhrase, tokenIndexAt, within } from './phrases.ts';
import type { DateValue, DraftEvent } from './types.ts';

export interface ArticleContext {
  document: string;
  text: string;
  published: string;
  tokens: Token[];
  sentences: Sentence[];
  actors: ActorMention[];
  people: PeopleResult;
  /** Person key -> global person actor id. */
  personId: (key: string) => string;
  /** Person key -> affiliation actor id. */
  affiliationOf: (key: string) => string | undefined;
  timexes: Timex[];
}

/** An undated trigger waiting for an anchor (discourse.ts). */
export interface PendingTrigger {
  draft: DraftEvent;
  hit: TriggerHit;
}

const POSSESSIVE_MARK = new Set(["'s", '’s', "'", '’']);
/** A time phrase followed by a possessive mark ("next year's budget"): it modifies the noun after it. */
const possessiveTime = (tokens: readonly Token[], x: { last: number }): boolean => POSSESSIVE_MARK.has(tokens[x.last]?.text ?? '');
const ANCHOR_LEAD = new Set(['following', 'after', 'afterwards', 'afterward', 'thereafter']);
/** Extra distance (tokens) for giving a past-looking time phrase to a future trigger. */
const REREAD_COST = 6;
const LENDING_CUES = new Set(['after', 'following']);

const POSSESSIVE_PRONOUNS = new Set(['their', 'his', 'her', 'its', 'our']);
/** Verbs of taking part, after "to", that a planned summit or meeting is titled by ("due to attend the summit"). */
const ATTENDING = new Set(['attend', 'join', 'chair', 'co-chair', 'co-host']);

/** The "attend" of "to attend the (NATO) summit" before the noun at `noun` (a few words back, in its clause), or -1. */
function attendingVerb(tokens: readonly Token[], noun: number, floor: number): number {
  for (let i = noun - 1; i > floor && i >= noun - 5; i--) {
    if (ATTENDING.has(tokens[i]!.norm) && tokens[i - 1]?.norm === 'to') return i;
    if (tokens[i]!.text === ',' || tokens[i]!.norm === 'to') return -1;
  }
  return -1;
}
const RECEIVING = new Set(['received', 'receives', 'receive']);
const BETWEEN_RECEIVING = new Set(['today', 'yesterday', 'in', 'at', 'on', 'this', 'morning', 'afternoon', 'evening']);

/** The token before a name that is "received" (or the token right before the name when there is none). */
function receivingVerbBefore(tokens: readonly Token[], name: number, floor: number): number {
  for (let i = name - 1, hops = 0; i > floor && hops <= 4; i--, hops++) {
    const t = tokens[i]!;
    if (RECEIVING.has(t.norm)) return i;
    if (!BETWEEN_RECEIVING.has(t.norm) && !(t.cap && /^\p{Lu}\p{Ll}/u.test(t.text))) break;
  }
  return name - 1;
}
/** A time phrase right after these words is the start of a span, not an event's date ("deployed since 2020"). */
const SPAN_OPENERS = new Set(['since']);
const iso = (d: ReturnType<typeof parseDay>): string => d.toISODate() ?? '';
/** Words that may stand before a time phrase that opens a sentence: "On Wednesday, ...", "Late Thursday, ...", "And then on Monday". */
const OPENING_LEADS = new Set(['on', 'late', 'early', 'earlier', 'later', 'by', 'at', 'in', 'over', 'then', 'and', 'but', 'also']);

/** Whether a comma, semicolon or dash stands between tokens a and b. */
function punctuatedBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (CLAUSE_MARKS.has(tokens[i]!.text)) return true;
  return false;
}
const CLAUSE_MARKS = new Set([',', ';', '–', '—']);

/** Whether only lead words ("On", "Late") stand between the sentence's first token and the time phrase at `at`. */
function opensSentence(tokens: readonly Token[], first: number, at: number): boolean {
  const from = BULLETS.has(tokens[first]?.text ?? '') ? first + 1 : first;
  if (at - from > 3) return false;
  for (let i = from; i < at; i++) if (!OPENING_LEADS.has(tokens[i]!.norm)) return false;
  return true;
}
/** "has said", "have warned": a perfect speech act with no date of its own is a standing position, not an event. */
const PERFECT = new Set(['has', 'have']);

/** The lower-case word that ends right before `at` (skipping spaces). */
function wordBefore(text: string, at: number): string {
  let b = at;
  while (b > 0 && text.charCodeAt(b - 1) === 32) b--;
  let a = b;
  while (a > 0 && /\p{L}/u.test(text[a - 1]!)) a--;
  return text.slice(a, b).toLowerCase();
}


export function extractDrafts(ctx: ArticleContext, keepModal: boolean): { drafts: DraftEvent[]; pending: PendingTrigger[]; latent: DraftEvent[] } {
  const { tokens, sentences, text } = ctx;
  const quoted = quoteMask(tokens);
  const actorAt = new Set<number>();
  for (const m of ctx.actors) for (let k = m.first; k < m.last; k++) actorAt.add(k);
  const actorMentionAt = new Map<number, ActorMention>();
  for (const m of ctx.actors) actorMentionAt.set(m.first, m);
  const drafts: DraftEvent[] = [];
  const pending: PendingTrigger[] = [];
  // Undated events that are not events on their own, kept in case a later dated "the summit" refers to them.
  const latent: DraftEvent[] = [];
  let turn = -1;

  sentences.forEach((s, si) => {
    while (turn + 1 < ctx.people.turns.length && ctx.people.turns[turn + 1]!.from < s.last) turn++;
    if (s.headline) return;
    // Questions are not events: a sentence ending in "?". A reporter's "Q:" turn states news in its declarative
    // sentences, the first one too ("Q: ASEAN economic ministers held a special meeting yesterday on the tariffs.").
    if (tokens[s.last - 1]?.text === '?') return;
    // A wire dateline ("BRUSSELS, March 4 (Reuters) - ") is not part of the story's first sentence.
    const first = datelineEnd(tokens, s.first, s.last);
    const found = findTriggers(tokens, first, s.last, (i) => quoted[i]! || actorAt.has(i));
    // "Tokayev received Wang Yi at the Akorda", "who received Fidan on Monday evening": receiving a person named
    // right after the verb is a meeting (titled receptions are patterns of the 'meet' rule).
    const sentencePeople = within(ctx.people.mentions, tokens[first]!.start, s.end);
    const meetRule = triggerRule('meet');
    for (const m of sentencePeople) {
      // ("received today in Ankara Asaad al-Shaibani": a time and a place may stand between the verb and the name.)
      const i = receivingVerbBefore(tokens, m.first, first);
      // Not "received Zelensky's letter".
      if (!meetRule || m.how === 'pronoun' || m.how === 'plural' || !RECEIVING.has(tokens[i]?.norm ?? '') || quoted[i]
        || POSSESSIVE_MARK.has(tokens[m.last]?.text ?? '') || found.some((h) => h.first <= i && i < h.last)) continue;
      found.push({ rule: meetRule, first: i, last: i + 1 });
    }
    found.sort((a, b) => a.first - b.first);
    if (!found.length) return;
    const habitualSentence = isHabitual(tokens, first, s.last);
    const toldNoun = openingToldNoun(tokens, first);
    const hits: Hit[] = found
      .filter((hit) => !isNounUse(tokens, hit) && !endsNamedEvent(tokens, hit, found) && !namedDocument(tokens, hit, first) && (hit.rule.id !== 'be-in' || placeNamedAt(ctx, hit.last, actorMentionAt))
        // "the Commission's decision on Feb. 29" is an event; "condemned the US decision to sell parts" is what a
        // reaction is about, and keeps its parties in the reaction.
        && (hit.rule.id !== 'decision-noun' || datedRightAfter(ctx.timexes, tokens, hit.last)))
      .map((hit) => {
        // "During the talks, ...": the opening's event noun is one told before, no event of its own.
        const cue = referenceCue(tokens, hit, first) ?? (hit.rule.pos === 'noun' && hit.last - 1 === toldNoun ? 'during' : null);
        return { hit, modality: modalityOf(tokens, hit, first) ?? (unrealisedPlan(tokens, hit) ? 'negated' as const : null) ?? (habitualSentence ? 'habitual' as const : null), reference: cue !== null, lends: cue !== null && LENDING_CUES.has(cue), past: isPastForm(tokens, hit), future: isFuture(tokens, hit, first), state: isStateForm(tokens, hit), speakersOwn: speakersOwnFuture(tokens, hit, first) };
      })
      .filter((h) => keepModal || h.modality === null);
    if (!hits.length) return;
    // "was due to fly to Damascus on Thursday for talks": a trip's purpose shares the trip's tense.
    hits.forEach((h, k) => {
      const trip = hits[k - 1];
      if (trip?.future && isTrip(trip) && afterFor(tokens, h) && h.hit.first - trip.hit.last <= 6) h.future = true;
    });
    const contentStart = tokens[first]!.start;
    const timexes = within(ctx.timexes, contentStart, s.end);
    let habitual = timexes.some((t) => t.type === 'SET');
    // "Regulation 2024/745" is a number, not the year 2024.
    // "since November 2020" opens a span (a state or habit), it does not date an event.
    // ... unless a clause says what happened then: "strained since March, when Quito imposed a surcharge" dates the
    // imposing, and only what the "when" clause tells.
    const dated = timexes.filter((t) => datable(t) && text[t.end] !== '/' && text[t.start - 1] !== '/')
      .map((t) => {
        const value = fromTimex(t);
        const x: Dated = { t, value, future: futureReading(t, value, ctx.published), first: tokenIndexAt(tokens, t.start, first, s.last), last: tokenIndexAt(tokens, t.end - 1, first, s.last) + 1 };
        if (SPAN_OPENERS.has(wordBefore(text, t.start))) {
          if (tokens[x.last]?.text !== ',' || tokens[x.last + 1]?.norm !== 'when') return null;
          x.clause = x.last + 1;
          // The "when" clause ends at the next comma or semicolon ("..., when Quito imposed a surcharge, and ...").
          let end = x.clause + 1;
          while (end < s.last && tokens[end]!.text !== ',' && tokens[end]!.text !== ';') end++;
          x.clauseEnd = end;
        }
        return x;
      })
      .filter((x): x is Dated => x !== null);
    // "told a weekly news briefing on Wednesday": a set that names a kind of occasion is no habit when the
    // sentence also names the day.
    if (habitual && dated.some((x) => x.t.type !== 'SET' && x.value.granularity === 'day')) habitual = false;
    // Appositives after a name (", the head of the army,"): their two commas and their words are set aside when
    // a time phrase is matched to its verb ("will meet General X, the head of the army, tomorrow").
    const aside: Array<[number, number]> = [];
    // ", Lin Chia-lung," after a title ("will host the Taiwanese foreign minister, Lin Chia-lung, in January"):
    // a name between commas is an appositive too.
    const nameEnds = new Map<number, number>();
    for (const m of sentencePeople) if (m.how === 'name') nameEnds.set(m.first, m.last);
    for (let i = first + 1; i < s.last; i++) {
      // (Only after a title's head: "the Taiwanese foreign minister, Lin Chia-lung,". The closing comma is looked
      // at again, as it may open a relative clause.)
      if (tokens[i]!.text === ',' && titleJustBefore(tokens, i, first) && tokens[nameEnds.get(i + 1) ?? -1]?.text === ',' && nameEnds.get(i + 1)! + 1 < s.last) {
        aside.push([i, nameEnds.get(i + 1)!]);
        i = nameEnds.get(i + 1)! - 1;
        continue;
      }
      // ", the head of the army," after a name; ", who brokered a ceasefire on July 28," after a name.
      const relative = RELATIVE_OPENERS.has(tokens[i + 1]?.norm ?? '');
      const named = tokens[i - 1]!.cap || /-\p{Lu}/u.test(tokens[i - 1]!.text);
      // ", on the Venezuelan side," / ", near the border," after a place: where it lies, not a clause.
      const located = named && PLACE_PREPOSITIONS.has(tokens[i + 1]?.norm ?? '') && ARTICLES.has(tokens[i + 2]?.norm ?? '');
      if (tokens[i]!.text !== ',' || !(relative || located || (named && ARTICLES.has(tokens[i + 1]?.norm ?? '')))) continue;
      let j = i + 2;
      while (j < s.last && j <= i + (relative ? 16 : 10) && tokens[j]!.text !== ',' && tokens[j]!.text !== ';' && !COMPLEMENTIZERS.has(tokens[j]!.norm)) j++;
      if (located && dated.some((x) => x.first > i && x.first < j)) continue;
      if (tokens[j]?.text === ',' && j + 1 < s.last) { aside.push([i, j]); i = j; }
      // "... with the minister of Namibia, who arrived on Sunday for a working visit.": a relative clause after a
      // name may close the sentence too.
      else if (relative && j >= s.last - 1 && j - i <= 16 && /^[.!]$/.test(tokens[s.last - 1]?.text ?? '')) { aside.push([i, s.last - 1]); i = s.last; }
    }
    const insideAside = (i: number): boolean => aside.some(([a, b]) => i >= a && i <= b);
    const commaBetween = (a: number, b: number): number => {
      let n = 0;
      // A comma before a name ("in Lithuania, Latvia, Estonia") is a list, not a clause boundary.
      for (let i = Math.min(a, b); i < Math.max(a, b); i++) if (((tokens[i]!.text === ',' && !tokens[i + 1]?.cap) || tokens[i]!.text === ';') && !insideAside(i)) n++;
      return n;
    };
    const setAside = (a: number, b: number): number => {
      let n = 0;
      for (const [x, y] of aside) if (x >= a && y < b) n += y - x + 1;
      return n;
    };
    const subordinate = subordinateEnd(tokens, first, s.last);
    // Positions of "that"/"whether" in the sentence, read once (mentions inside a complement clause, see emit).
    const complements: number[] = [];
    for (let i = first; i < s.last; i++) if (COMPLEMENTIZERS.has(tokens[i]!.norm)) complements.push(i);
    // Whether a "that" introduced by a speech act stands between trigger k and token `at`.
    const reportedClauseBetween = (k: number, at: number): boolean => complements.some((c) => c >= hits[k]!.hit.last && c < at
      && hits.some((x) => x.hit.rule.report && x.hit.last <= c && x.hit.last >= hits[k]!.hit.first - 1 && c - x.hit.last <= 12));
    const compatible = (k: number, ti: number): boolean => {
      const d = dated[ti]!.value;
      // A speech act is dated by a time phrase after it ("said on Monday"), opening the sentence or in an opening
      // "After ..." clause, never by one inside what it reports ("Finland could reopen crossings in May, Rantanen said").
      // Reported content ends at a comma before the verb; a phrase with no comma before the verb is the verb's
      // own ("the Foreign Ministry on Wednesday urged", "spoke yesterday with both leaders and urged them").
      // (A speaker's own circumstances are not reported content: "Lai, speaking at an air base on Saturday, said".)
      if (hits[k]!.hit.rule.report && dated[ti]!.last <= hits[k]!.hit.first && !opensSentence(tokens, first, dated[ti]!.first)
        && subordinate < 0 && punctuatedBetween(tokens, dated[ti]!.last, hits[k]!.hit.first) && !speakingAside(tokens, first, dated[ti]!.first, hits[k]!.hit.first)) return false;
      // "dismissed his minister on Wednesday, two weeks after talks with the IMF stalled": an event referred to
      // after "after", "following", "since" is an earlier one; a time phrase before the cue is not its date.
      if (hits[k]!.reference && dated[ti]!.last < hits[k]!.hit.first - 1 && !possessiveTime(tokens, dated[ti]!)) return false;
      const inFuture = d.start > ctx.published;
      // A future time phrase inside a reported clause dates nothing before it ("told the paper in an interview that
      // Albania would be ready to join in 2030": neither the telling nor the interview is in 2030).
      if (inFuture && dated[ti]!.first > hits[k]!.hit.last && reportedClauseBetween(k, dated[ti]!.first)) return false;
      return !(inFuture && hits[k]!.past) && !(!inFuture && hits[k]!.future && d.end < ctx.published && !dated[ti]!.future);
    };
    // A future trigger reads a past-looking weekday or month forward only when no past trigger nearby wants it
    // ("I spoke to them on Monday and I will meet them again on Friday").
    // (With no past trigger in the sentence, nothing competes: "will resume negotiations on the revision of
    // Annex C of the treaty on Monday" is next Monday however far the phrase stands.)
    const pastRival = hits.some((h) => !h.future);
    const rereading = (k: number, ti: number): number => (pastRival && hits[k]!.future && dated[ti]!.value.end < ctx.published ? REREAD_COST : 0);
    // "A trilateral meeting with Laos's prime minister, Sonexay Siphandone, is planned for March": a time phrase
    // after "is planned for", "is scheduled for", "will be held in" dates the event named as the clause's subject,
    // the last trigger before that predicate, however far back.
    const predicateOf = (ti: number): number => scheduledPredicate(tokens, dated[ti]!.first, first);
    const scheduled = (k: number, ti: number): number => {
      const p = predicateOf(ti);
      if (p < 0 || hits[k]!.hit.last > p) return 0;
      return hits.some((x) => x.hit.first >= hits[k]!.hit.last && x.hit.last <= p) ? 0 : -SUBJECT_BONUS;
    };
    // A time phrase inside an aside dates nothing outside it ("Anwar, who brokered a ceasefire on July 28, spoke ...").
    // A possessive time phrase modifies the noun after it ("next year's budget", "last week's vote"): it dates a
    // trigger there and nothing else ("will meet the party leaders on Thursday to discuss next year's budget").
    // "was released late Tuesday, his lawyer said, hours after the president set November 30 as the date": a time
    // phrase after "<n> days/hours after" belongs to that earlier event, never to a trigger before the cue.
    const afterCues: number[] = [];
    for (let i = first + 2; i < s.last; i++) if (tokens[i]!.norm === 'after' && daysAfterCue(tokens, i + 1, first)?.at === i) afterCues.push(i);
    // "agreed to open the road before the end of the year": a deadline is the agreed content's, not the date of
    // a past verb.
    // (It dates only a later event told before it: "to open the road before the end of the year", not "and to
    // convene the commission in January" after it.)
    const deadline = (k: number, ti: number): boolean => DEADLINE_CUES.has(tokens[dated[ti]!.first - 1]?.norm ?? '')
      && (dated[ti]!.first < hits[k]!.hit.first || (hits[k]!.past && dated[ti]!.first > hits[k]!.hit.last));
    // "will hold a joint exercise in March, the largest since Sweden joined NATO": what happened "since" is an
    // earlier event, never dated by a time phrase before the cue.
    const sinceCues: number[] = [];
    // ("for the first time since 2022 struck Lviv": a "since" that heads a time phrase fences nothing.)
    for (let i = first + 1; i < s.last; i++) if (tokens[i]!.norm === 'since' && !timexes.some((t) => t.start === tokens[i + 1]?.start)) sinceCues.push(i);
    const fenced = (k: number, ti: number): boolean => compatible(k, ti) && !deadline(k, ti) && (dated[ti]!.clause === undefined || inClause(dated[ti]!, hits[k]!.hit.first))
      && !sinceCues.some((c) => dated[ti]!.last <= c && c < hits[k]!.hit.first) && !afterCues.some((c) => hits[k]!.hit.last <= c && c < dated[ti]!.first)
      && (!insideAside(dated[ti]!.first) || insideAside(hits[k]!.hit.first))
      && (!possessiveTime(tokens, dated[ti]!) || (hits[k]!.hit.first > dated[ti]!.last && hits[k]!.hit.first <= dated[ti]!.last + 3));
    const assigned = assignTimexes(hits.map((h) => h.hit), dated, commaBetween, fenced, (k, ti) => rereading(k, ti) + scheduled(k, ti), setAside);
    // "Earlier this week, Russia's Deputy Foreign Minister Sergey Ryabkov met ...": an opening time phrase
    // followed by a comma dates the first trigger of the main clause, however long the subject.
    // ("5. On the same day, the Minister ... held talks": after a paragraph number and a preposition too.)
    let lead = first;
    lead = afterParagraphNumber(tokens, lead);
    if (OPENING_PREPOSITIONS.has(tokens[lead]?.norm ?? '')) lead++;
    const opening = dated.findIndex((x) => (x.first === first || x.first === lead) && tokens[x.last]?.text === ',');
    if (opening >= 0 && ![...assigned.values()].includes(opening)) {
      const k = hits.findIndex((h, k) => h.hit.first > dated[opening]!.last && !assigned.has(k) && compatible(k, opening));
      if (k >= 0) assigned.set(k, opening);
    }
    const mentions = within(ctx.actors, contentStart, s.end);
    const persons = within(ctx.people.mentions, contentStart, s.end);

    // Date per trigger: its own time expression, else the sentence's when tenses agree and, for a speech act,
    // the time phrase is not inside its reported content ("conveyed details on the act signed on May 21").
    const own: Array<DateValue | null> = hits.map((h, k) => {
      if (!assigned.has(k)) return null;
      const x = dated[assigned.get(k)!]!;
      return h.future && x.value.end < ctx.published && x.future ? x.future : x.value;
    });
    // "Two days later, Austin will fly to Manila. The following day he will meet ...": a day counted from the
    // story's last event is counted from that event's day, not from the last time phrase the tagger kept.
    hits.forEach((_, k) => {
      const x = assigned.has(k) ? dated[assigned.get(k)!] : undefined;
      if (!x || !DAY_COUNTED.has(x.t.rule) || (own[k]?.granularity !== 'day' && own[k]?.granularity !== 'hour')) return;
      const shift = relativeDayShift(x.t.text);
      const prev = shift === null ? undefined : lastDatedDay(drafts, si, hits[k]!.future ? undefined : ctx.published);
      if (prev === undefined || shift === null) return;
      // ... unless a day was named after that event ("alerted police on Sunday. The following day, ..."): the
      // tagger counted from it, and the story's clock is there.
      if (laterDayPhrase(ctx.timexes, sentences, prev.sentence, x.t.start, (pos) => quotedAtPos(tokens, quoted, pos))) return;
      const day = iso(addDays(parseDay(prev.day), shift));
      own[k] = { ...own[k]!, start: day, end: day, timex: day, granularity: 'day', rule: `${own[k]!.rule}+anchor:previous-event` };
    });
    const dateOf = own.slice();
    const shareFrom: number[] = hits.map(() => -1);
    hits.forEach((h, k) => {
      if (own[k] || h.reference) return;
      let bestDist = Infinity;
      own.forEach((d, j) => {
        // A reference lends its date to a report, or to a trigger it directly follows ("hosting a summit
        // immediately after Russia's invasion in February"); not across a comma ("warned, following negotiations").
        if (!d || j === k) return;
        // A noun of another kind is what the dated verb acts on ("detained two men suspected of organising
        // protests"), not an event of its own on that date.
        if (h.hit.rule.pos === 'noun' && family(h.hit.rule.kind) !== family(hits[j]!.hit.rule.kind) && !hits[j]!.hit.rule.report) return;
        // What a speech act reports is not dated by it ("said on Wednesday that the talks had failed").
        if (hits[j]!.hit.rule.report && !h.hit.rule.report && hits[j]!.hit.first < h.hit.first) return;
        if (hits[j]!.reference && !h.hit.rule.report && !(hits[j]!.lends && hits[j]!.hit.first > h.hit.first && commaBetween(h.hit.last, hits[j]!.hit.first) === 0)) return;
        if (!compatible(k, assigned.get(j)!) || deadline(k, assigned.get(j)!)) return;
        const x = dated[assigned.get(j)!]!;
        if (x.clause !== undefined && !inClause(x, h.hit.first)) return;
        if (h.hit.rule.report && x.first > h.hit.last && hits[j]!.hit.first > h.hit.first) return;
        // "briefed his Czech colleague on the meeting ... that he hosted in Warsaw on 19 November": what a briefing is
        // about is an earlier event, not the briefing's day.
        if (h.hit.rule.kind === 'speech' && hits[j]!.hit.first > h.hit.last && topicBetween(tokens, h.hit.last, hits[j]!.hit.first)) return;
        // "The measures were approved after Austria lifted its veto on Friday": an event told as before or
        // after another is not on its day (nor is it the same event).
        const later = hits[j]!.hit.first > h.hit.first ? hits[j]! : h;
        if (!hits[j]!.reference && !h.hit.rule.report && later.hit.rule.pos === 'verb' && orderedBetween(tokens, Math.min(h.hit.last, hits[j]!.hit.last), later.hit.first)) return;
        const dist = Math.abs(hits[j]!.hit.first - h.hit.first);
        if (dist < bestDist) { bestDist = dist; dateOf[k] = { ...d, rule: 'sentence-timex' }; shareFrom[k] = j; }
      });
    });

    // "ordered troops to the border on Sunday, a day after an armed group attacked an outpost": the event after
    // "<n> day(s) after" is n days before the dated event the clause hangs on ("hours after": the same day).
    const toldBefore: boolean[] = hits.map(() => false);
    hits.forEach((h, k) => {
      const cue = daysAfterCue(tokens, h.hit.first, first);
      if (!cue) return;
      const x = assigned.has(k) ? dated[assigned.get(k)!]! : undefined;
      if (x && x.first > cue.at) return; // the clause has its own date ("a day after talks on Monday")
      let j = k - 1;
      while (j >= 0 && !(hits[j]!.hit.last <= cue.at && dateOf[j]?.granularity === 'day')) j--;
      if (j < 0) return;
      const day = iso(addDays(parseDay(dateOf[j]!.start), -cue.days));
      dateOf[k] = own[k] = { ...dateOf[j]!, start: day, end: day, timex: day, granularity: 'day', rule: cue.days ? 'anchor:days-after' : 'anchor:hours-after' };
      // An event told as before another is not part of it.
      shareFrom[k] = -1;
      toldBefore[k] = true;
    });

    // "after a week of talks": a noun trigger right after "<duration> of" spans that past period.
    hits.forEach((h, k) => {
      if (dateOf[k] || h.hit.rule.pos !== 'noun' || h.future) return;
      let i = h.hit.first - 1;
      while (i > first && i >= h.hit.first - 3 && tokens[i]!.norm !== 'of') i--;
      if (tokens[i]?.norm !== 'of') return;
      const span = timexes.find((t) => t.type === 'DURATION' && t.end <= tokens[i]!.start && t.end >= tokens[i]!.start - 1);
      const value = span ? durationOfPast(span, ctx.published) : null;
      if (value) dateOf[k] = value;
    });

    // Groups: a trigger that took another's date joins it when one of them is a speech act or both are of one
    // family (meeting + summit); different content events on one date stay apart ("summit ... after the invasion").
    const firstComma = subordinate;
    const startsWithSubordinate = firstComma >= 0;
    const groupOf = hits.map((_, k) => k);
    hits.forEach((h, k) => {
      const j = shareFrom[k]!;
      if (j < 0) return;
      const other = hits[j]!;
      const joinable = h.hit.rule.report || other.hit.rule.report || family(h.hit.rule.kind) === family(other.hit.rule.kind);
      const split = startsWithSubordinate && commaBetween(h.hit.first, other.hit.first) > 0 && (h.hit.first < firstComma || other.hit.first < firstComma) && !(h.hit.first < firstComma && other.hit.first < firstComma);
      if (joinable && !split) groupOf[k] = groupOf[j]!;
    });
    // "will present the package at a donors' conference": a noun trigger after "at" is the setting of the
    // verb before it, one event.
    // "will travel to Japan next week to meet allied leaders": a purpose infinitive belongs to the verb before it.
    hits.forEach((h, k) => {
      if (k === 0 || h.hit.rule.pos !== 'verb' || tokens[h.hit.first - 1]?.norm !== 'to') return;
      const prev = hits[k - 1]!;
      // Not "agreed to meet": there the infinitive is the planned event itself.
      if (prev.hit.rule.pos !== 'verb' || prev.hit.rule.report || prev.future !== h.future || commaBetween(prev.hit.last, h.hit.first) > 0) return;
      groupOf[k] = groupOf[k - 1]!;
    });
    hits.forEach((h, k) => {
      if (h.hit.rule.pos !== 'noun' || k === 0) return;
      const prev = hits[k - 1]!;
      if (prev.hit.rule.pos !== 'verb') return;
      for (let i = h.hit.first - 1; i >= Math.max(prev.hit.last, h.hit.first - 4); i--) {
        // "will be in Athens on Thursday for talks with the Prime Minister": a trip's purpose is the trip's event.
        const purpose = tokens[i]!.norm === 'for' && !h.reference && isTrip(prev) && family(h.hit.rule.kind) === 'meeting';
        if (tokens[i]!.norm === 'at' || tokens[i]!.norm === 'during' || purpose) {
          groupOf[k] = groupOf[k - 1]!;
          if (!dateOf[k - 1] && dateOf[k]) dateOf[k - 1] = dateOf[k]!;
          // The trip's own date is the purpose's ("will travel to China next week for talks, his spokesman said on
          // Thursday": next week, not the day it was said).
          else if (purpose && own[k - 1] && !own[k]) dateOf[k] = own[k - 1]!;
          return;
        }
      }
    });
    // "approved the second reading", "signed an action plan": a noun trigger that is the direct object of a verb
    // trigger (only determiners and modifiers between) is that verb's event.
    hits.forEach((h, k) => {
      if (h.hit.rule.pos !== 'noun' || k === 0) return;
      const prev = hits[k - 1]!;
      if (prev.hit.rule.pos !== 'verb' || prev.hit.rule.report || h.hit.first - prev.hit.last > 3) return;
      for (let i = prev.hit.last; i < h.hit.first; i++) if (!OBJECT_FILLER.test(tokens[i]!.text) || tokens[i]!.cap) return;
      const a = dateOf[k];
      const b = dateOf[k - 1];
      // (What is called off keeps no date of its own: "called off a visit planned for next week".)
      if (a && b && (a.start !== b.start || a.end !== b.end) && prev.hit.rule.id !== 'cancel') return;
      groupOf[k] = groupOf[k - 1]!;
    });
    // "The air force said on Saturday that it had shot down 28 drones launched overnight": what a report tells
    // of the same day or the night before is the news the report is about, one event.
    for (let k = 0; k < hits.length; k++) {
      const r = own[k];
      if (!hits[k]!.hit.rule.report || !r || r.granularity !== 'day') continue;
      let eve = '';
      for (let j = k + 1; j < hits.length; j++) {
        const c = hits[j]!;
        const d = own[j];
        if (c.hit.rule.report || c.hit.rule.pos !== 'verb' || !d || d.granularity !== 'day' || c.future || toldBefore[j]) continue;
        eve ||= iso(addDays(parseDay(r.start.slice(0, 10)), -1));
        if (d.end.slice(0, 10) < eve || d.start.slice(0, 10) > r.end.slice(0, 10)) continue;
        const from = groupOf[j]!;
        for (let x = 0; x < groupOf.length; x++) if (groupOf[x] === from) groupOf[x] = groupOf[k]!;
      }
    }
    const groups = new Map<number, number[]>();
    hits.forEach((_, k) => groups.set(groupOf[k]!, [...(groups.get(groupOf[k]!) ?? []), k]));
    const scope: GroupScope = { ctx, keepModal, tokens, sentences, text, quoted, actorAt, drafts, pending, latent, turn, s, si, first, contentStart, hits, dated, assigned, groupOf, groups, mentions, persons, complements, dateOf, own, habitual, toldNoun };
    for (const ks of groups.values()) emitGroup(scope, ks);

  });
  return { drafts, pending, latent };
}

/** A time phrase of a sentence that can date an event: its value, its forward reading, its token span. */
interface Dated {
  t: Timex;
  value: DateValue;
  future: DateValue | null;
  first: number;
  last: number;
  /** "since March, when ...": the "when" that opens the only clause this phrase dates, and where it ends. */
  clause?: number;
  clauseEnd?: number;
}

/** A title's head among the few words before token `at` ("the foreign minister", "the President of the European Council"). */
function titleJustBefore(tokens: readonly Token[], at: number, floor: number): boolean {
  for (let j = at - 1; j >= Math.max(floor, at - 6) && tokens[j]!.text !== ','; j--) if (HEADS.has(tokens[j]!.norm)) return true;
  return false;
}

/** A trip's verb ("will travel to", "was in"). */
const isTrip = (h: Hit): boolean => h.hit.rule.kind === 'visit' && h.hit.rule.pos === 'verb';
/** A noun trigger right after "for" ("for talks"): the purpose of a trip told before it. */
const afterFor = (tokens: readonly Token[], h: Hit): boolean => h.hit.rule.pos === 'noun' && tokens[h.hit.first - 1]?.norm === 'for';

/** Whether token `i` lies in the "when" clause a "since March, when ..." phrase dates. */
const inClause = (x: Dated, i: number): boolean => i > x.clause! && i < x.clauseEnd!;

/** One sentence's state, shared by its event groups (see extractDrafts). */
interface GroupScope {
  ctx: ArticleContext;
  keepModal: boolean;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  text: string;
  quoted: readonly boolean[];
  actorAt: ReadonlySet<number>;
  drafts: DraftEvent[];
  pending: PendingTrigger[];
  latent: DraftEvent[];
  turn: number;
  s: Sentence;
  si: number;
  first: number;
  contentStart: number;
  hits: readonly Hit[];
  dated: readonly Dated[];
  assigned: ReadonlyMap<number, number>;
  groupOf: readonly number[];
  groups: ReadonlyMap<number, number[]>;
  mentions: readonly ActorMention[];
  persons: PeopleResult['mentions'];
  complements: readonly number[];
  dateOf: ReadonlyArray<DateValue | null | undefined>;
  own: ReadonlyArray<DateValue | null | undefined>;
  habitual: boolean;
  /** The event noun of an opening "During the talks," (token index), or -1. */
  toldNoun: number;
}

/**
 * One event from a group of triggers of one sentence: its actors and people, subject, place, date and modality,
 * then its title parts and quote (describeDraft). A function of its own, not a closure of the sentence loop, so
 * that the optimising compiler handles smaller units.
 */
function emitGroup(scope: GroupScope, ks: number[]): void {
  const { ctx, keepModal, tokens, sentences, text, quoted, actorAt, drafts, pending, latent, turn, s, si, first, contentStart, hits, dated, assigned, groupOf, groups, mentions, persons, complements, dateOf, own, habitual, toldNoun } = scope;
  // The event's kind comes from its highest-priority trigger, never from a purpose infinitive ("to meet").
  // Nor from a trip's purpose ("will travel to Accra for talks": a visit).
  const trip = ks.some((k) => isTrip(hits[k]!));
  const purposeNoun = (k: number): boolean => trip && afterFor(tokens, hits[k]!);
  const governing = ks.filter((k) => !(hits[k]!.hit.rule.pos === 'verb' && tokens[hits[k]!.hit.first - 1]?.norm === 'to') && !purposeNoun(k));
  // "has called off a visit planned for next week": the calling off is the event, never what was called off.
  const cancel = ks.find((k) => hits[k]!.hit.rule.id === 'cancel');
  const candidates = governing.length ? governing : ks.some((k) => !purposeNoun(k)) ? ks.filter((k) => !purposeNoun(k)) : ks;
  const main = cancel ?? candidates.reduce((a, b) => ((KIND_PRIORITY.get(hits[b]!.hit.rule.kind) ?? 0) > (KIND_PRIORITY.get(hits[a]!.hit.rule.kind) ?? 0) ? b : a));
  const h = hits[main]!;
  const lastTok = Math.max(...ks.map((k) => hits[k]!.hit.last));
  const firstTrigger = Math.min(...hits.map((x) => x.hit.first));
  // Mentions nearer to another group's trigger belong to it; those before every trigger (subjects) to all.
  const firstGroup = groupOf[hits.findIndex((x) => x.hit.first === firstTrigger)]!;
  const own0 = assigned.has(main) ? dated[assigned.get(main)!] : undefined;
  const beforeNoun = own0 && own0.last === h.hit.first ? own0.first - 1 : h.hit.first - 1;
  const possessive = h.hit.rule.pos === 'noun' && POSSESSIVE_PRONOUNS.has(tokens[beforeNoun]?.norm ?? '');
  const ownSubject = groupOf[ks[0]!] !== firstGroup && hasOwnSubject(tokens, hits, ks, mentions, persons);
  // A name right after a speech verb, with another event's verb after it and no "that" or comma between: the
  // subject of what was said, not the speech act's audience.
  const bareClauseSubject = (x: Hit, at: number): boolean => !!x.hit.rule.report
    && hits.some((y) => !y.hit.rule.report && y.hit.first > at && y.hit.first - at <= 6 && !complementBetween(complements, x.hit.last, y.hit.first))
    && !commaIn(tokens, x.hit.last, at);
  const silent = (k: number): boolean => hits[k]!.hit.rule.pos === 'noun' && hits[k]!.hit.rule.undated === 'drop'
    && (tokens[hits[k]!.hit.first - 1]?.norm === 'for' || tokens[hits[k]!.hit.first - 2]?.norm === 'for')
    && !(groups.get(groupOf[k]!) ?? [k]).some((j) => dateOf[j]);
  const mine = (first: number): boolean => {
    if (groups.size === 1) return true;
    // The sentence's subject (before every trigger) belongs to every event but references, whose
    // actors are their own ("after Russia's invasion"), and clauses with their own subject ("after the
    // RSF intensified its assault").
    if (first < firstTrigger) {
      if (groupOf[ks[0]!] === firstGroup) return true;
      if (ownSubject) return false;
      // "The leaders condemned ... and agreed to ...": coordinated verbs share the subject.
      if (h.hit.rule.pos === 'verb' && tokens[h.hit.first - 1]?.norm === 'and') return true;
      // A speaker's words are not the actors of the event they report ("The Secretary conveyed details on
      // the act signed by President Biden").
      const lead = hits.find((x) => x.hit.first === firstTrigger)!;
      if (ks.some((k) => hits[k]!.speakersOwn)) return true;
      return !ks.every((k) => hits[k]!.reference) && !lead.hit.rule.report;
    }
    // "their May 15 meeting": a possessive noun trigger shares the sentence's people.
    if (possessive) return true;
    let bestK = -1;
    let bestD = Infinity;
    // A name inside a "that" clause belongs to the clause's event, not to the verb that introduces it ("We
    // agreed this morning that Germany and Poland will hold consultations").
    // Nor does the subject of a bare reported clause ("Taipei says the Chinese coast guard detained a boat").
    hits.forEach((x, k) => {
      // "will travel to Nairobi for talks with President Ruto": an undated purpose ("for talks") that yields no
      // event of its own leaves its names to the event it is the purpose of.
      if (silent(k)) return;
      const d = Math.abs(x.hit.first - first) + (x.hit.last <= first && (complementBetween(complements, x.hit.last, first) || bareClauseSubject(x, first)) ? COMMA_SIDE : 0);
      if (d < bestD) { bestD = d; bestK = k; }
    });
    return bestK < 0 || ks.includes(bestK);
  };
  const actorIds: string[] = [];
  let location: string | undefined;
  for (const m of mentions) {
    if (!mine(m.first)) continue;
    if (m.place) {
      location ??= placePhrase(tokens, m, text);
      // The country an event takes place in is one of its parties ("talks in Doha": Qatar hosts them), as news
      // timelines and the dev set's conventions list it; a city names no lane of its own.
      for (const id of m.ids) if (id.startsWith('country:') && !actorIds.includes(id)) actorIds.push(id);
      continue;
    }
    // "according to Reuters": the outlet is the source of the news, not a party to the event.
    if (attribution(tokens, m)) continue;
    for (const id of m.ids) if (!actorIds.includes(id)) actorIds.push(id);
  }
  const people: string[] = [];
  for (const p of persons) {
    if (p.first >= 0 && !mine(p.first)) continue;
    const id = ctx.personId(p.key);
    if (!people.includes(id)) people.push(id);
    const aff = ctx.affiliationOf(p.key);
    if (aff && !actorIds.includes(aff)) actorIds.push(aff);
  }
  // The subject: the person (else actor) named nearest before the main trigger, else the first after it.
  // An event with nobody: the government whose seat is its place ("held at the White House"), else the
  // actor the previous sentences were about ("Its parliament will vote next month").
  // In a transcript, a sentence with nobody named before its verb belongs to the turn's speaker: a speech act,
  // or "we"/"I" did it (the speaker and their side); "our ministers met" (their side only).
  // Named before the verb in its own clause ("Yesterday I met with Kishida, and this morning Yoko and I held talks").
  let clause = first;
  for (let i = h.hit.first - 1; i > first; i--) if (tokens[i]!.text === ',' || tokens[i]!.text === ';') { clause = i; break; }
  const namedBefore = persons.some((p) => p.first >= clause && p.first < h.hit.first) || mentions.some((m) => m.first >= clause && m.first < h.hit.first);
  // (People named after the verb are its objects: "Yesterday I met with Prime Minister Kishida".)
  // "Yesterday, the Secretary-General again called for ...": an office named as the subject is someone else.
  let officeBefore = false;
  for (let i = clause; i < h.hit.first && !officeBefore; i++) officeBefore = tokens[i]!.norm === 'the' && !!tokens[i + 1]?.cap && HEADS.has(tokens[i + 1]!.norm);
  const speaker = turn >= 0 && !namedBefore && !officeBefore ? ctx.people.turns[turn]!.key : '';
  const voice = speaker ? firstPersonBefore(tokens, first, h.hit) : '';
  if (speaker && (h.hit.rule.report || voice === 'self')) {
    const id = ctx.personId(speaker);
    if (!people.includes(id)) people.unshift(id);
  }
  if (speaker && (h.hit.rule.report || voice)) {
    const aff = ctx.affiliationOf(speaker);
    if (aff && !actorIds.includes(aff)) actorIds.push(aff);
  }
  let inherited = '';
  // "Yesterday, the Secretary-General of the Ministry of Foreign Affairs summoned Turkey's ambassador": a domestic
  // body named as the subject, with no country of its own, is the home country's, beside the others named.
  const home = ctx.people.home;
  if (home && actorIds.length && !actorIds.includes(home.id) && !persons.some((p) => p.first >= clause && p.first < h.hit.first && (p.how === 'name' || p.how === 'surname'))
    && domesticSubject(tokens, clause, h.hit.first, mentions)) { actorIds.unshift(home.id); inherited = `home:${home.rule}`; }
  if (!actorIds.length) for (const m of mentions) if (!attribution(tokens, m)) for (const id of m.ids) if (!actorIds.includes(id)) actorIds.push(id);
  // Nobody named: "it"/"they" continue the previous sentence's actor; a bare domestic subject ("Parliament",
  // "farmers", "police") is the home country's when the article names one.
  // "The RSF intensified its assault ... At least 27 people were killed in shelling on Sunday": the parties of
  // the same kind of event just told.
  if (!actorIds.length && !pronounSubject(tokens, first, h.hit.first)) {
    for (let i = drafts.length - 1; i >= 0 && drafts[i]!.sentence >= si - 2; i--) {
      const d = drafts[i]!;
      if (d.sentence < si && family(d.kind) === family(h.hit.rule.kind) && d.actors.length) { actorIds.push(...d.actors); inherited = 'previous-event'; break; }
    }
  }
  if (!actorIds.length) {
    const prev = home && !pronounSubject(tokens, first, h.hit.first) ? undefined : lastActorBefore(ctx.actors, sentences, contentStart, tokens);
    const about = prev || home || !DOMESTIC_SUBJECT.has(tokens[first + 1]?.norm ?? '') || tokens[first]!.norm !== 'the' ? undefined : lastCountryBefore(ctx.actors, sentences, contentStart);
    if (prev) { actorIds.push(...prev.ids); inherited = 'previous-sentence'; }
    else if (home) { actorIds.push(home.id); inherited = `home:${home.rule}`; }
    else if (about) { actorIds.push(...about.ids); inherited = 'passage-country'; }
  }
  const passive = tokens[h.hit.last - 1]!.norm === 'by' || tokens[h.hit.last]?.norm === 'by';
  // Subjects are named outside quotations; the group's own people first, else anyone named in the sentence.
  const unquoted = (first: number): boolean => first >= 0 && !quoted[first];
  const subject = subjectOf(h.hit.first, passive, persons.filter((p) => unquoted(p.first) && mine(p.first)), mentions.filter((m) => !m.place && unquoted(m.first) && mine(m.first)), !!h.hit.rule.report && invertedSpeaker(tokens, h.hit.last, persons))
    ?? (SPEECH_KINDS.has(h.hit.rule.kind) ? subjectOf(h.hit.first, passive, persons.filter((p) => unquoted(p.first)), []) : null);
  const subjectId = subject?.person ? ctx.personId(subject.person) : subject?.actor;
  location ??= placeAfter(tokens, lastTok, s.last, actorAt);
  // "Uzbekistan on Monday ratified the treaty": the verb holds the date, the noun names the kind.
  let date = dateOf[main] ?? (cancel === undefined ? ks.map((k) => dateOf[k]).find((d) => !!d) : undefined) ?? null;
  if (!date && !h.reference && (ANCHOR_LEAD.has(tokens[s.first]!.norm) || refersBack(tokens, h.hit.last, s.last) || opensWithToldEvent(tokens, toldNoun, h.hit.first)
    || afterwardsOf(tokens, h.hit.last, s.last, quoted))) {
    date = { ...publicationDate(ctx.published), rule: 'anchor:following' };
  }
  // "Sørensen met Serbia's Petar Petković and Kosovo's Besnik Bislimi separately" right after "hosted the chief
  // negotiators in Brussels on Tuesday": an undated act told in the simple past goes on the story's day, the one
  // the sentence before gave, not the publication day (the next day, for a wire story).
  if (!date && h.past && !h.future && !h.reference && h.hit.rule.undated === 'emit' && !perfectBefore(tokens, h.hit.first, first)) {
    const prev = previousSentenceDay(drafts, si, sentences, ctx.published);
    if (prev) date = { ...prev, implicit: true, rule: 'anchor:previous-sentence' };
  }
  if (h.reference && !own[main]) return;
  // ("have been postponed, the ministry said on Wednesday" is news of that day, not a state.)
  if (h.state && !own[main] && !(cancel !== undefined && date)) return;
  // "Kobakhidze has said the government will not withdraw the bill": an undated perfect speech act is a
  // standing position, not a dated event.
  if (!date && h.hit.rule.report && (PERFECT.has(tokens[h.hit.first - 1]?.norm ?? '') || PERFECT.has(tokens[h.hit.first - 2]?.norm ?? ''))) return;
  const modality = h.modality ?? (habitual ? 'habitual' : undefined);
  if (modality && !keepModal) return;
  const draft: DraftEvent = {
    document: ctx.document, sentence: si, kind: h.hit.rule.kind, rules: ks.map((k) => hits[k]!.hit.rule),
    trigger: { start: tokens[h.hit.first]!.start, end: tokens[h.hit.last - 1]!.end, text: text.slice(tokens[h.hit.first]!.start, tokens[h.hit.last - 1]!.end) },
    date: date ?? publicationDate(ctx.published), actors: actorIds, people, planned: false, quotes: [],
  };
  if (h.reference) draft.reference = true;
  // "The summit will be held ... on September 24": a definite noun trigger may name an event told before.
  if (h.hit.rule.pos === 'noun' && (tokens[h.hit.first - 1]?.norm === 'the' || tokens[h.hit.first - 2]?.norm === 'the')) draft.definite = true;
  if (inherited) draft.actorsFrom = inherited;
  if (subjectId) draft.subject = subjectId;
  if (location) draft.location = location;
  if (modality) draft.modality = modality;
  draft.planned = draft.date.start > ctx.published || h.future;
  describeDraft(draft, { tokens, text, quoted, s, first, clause, ks, hits, h, dated, persons, mentions, people, date, document: ctx.document });
  if (date) drafts.push(draft);
  else if (h.hit.rule.undated === 'emit') drafts.push(draft);
  else if (h.hit.rule.undated === 'anchor') pending.push({ draft, hit: h.hit });
  else latent.push(draft);
}

/** What an event's title and evidence are read from: one event group of one sentence (see extractDrafts). */
interface DraftScope {
  tokens: readonly Token[];
  text: string;
  quoted: readonly boolean[];
  s: Sentence;
  /** The sentence's first content token (after a dateline). */
  first: number;
  /** Where the main trigger's clause starts. */
  clause: number;
  ks: readonly number[];
  hits: readonly Hit[];
  h: Hit;
  dated: ReadonlyArray<{ first: number; last: number }>;
  persons: PeopleResult['mentions'];
  mentions: readonly ActorMention[];
  people: readonly string[];
  date: DateValue | null;
  document: string;
}

/**
 * The parts of an event's title (verb, object, subject phrase, passive subject, what was said) and its evidence
 * quote with its marks. A function of its own, not a closure of the sentence loop: the loop's closures grew too
 * large for the optimising compiler to handle quickly.
 */
function describeDraft(draft: DraftEvent, c: DraftScope): void {
  const { tokens, text, quoted, s, first, clause, ks, hits, h, dated, persons, mentions, people, date } = c;
  const speech = directSpeech(tokens, quoted, s.first, s.last, text);
  if (speech) draft.speech = speech;
  // The title reads best from the group's verb ("hosting a virtual NATO Summit" -> "hosts").
  const verbHit = ks.map((k) => hits[k]!).filter((x) => x.hit.rule.pos === 'verb' && !x.hit.rule.report)[0] ?? h;
  draft.titleRule = verbHit.hit.rule;
  const report = !!verbHit.hit.rule.report && verbHit.hit.rule.pos === 'verb';
  let objFrom = verbHit.hit.last;
  // "said on Saturday that it had shot down ...", "agreed on Friday on the first section": the verb's own time
  // phrase is not its object.
  if (verbHit.hit.rule.pos === 'verb') {
    const x = dated.find((y) => y.first === objFrom || (y.first === objFrom + 1 && TIME_PREPOSITIONS.has(tokens[objFrom]!.norm)));
    if (x && !possessiveTime(tokens, x)) objFrom = x.last;
  }
  // A possessive time phrase is part of the object ("approved last year's budget"), not where it ends.
  const stop = Math.min(s.last, ...dated.filter((x) => x.first >= objFrom && !possessiveTime(tokens, x)).map((x) => x.first));
  const passiveVerb = verbHit.hit.rule.pos === 'verb' && (tokens[verbHit.hit.last - 1]!.norm === 'by' || tokens[verbHit.hit.last]?.norm === 'by');
  // "said Armando Diaz, 73": the words after an inverted speech verb name the speaker, not what was said.
  const named = persons.find((p) => p.first === objFrom);
  if (named) objFrom = stop;
  else if (report) {
    // "said in Islamabad on Wednesday that ...": what was said starts after "that" when only a place, a time
    // or an audience stands between the verb and it.
    for (let i = objFrom; i < Math.min(s.last, objFrom + 8); i++) {
      if (tokens[i]!.norm === 'that') { objFrom = i + 1; break; }
      if (tokens[i]!.text === ',' || tokens[i]!.text === '"' || tokens[i]!.text === '“' || SAYING_VERBS.has(tokens[i]!.norm)) break;
    }
  }
  // "the release of the hostages", "the inauguration of the dam": what the noun acts on, up to the clause's verb.
  const obj = verbHit.hit.rule.pos !== 'verb' ? (OF_OBJECT_RULES.has(verbHit.hit.rule.id) && tokens[verbHit.hit.last - 1]!.norm === 'of' ? objectAfter(tokens, objFrom, clauseVerbAt(tokens, objFrom, stop), text) : undefined)
    : passiveVerb ? objectBefore(tokens, verbHit.hit.first, s.first, text) : objectAfter(tokens, objFrom, stop, text);
  if (obj) draft.object = obj;
  // "is due to attend the NATO summit in Washington": the verb that names the part played titles the planned
  // summit ("Orbán to attend the NATO summit"), not the noun's own "holds a summit".
  const attended = verbHit.hit.rule.pos === 'noun' ? attendingVerb(tokens, verbHit.hit.first, clause) : -1;
  if (attended >= 0) {
    draft.verbText = presentTense(tokens[attended]!.text.toLowerCase());
    draft.object = text.slice(tokens[attended + 1]!.start, tokens[verbHit.hit.last - 1]!.end);
  }
  // "the Commission's decision on Feb. 29 to unblock the funds": what was decided titles the decision.
  else if (verbHit.hit.rule.id === 'decision-noun') {
    let i = verbHit.hit.last;
    const x = dated.find((y) => y.first === i || (y.first === i + 1 && TIME_PREPOSITIONS.has(tokens[i]!.norm)));
    if (x) i = x.last;
    const decided = tokens[i]?.norm === 'to' ? objectAfter(tokens, i, s.last, text, 12) : undefined;
    if (decided) draft.object = decided;
  }
  if (report && !named && SAYING_VERBS.has(tokens[verbHit.hit.first]!.norm)) {
    const reported = objectAfter(tokens, objFrom, s.last, text, 14, false);
    if (reported) draft.reported = reported;
  }
  if (verbHit.hit.rule.pos === 'verb') draft.verbText = presentTense(text.slice(tokens[verbHit.hit.first]!.start, tokens[verbHit.hit.last - 1]!.end).replace(/\s+by$/i, ''));
  // "Prosecutors charged ...", "the President signed ...": with nobody named before the verb, its own subject
  // noun phrase opens the title.
  // "The ban on Russian diamonds will apply from January 1": a measure taking effect is titled by the measure.
  const measure = verbHit.hit.rule.id === 'take-effect';
  if (measure) draft.verbText = verbHit.hit.rule.verb;
  // "The border agreement reached in Kampala": the words before a noun-first trigger modify it; they are no subject.
  const nounFirst = verbHit.hit.rule.pos === 'verb' && isNounFirst(text.slice(tokens[verbHit.hit.first]!.start, tokens[verbHit.hit.last - 1]!.end));
  // "The last attempt at a ceasefire, brokered in Jeddah, collapsed within days": what begins or ends is titled by
  // its own words, never by a country named near it ("Djibouti collapses").
  const milestone = verbHit.hit.rule.kind === 'milestone' && verbHit.hit.rule.pos === 'verb' && !passiveVerb ? milestoneSubject(tokens, verbHit.hit.first, first, text) : undefined;
  if (milestone) draft.subjectText = milestone;
  else if (verbHit.hit.rule.pos === 'verb' && !passiveVerb && !nounFirst && (measure || (!persons.some((p) => p.first >= 0 && p.first < verbHit.hit.first) && !mentions.some((m) => !m.place && m.first < verbHit.hit.first)))) {
    const np = subjectPhrase(tokens, verbHit.hit.first, first, text);
    if (np) draft.subjectText = np;
  } else if (verbHit.hit.rule.pos === 'verb' && !passiveVerb && !persons.some((p) => p.first >= 0 && p.first < verbHit.hit.first)) {
    // "Armenia and Azerbaijan agreed ...": two parties joined by "and" right before the verb both act.
    const pair = coordinatedSubject(tokens, mentions, clause, verbHit.hit.first);
    if (pair) draft.subjectText = text.slice(pair[0], pair[1]);
  }
  // "At least 27 people were killed in shelling": a passive without an agent is titled by what it befell.
  const aux = PASSIVE_AUX.has(tokens[verbHit.hit.first]!.norm) ? verbHit.hit.first
    : PASSIVE_AUX.has(tokens[verbHit.hit.first - 1]?.norm ?? '') && isParticiple(tokens[verbHit.hit.first]!.norm) ? verbHit.hit.first - 1 : -1;
  if (verbHit.hit.rule.pos === 'verb' && !passiveVerb && aux >= first) {
    delete draft.subjectText;
    const participle = text.slice(tokens[aux + 1]!.start, tokens[verbHit.hit.last - 1]!.end);
    draft.verbText = participle;
    // "The new government is due to be sworn in": the subject stands before the whole verb chain.
    let end = aux;
    while (end - 1 > first && CHAIN_WORDS.has(tokens[end - 1]!.norm)) end--;
    const chained = end;
    // "The engineers, who work for a Turkish contractor, were seized": the subject is before the relative clause.
    if (tokens[end - 1]?.text === ',') {
      for (let j = end - 2; j > first; j--) {
        if (tokens[j]!.text === ',' && RELATIVES.has(tokens[j + 1]?.norm ?? '')) { end = j; break; }
        if (tokens[j]!.text === ',' || tokens[j]!.text === ';') break;
      }
    }
    // "A Peruvian citizen who had been arrested in Quito on Monday was freed": a restrictive relative clause too.
    if (end === chained) {
      for (let j = end - 1; j > first && j >= end - 12; j--) {
        if (tokens[j]!.text === ',' || tokens[j]!.text === ';') break;
        if (WHO_WHICH.has(tokens[j]!.norm) && j > first && tokens[j - 1]!.text !== ',') { end = j; break; }
      }
    }
    let np = end > first ? objectBefore(tokens, end, first, text) : undefined;
    // "Diba, who was appointed in April 2024": the relative pronoun stands for the name before its comma.
    if (np && RELATIVES.has(np.toLowerCase()) && tokens[aux - 2]?.text === ',') np = objectBefore(tokens, aux - 2, first, text);
    // "A U.S. citizen who had been arrested": the relative pronoun and its auxiliaries are not the subject's.
    if (np) np = np.replace(/\s+(?:who|which|that)(?:\s+(?:had|has|have|was|were|is|are))*$/i, '');
    if (np && !SUBJECT_PRONOUNS.has(np.toLowerCase()) && !RELATIVES.has(np.toLowerCase())) draft.passive = np;
  }
  // Nobody named as subject and no subject phrase of its own: the first person of the event.
  if (!draft.subject && people[0] && !draft.subjectText) draft.subject = people[0];
  const marks: Array<{ start: number; end: number; kind: string }> = [];
  if (date?.phraseStart !== undefined && date.phraseEnd !== undefined) marks.push({ start: date.phraseStart - s.start, end: date.phraseEnd - s.start, kind: 'time' });
  for (const m of mentions) marks.push({ start: m.start - s.start, end: m.end - s.start, kind: m.place ? 'place' : 'actor' });
  for (const p of persons) marks.push({ start: p.start - s.start, end: p.end - s.start, kind: 'person' });
  marks.sort((a, b) => a.start - b.start || a.end - b.end);
  draft.quotes.push({ document: c.document, start: s.start, end: s.end, marks });
}

/** Words between a verb and its object noun: determiners, numerals, lower-case modifiers. */
const OBJECT_FILLER = /^(?:the|a|an|its|their|his|her|our|\d[\d,.]*|[a-z][a-z-]*)$/;
const CLAUSE_LEADS = new Set(['after', 'when', 'as', 'while', 'because', 'before', 'since', 'and', 'but', 'once', 'until', ',']);
/**
 * A later clause with its own named subject: an actor or person right after a clause word ("after the Rapid
 * Support Forces paramilitary group intensified"), at most four words before the group's first trigger.
 */
function hasOwnSubject(tokens: readonly Token[], hits: readonly Hit[], ks: readonly number[], mentions: readonly ActorMention[], persons: PeopleResult['mentions']): boolean {
  let lead = Infinity;
  for (const k of ks) lead = Math.min(lead, hits[k]!.hit.first);
  let prevLast = -1;
  for (const x of hits) if (x.hit.first < lead) prevLast = Math.max(prevLast, x.hit.last);
  const opens = (first: number, last: number): boolean => {
    if (first < prevLast || first >= lead || lead - last > 4) return false;
    const before = tokens[first - 1]?.norm === 'the' ? tokens[first - 2] : tokens[first - 1];
    return !!before && CLAUSE_LEADS.has(before.norm);
  };
  for (const m of mentions) if (!m.place && opens(m.first, m.last)) return true;
  for (const p of persons) if (p.first >= 0 && opens(p.first, p.last)) return true;
  return false;
}

const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'late', 'early', 'last', 'this']);
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been']);
const IRREGULAR_PARTICIPLES = new Set(['held', 'sent', 'struck', 'hit', 'shot', 'built', 'sworn', 'made', 'set', 'put', 'cut', 'led', 'left', 'met', 'won', 'lost', 'fought', 'shut', 'seen', 'taken', 'given']);
/** "killed", "withdrawn", "held": a past participle after be makes a passive ("were killed"), not "are due to meet". */
const isParticiple = (w: string): boolean => /(?:ed|en|wn)$/.test(w) || IRREGULAR_PARTICIPLES.has(w);
/**
 * A source, not a party: "according to Reuters", "according to South Korea's Joint Chiefs of Staff" ("Reuters
 * reported" is the medium acting, and stays).
 */
function attribution(tokens: readonly Token[], m: ActorMention): boolean {
  const a = tokens[m.first - 1]?.norm === 'the' ? m.first - 1 : m.first;
  return tokens[a - 1]?.norm === 'to' && tokens[a - 2]?.norm === 'according';
}

/**
 * "said NATO Secretary-General Jens Stoltenberg": a person right after a speech verb, behind capitalised title
 * words only, speaks; "condemns the death of opposition leader Alexei Navalny" names the object.
 */
function invertedSpeaker(tokens: readonly Token[], from: number, persons: PeopleResult['mentions']): boolean {
  for (const p of persons) {
    if (p.first < from || p.first - from > 5) continue;
    let ok = true;
    for (let i = from; i < p.first && ok; i++) ok = tokens[i]!.cap || tokens[i]!.norm === 'of' || tokens[i]!.norm === 'the' || tokens[i]!.text === ',';
    if (ok) return true;
  }
  return false;
}

/** +1 for "the following day", -1 for "the day before", 0 for "that day"; null when it names its own base. */
function relativeDayShift(phrase: string): number | null {
  const p = phrase.toLowerCase();
  if (/yesterday|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday/.test(p)) return null;
  if (/^the (?:morning|afternoon|evening)$/.test(p)) return 0;
  if (/following|next|after\b/.test(p)) return 1;
  if (/previous|prior|preceding|before/.test(p)) return -1;
  return /same|that|in the day/.test(p) ? 0 : null;
}

/** Temporal rules whose day is counted from the story's last event: "the following day", "later in the day", "in the afternoon". */
const DAY_COUNTED = new Set(['following', 'earlier-in-the', 'part-of-day']);

/** Whether a time phrase starts right after token `at` ("decision on Feb. 29", "decision last week"). */
function datedRightAfter(timexes: readonly Timex[], tokens: readonly Token[], at: number): boolean {
  const next = tokens[at]?.norm === 'on' || tokens[at]?.norm === 'in' ? tokens[at + 1] : tokens[at];
  return !!next && timexes.some((t) => t.start === next.start);
}

/** "on"/"about" opening what a briefing or address is about, between a speech verb and a later trigger. */
function topicBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to && i < from + 6; i++) if ((tokens[i]!.norm === 'on' || tokens[i]!.norm === 'about') && !/^\d/.test(tokens[i + 1]?.text ?? '') && !DAY_WORDS.has((tokens[i + 1]?.norm ?? '').replace(/\.$/, ''))) return true;
  return false;
}
/** Words that open a date after "on" ("on Monday", "on December 9", "on Dec. 9"): no topic. */
const DAY_WORDS = new Set([...Object.keys(WEEKDAYS), ...Object.keys(MONTHS)]);

const RECENT_DAYS = 7;

/** The day of a dated past event in the sentence right before `si`, for an undated act that continues it. */
function previousSentenceDay(drafts: readonly DraftEvent[], si: number, sentences: readonly Sentence[], published: string): DateValue | undefined {
  // The sentence's first dated event: its main clause ("hosted ... on Tuesday, the first meeting since the elections on
  // February 9" continues Tuesday's meeting, not the elections).
  let main: DraftEvent | undefined;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.sentence >= si) continue;
    if (d.sentence < si - 1 || sentences[d.sentence]!.headline) break;
    if (d.date.implicit || d.reference) continue;
    if (!main || d.trigger.start < main.trigger.start) main = d;
  }
  const v = main?.date;
  // (A day of the last week only: "Hamas attacked Israel on October 7, 2023. Netanyahu met the envoy." is background.)
  return v && !main!.planned && v.granularity === 'day' && v.start === v.end && v.start <= published && v.start >= (addDays(parseDay(published), -RECENT_DAYS).toISODate() ?? '') ? v : undefined;
}

/** "has met", "had signed": a perfect before the verb (the act's day is not the story's). */
function perfectBefore(tokens: readonly Token[], at: number, floor: number): boolean {
  for (let i = at - 1; i >= Math.max(floor, at - 3); i--) {
    const w = tokens[i]!.norm;
    if (w === 'has' || w === 'have' || w === 'had' || w === "'s" || w === "'ve" || w === "'d") return true;
    if (!/^\p{Ll}+$/u.test(tokens[i]!.text)) return false;
  }
  return false;
}

/** The day of the last event told before sentence `si` with a day date; up to `until` when given (a past "the
 * following day" counts from a past event, not from a plan: "agreed on Monday to debate it before Christmas. He
 * flew back the following day"). */
function lastDatedDay(drafts: readonly DraftEvent[], si: number, until?: string): { day: string; sentence: number } | undefined {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (until !== undefined && d.date.start.slice(0, 10) > until) continue;
    // (Not a day counted from a cue: "Algiers on April 14 ordered ..., three days after a judge charged ... Paris
    // responded the following day" counts from April 14, the day the text names.)
    if (d.date.rule === 'anchor:days-after') continue;
    if (d.sentence < si && !d.date.implicit && d.date.granularity === 'day' && d.date.start === d.date.end) return { day: d.date.start.slice(0, 10), sentence: d.sentence };
  }
  return undefined;
}

/** Whether a day-precise time phrase stands after sentence `after` and before offset `before`. */
function laterDayPhrase(timexes: readonly Timex[], sentences: readonly Sentence[], after: number, before: number, quotedAt: (pos: number) => boolean): boolean {
  const from = sentences[after + 1]?.start ?? Infinity;
  // A day said inside a quotation ('"Today we plan together," Jonson told reporters') is the speaker's, not the
  // story's clock.
  return timexes.some((t) => t.start >= from && t.end <= before && t.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(t.value) && !quotedAt(t.start));
}

/** Whether the token starting at character `pos` is inside quotation marks (binary search over the tokens). */
function quotedAtPos(tokens: readonly Token[], quoted: readonly boolean[], pos: number): boolean {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.start < pos) lo = mid + 1; else hi = mid; }
  return lo < tokens.length && tokens[lo]!.start === pos && !!quoted[lo];
}

/** Offsets of "A and B" when two actor mentions so joined end at most two words before the verb. */
function coordinatedSubject(tokens: readonly Token[], mentions: readonly ActorMention[], from: number, verb: number): [number, number] | null {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k]!;
    const b = mentions[k + 1]!;
    if (a.place || b.place || a.first < from || b.last > verb || verb - b.last > 2) continue;
    if (b.first === a.last + 1 && tokens[a.last]!.norm === 'and') return [a.start, b.end];
  }
  return null;
}

/** Conjunctions that order two events in time. */
const ORDERING = new Set(['after', 'before', 'since', 'until']);
/** An ordering conjunction between tokens a and b, followed by a clause (not "after talks"): "after Austria lifted". */
const DEADLINE_CUES = new Set(['before', 'by', 'until', 'till']);

/** Words of a verb chain before a passive's auxiliary ("is due to be sworn in", "are expected to be named"). */
const CHAIN_WORDS = new Set(['to', 'due', 'expected', 'set', 'scheduled', 'likely', 'about', 'going', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'may', 'might', 'must', 'should', 'also', 'not']);

/** Noun triggers whose "of" phrase is what they act on ("the release of the hostages"), not who acts ("the visit of"). */
const OF_OBJECT_RULES = new Set(['release-noun', 'inauguration-noun']);
const CLAUSE_VERBS = new Set(['will', 'would', 'took', 'takes', 'take', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'began', 'begins', 'can', 'could', 'should', 'must', 'marked', 'drew']);

/** The first verb of the clause from `from` (before `stop`): where a noun's "of" object ends. */
function clauseVerbAt(tokens: readonly Token[], from: number, stop: number): number {
  for (let i = from; i < stop; i++) if (CLAUSE_VERBS.has(tokens[i]!.norm) || tokens[i]!.text === ',') return i;
  return stop;
}

/**
 * "a day after", "two days after", "hours after" within the few words before a trigger (no comma between):
 * the token index of "after" and the days to count back; null otherwise.
 */
function daysAfterCue(tokens: readonly Token[], at: number, floor: number): { at: number; days: number } | null {
  for (let i = at - 1; i >= Math.max(floor + 2, at - 8); i--) {
    const t = tokens[i]!;
    if (t.text === ',' || t.text === ';') return null;
    if (t.norm !== 'after') continue;
    const unit = tokens[i - 1]!.norm;
    if (unit === 'hours') return { at: i, days: 0 };
    if (unit !== 'day' && unit !== 'days') return null;
    const n = NUMBERS[tokens[i - 2]!.norm] ?? (/^\d{1,2}$/.test(tokens[i - 2]!.text) ? Number(tokens[i - 2]!.text) : NaN);
    return Number.isFinite(n) && (unit === 'day') === (n === 1) ? { at: i, days: n } : null;
  }
  return null;
}

function orderedBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (ORDERING.has(tokens[i]!.norm) && tokens[i + 1]?.cap && i + 1 < b) return true;
  return false;
}

const AFTERWARDS = new Set(['afterwards', 'afterward', 'thereafter']);

/**
 * "Umerov told reporters afterwards that ...", "Biden welcomed the agreement at the White House shortly afterwards":
 * an "afterwards" in the verb's clause (before its reported content) places the event right after the one told
 * before, whose day it takes (anchor:following). Opening the sentence ("Afterwards, ...") it does too.
 */
function afterwardsOf(tokens: readonly Token[], from: number, to: number, quoted: readonly boolean[]): boolean {
  for (let i = from; i < to && i <= from + 12; i++) {
    const w = tokens[i]!.norm;
    // (Not inside what is reported, with or without "that": "said Kyiv would only negotiate afterwards".)
    if (w === 'that' || w === ',' || w === ';' || REPORTED_MODALS.has(w) || quoted[i]) return false;
    // ("two days afterwards", "weeks afterwards": a distance from the event, not its day.)
    if (AFTERWARDS.has(w)) return !DURATION_WORDS.has(tokens[i - 1]?.norm ?? '');
  }
  return false;
}
const REPORTED_MODALS = new Set(['would', 'will', 'could', 'should', 'might', 'may', 'must', 'can']);
const DURATION_WORDS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hours', 'hour', 'minutes', 'moments']);

/** Nouns of an event told before: "told the summit", "said after the vote". */
const TOLD_EVENTS = new Set(['meeting', 'summit', 'talks', 'vote', 'session', 'conference', 'call', 'visit', 'signing', 'ceremony', 'briefing', 'debate']);
const BACK_LEADS = new Set(['after', 'following', 'told', 'addressed', 'during']);

/**
 * "King Abdullah II told the summit that ...", "Blinken said after the vote": right after the verb, a definite
 * event noun names an event told before, whose day the words take (anchor:following).
 */
function refersBack(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from - 1; i < to && i <= from + 1; i++) {
    if (!BACK_LEADS.has(tokens[i]?.norm ?? '')) continue;
    if (tokens[i + 1]?.norm !== 'the') continue;
    if (TOLD_EVENTS.has(tokens[i + 2]?.norm ?? '') || (TOLD_EVENTS.has(tokens[i + 3]?.norm ?? '') && !tokens[i + 2]!.cap)) return true;
  }
  return false;
}

/** The token after a readout's paragraph number ("5. ", "5) "), or `i` itself. */
function afterParagraphNumber(tokens: readonly Token[], i: number): number {
  // (A list bullet too: "- On 8 February, von der Leyen ... announced".)
  if (BULLETS.has(tokens[i]?.text ?? '')) return i + 1;
  return /^\d{1,3}$/.test(tokens[i]?.text ?? '') && /^[.)]$/.test(tokens[i + 1]?.text ?? '') ? i + 2 : i;
}
const BULLETS = new Set(['-', '*', '•', '–', '—']);

const PART_OF = new Set(['end', 'close', 'conclusion', 'sidelines', 'margins', 'course', 'start', 'opening']);

/**
 * "At the end of the talks, the two ministers signed ...", "During the visit, ...", "On the sidelines of the summit,
 * ...": an opening phrase placing the event inside one told before, whose day it takes (anchor:following).
 */
function opensWithToldEvent(tokens: readonly Token[], noun: number, trigger: number): boolean {
  if (noun < 0 || noun > trigger || trigger - noun > 14) return false;
  // The main clause's verb only, not one in a relative clause ("..., which the Prime Minister said had killed").
  for (let j = noun + 2; j < trigger; j++) if (WHO_WHICH.has(tokens[j]!.norm) || tokens[j]!.text === ',') return false;
  return true;
}

/** The event noun of an opening "During the talks," / "At the end of the visit," (token index), else -1. */
function openingToldNoun(tokens: readonly Token[], first: number): number {
  let i = afterParagraphNumber(tokens, first);
  const w = tokens[i]?.norm;
  if (w === 'during' || w === 'after' || w === 'following') i += 1;
  else if ((w === 'at' || w === 'on' || w === 'in' || w === 'by') && tokens[i + 1]?.norm === 'the' && PART_OF.has(tokens[i + 2]?.norm ?? '') && tokens[i + 3]?.norm === 'of') i += 4;
  else return -1;
  if (tokens[i]?.norm !== 'the') return -1;
  const noun = TOLD_EVENTS.has(tokens[i + 1]?.norm ?? '') ? i + 1 : TOLD_EVENTS.has(tokens[i + 2]?.norm ?? '') && !tokens[i + 1]!.cap ? i + 2 : -1;
  return noun >= 0 && tokens[noun + 1]?.text === ',' ? noun : -1;
}

/** Whether the words before the verb name a domestic body ("the Ministry of Foreign Affairs") and no actor. */
function domesticSubject(tokens: readonly Token[], from: number, verb: number, mentions: readonly ActorMention[]): boolean {
  if (mentions.some((m) => m.first >= from && m.first < verb)) return false;
  for (let i = from; i < verb; i++) if (tokens[i]!.cap && DOMESTIC_SUBJECT.has(tokens[i]!.norm)) return true;
  return false;
}

/** A country's own institutions, written without its name at the start of a sentence ("The Government declared ..."). */
const DOMESTIC_SUBJECT = new Set(['government', 'military', 'army', 'junta', 'authorities', 'parliament', 'court', 'president', 'cabinet', 'police', 'ministry', 'opposition', 'legislature', 'regime']);
/** Words that open a non-restrictive relative clause after a name. */
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose']);
/** Prepositions that open where a place lies (", on the Venezuelan side,", ", near the border,"). */
const PLACE_PREPOSITIONS = new Set(['on', 'in', 'near', 'at', 'along', 'outside', 'across']);
const UNREALISED = new Set(['due', 'scheduled', 'expected']);
/** "The talks had been due to resume that day": an event noun whose plan the text tells as not carried out. */
function unrealisedPlan(tokens: readonly Token[], hit: TriggerHit): boolean {
  return hit.rule.pos === 'noun' && tokens[hit.last]?.norm === 'had' && tokens[hit.last + 1]?.norm === 'been' && UNREALISED.has(tokens[hit.last + 2]?.norm ?? '');
}

/**
 * "The envoy was in Doha last week": being somewhere is a visit only when a place's name follows (not "was in
 * talks", "was in January", "was in Taiwan's waters").
 */
function placeNamedAt(ctx: ArticleContext, i: number, actorAt: ReadonlyMap<number, ActorMention>): boolean {
  const t = ctx.tokens[i];
  if (!t?.cap || POSSESSIVE_MARK.has(ctx.tokens[i + 1]?.text ?? '')) return false;
  // Not a body one is a member of ("Turkey is in NATO", "was in EU talks").
  if (actorAt.get(i)?.ids.some((id) => !id.startsWith('country:'))) return false;
  return !within(ctx.timexes, t.start, t.end + 40).some((x) => x.start === t.start);
}

/**
 * "the revision of Annex C of the Itaipu Treaty on Monday": a treaty or accord under its own name is a document
 * referred to, not a signing (nor the owner of a time phrase next to it).
 */
function namedDocument(tokens: readonly Token[], hit: TriggerHit, first: number): boolean {
  if (hit.rule.kind !== 'signing' || hit.rule.pos !== 'noun' || !tokens[hit.first]!.cap || hit.first <= first) return false;
  const before = tokens[hit.first - 1]!;
  return before.cap && !ARTICLES.has(before.norm) && !/^\d/.test(before.text);
}

/**
 * "Talks on forming a government collapsed late Thursday", "follow-up talks ended without agreement": a beginning
 * or an end whose subject is an event noun of its own clause is that event's, not an event of its own.
 */
function endsNamedEvent(tokens: readonly Token[], hit: TriggerHit, found: readonly TriggerHit[]): boolean {
  if (hit.rule.kind !== 'milestone') return false;
  return found.some((n) => n.rule.pos === 'noun' && n.rule.kind !== 'milestone' && n.last <= hit.first && hit.first - n.last <= 8
    && !tokens.slice(n.last, hit.first).some((t) => t.text === ',' || t.text === ';'));
}

const ARTICLES = new Set(['the', 'a', 'an']);
const COMPLEMENTIZERS = new Set(['that', 'whether']);
/** Extra distance for a name behind a complementizer from the verb before it. */
const COMMA_SIDE = 8;
/** Whether one of the sentence's complementizer positions lies in [from, to). */
/** Whether a comma stands in tokens [a, b). */
function commaIn(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (tokens[i]!.text === ',') return true;
  return false;
}

/** Participles that open an aside on the speaker's circumstances (", speaking to reporters on Monday,"). */
const SPEAKING = new Set(['speaking', 'addressing', 'talking', 'writing', 'appearing', 'briefing']);

/** Whether the time phrase at `at` lies in a ", speaking ... ," aside that ends right before the verb at `verb`. */
/** Prepositions that may open a sentence's time phrase ("On the same day, ..."). */
const OPENING_PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'during', 'since', 'until', 'over']);

/** How much a subject's own scheduling predicate outweighs distance ("... is planned for March"). */
const SUBJECT_BONUS = 100;
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
const SCHEDULED = new Set(['planned', 'scheduled', 'set', 'slated', 'due', 'expected', 'held', 'pencilled', 'penciled']);
const SCHEDULE_PREPOSITIONS = new Set(['for', 'on', 'in', 'at']);

/**
 * Where a scheduling predicate right before a time phrase starts ("is planned for", "will be held on",
 * "was scheduled for"), or -1. `at` is the time phrase's first token, `floor` the sentence's.
 */
function scheduledPredicate(tokens: readonly Token[], at: number, floor: number): number {
  let i = at - 1;
  if (SCHEDULE_PREPOSITIONS.has(tokens[i]?.norm ?? '')) i--;
  if (i <= floor || !SCHEDULED.has(tokens[i]!.norm)) return -1;
  i--;
  if (tokens[i]?.norm === 'now' || tokens[i]?.norm === 'also') i--;
  return i >= floor && BE_FORMS.has(tokens[i]!.norm) ? i : -1;
}

function speakingAside(tokens: readonly Token[], floor: number, at: number, verb: number): boolean {
  if (tokens[verb - 1]?.text !== ',') return false;
  for (let i = at - 1; i > floor && i >= at - 10; i--) {
    if (tokens[i]!.text === ',') return SPEAKING.has(tokens[i + 1]?.norm ?? '');
  }
  return false;
}

function complementBetween(positions: readonly number[], from: number, to: number): boolean {
  for (const i of positions) if (i >= from && i < to) return true;
  return false;
}

const RELATIVES = new Set(['who', 'which', 'that', 'whom']);
/** Relative pronouns that are never a complementiser ("said that"). */
const WHO_WHICH = new Set(['who', 'which', 'whom']);
const SUBJECT_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'he', 'she', 'his', 'her', 'this', 'these']);
/** "It did not say how", "Its parliament will vote": a pronoun before the trigger refers back. */
function pronounSubject(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SUBJECT_PRONOUNS.has(tokens[i]!.norm)) return true;
  return false;
}

const SELF = new Set(['i', 'we']);
const SIDE = new Set(['our', 'my']);
const CLAUSE_STOPS = new Set([',', ';', 'that', 'which', 'who', 'than', 'since', 'after', 'before', 'because']);
/**
 * 'self' when "I"/"we" is the subject of the trigger's clause (nearest before it, no clause break between),
 * 'side' for "our"/"my", else ''. A noun trigger ("the 1991 treaty") is no one's act here.
 */
function firstPersonBefore(tokens: readonly Token[], from: number, hit: TriggerHit): '' | 'self' | 'side' {
  if (hit.rule.pos !== 'verb') return '';
  for (let i = hit.first - 1; i >= from; i--) {
    const w = tokens[i]!.norm;
    if (SELF.has(w) && (w !== 'i' || tokens[i]!.text === 'I')) return 'self';
    if (SIDE.has(w)) return 'side';
    if (CLAUSE_STOPS.has(w)) return '';
  }
  return '';
}

interface Hit {
  hit: TriggerHit;
  modality: Modality | null;
  reference: boolean;
  /** A reference that dates the trigger before it ("a summit immediately after the invasion in February"). */
  lends: boolean;
  /** "are stationed": a state unless dated. */
  state: boolean;
  past: boolean;
  future: boolean;
  /** "Chile said it would hold talks": the speaker's own plan, so the speaker is its actor. */
  speakersOwn: boolean;
}

const SPEAKER_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);

/** A reported future whose subject is a pronoun standing for the speaker ("said it would convene ..."). */
function speakersOwnFuture(tokens: readonly Token[], hit: TriggerHit, floor: number): boolean {
  if (!reportedFuture(tokens, hit, floor)) return false;
  for (let i = hit.first - 1; i > Math.max(floor, hit.first - 4); i--) {
    if (tokens[i]!.norm !== 'would') continue;
    if (SPEAKER_PRONOUNS.has(tokens[i - 1]!.norm)) return true;
    // "said the first joint patrols would start in July": a subject that names nobody is the speaker's plan.
    for (let j = i - 1; j >= Math.max(floor, i - 7); j--) {
      if (SAYING_VERBS.has(tokens[j]!.norm)) return true;
      if (tokens[j]!.cap || tokens[j]!.text === ',') return false;
    }
    return false;
  }
  return false;
}
