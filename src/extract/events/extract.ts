/**
 * Sentence-level event extraction for one article: triggers -> modality -> dates -> actors and people ->
 * draft events, one per group of triggers that share a date in a sentence. Discourse rules (anchoring undated
 * statements to their speaker's event) run afterwards in discourse.ts.
 *
 * @example
 * // "Earlier this week, Russia's Deputy Foreign Minister Sergey Ryabkov met with US Deputy Secretary of State
 * //  Wendy Sherman ..." -> meeting, 2022-W02, actors [country:RUS, country:USA], people [Ryabkov, Sherman]
 */
import type { ActorMention } from '../actors/types.ts';
import type { PeopleResult } from '../actors/people.ts';
import type { Sentence } from '../sentences/split.ts';
import type { Token } from '../sentences/tokens.ts';
import type { Timex } from '../temporal/index.ts';
import { assignTimexes, datable, fromTimex, publicationDate } from './dates.ts';
import { isFuture, modalityOf, quoteMask } from './modality.ts';
import { KIND_PRIORITY, findTriggers, type TriggerHit } from './triggers.ts';
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

const ANCHOR_LEAD = new Set(['following', 'after']);

function tokenIndexAt(tokens: readonly Token[], offset: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (tokens[i]!.end > offset) return i;
  return to - 1;
}

export function extractDrafts(ctx: ArticleContext, keepModal: boolean): { drafts: DraftEvent[]; pending: PendingTrigger[] } {
  const { tokens, sentences, text } = ctx;
  const quoted = quoteMask(tokens);
  const actorAt = new Set<number>();
  for (const m of ctx.actors) for (let k = m.first; k < m.last; k++) actorAt.add(k);
  const drafts: DraftEvent[] = [];
  const pending: PendingTrigger[] = [];
  let turn = -1;

  sentences.forEach((s, si) => {
    while (turn + 1 < ctx.people.turns.length && ctx.people.turns[turn + 1]!.from < s.last) turn++;
    if (s.headline) return;
    const hits = findTriggers(tokens, s.first, s.last, (i) => quoted[i]! || actorAt.has(i))
      .map((hit) => ({ hit, modality: modalityOf(tokens, hit, s.first, s.last) }))
      .filter((h) => keepModal || h.modality === null);
    if (!hits.length) return;
    const timexes = ctx.timexes.filter((t) => t.start >= s.start && t.end <= s.end);
    const habitual = timexes.some((t) => t.type === 'SET');
    const dated = timexes.filter(datable).map((t) => ({ t, first: tokenIndexAt(tokens, t.start, s.first, s.last), last: tokenIndexAt(tokens, t.end - 1, s.first, s.last) + 1 }));
    const assigned = assignTimexes(hits.map((h) => h.hit), dated);
    const mentions = ctx.actors.filter((m) => m.start >= s.start && m.end <= s.end);
    const persons = ctx.people.mentions.filter((m) => m.start >= s.start && m.end <= s.end);

    // Date per trigger.
    const dateOf: Array<DateValue | null> = hits.map((_, k) => (assigned.has(k) ? fromTimex(dated[assigned.get(k)!]!.t) : null));
    hits.forEach((h, k) => {
      if (dateOf[k]) return;
      const future = isFuture(tokens, h.hit, s.first);
      // The sentence's date when the tenses agree.
      let best: DateValue | null = null;
      let bestDist = Infinity;
      dateOf.forEach((d, j) => {
        if (!d || j === k || !assigned.has(j)) return;
        const inFuture = d.start > ctx.published;
        if (inFuture !== future) return;
        const dist = Math.abs(hits[j]!.hit.first - h.hit.first);
        if (dist < bestDist) { bestDist = dist; best = { ...d, rule: 'sentence-timex' }; }
      });
      if (best) dateOf[k] = best;
    });

    // Group triggers that share a date into one event.
    const groups = new Map<string, number[]>();
    hits.forEach((h, k) => {
      const d = dateOf[k];
      const key = d ? `${d.start}/${d.end}/${d.granularity}` : `undated:${k}`;
      groups.set(key, [...(groups.get(key) ?? []), k]);
    });
    const anchors = [...groups.values()].map((ks) => ks[0]!);
    for (const ks of groups.values()) {
      const main = ks.reduce((a, b) => ((KIND_PRIORITY.get(hits[b]!.hit.rule.kind) ?? 0) > (KIND_PRIORITY.get(hits[a]!.hit.rule.kind) ?? 0) ? b : a));
      const h = hits[main]!;
      const firstTok = Math.min(...ks.map((k) => hits[k]!.hit.first));
      const lastTok = Math.max(...ks.map((k) => hits[k]!.hit.last));
      // Mentions nearer to another group's trigger belong to it; those before every trigger (subjects) to all.
      const firstTrigger = Math.min(...hits.map((x) => x.hit.first));
      const mine = (first: number): boolean => {
        if (groups.size === 1 || first < firstTrigger) return true;
        let bestK = -1;
        let bestD = Infinity;
        for (const a of anchors) {
          for (const k of [...groups.values()].find((g) => g.includes(a))!) {
            const t = hits[k]!.hit;
            const d = Math.abs(t.first - first);
            if (d < bestD) { bestD = d; bestK = a; }
          }
        }
        return ks.includes(bestK) || ks[0] === bestK;
      };
      const actorIds: string[] = [];
      let location: string | undefined;
      for (const m of mentions) {
        if (m.place) { location ??= text.slice(m.start, m.end); continue; }
        if (!mine(m.first)) continue;
        for (const id of m.ids) if (!actorIds.includes(id)) actorIds.push(id);
      }
      const people: string[] = [];
      let subject: string | undefined;
      for (const p of persons) {
        if (p.first >= 0 && !mine(p.first)) continue;
        const id = ctx.personId(p.key);
        if (!people.includes(id)) people.push(id);
        subject ??= p.key;
        const aff = ctx.affiliationOf(p.key);
        if (aff && !actorIds.includes(aff)) actorIds.push(aff);
      }
      const speaker = turn >= 0 && !persons.length ? ctx.people.turns[turn]!.key : undefined;
      if (speaker && h.hit.rule.report) {
        people.push(ctx.personId(speaker));
        const aff = ctx.affiliationOf(speaker);
        if (aff && !actorIds.includes(aff)) actorIds.push(aff);
        subject ??= speaker;
      }
      location ??= placeAfter(tokens, lastTok, s.last, actorAt);
      let date = dateOf[main] ?? null;
      if (!date && ANCHOR_LEAD.has(tokens[s.first]!.norm)) {
        date = { ...publicationDate(ctx.published), rule: 'anchor:following' };
      }
      const modality = h.modality ?? (habitual ? 'habitual' : undefined);
      if (modality && !keepModal) continue;
      const quoteStart = s.start;
      const speech = directSpeech(tokens, quoted, s.first, s.last, text);
      const draft: DraftEvent = {
        document: ctx.document, sentence: si, kind: h.hit.rule.kind, rules: ks.map((k) => hits[k]!.hit.rule),
        trigger: { start: tokens[h.hit.first]!.start, end: tokens[h.hit.last - 1]!.end, text: text.slice(tokens[h.hit.first]!.start, tokens[h.hit.last - 1]!.end) },
        date: date ?? publicationDate(ctx.published), actors: actorIds, people,
        planned: false, quotes: [],
      };
      if (subject) draft.subject = subject;
      if (location) draft.location = location;
      if (modality) draft.modality = modality;
      if (speech) draft.speech = speech;
      const obj = objectAfter(tokens, h.hit.last, s.last, text);
      if (obj) draft.object = obj;
      draft.planned = draft.date.start > ctx.published || isFuture(tokens, h.hit, s.first);
      const marks: Array<{ start: number; end: number; kind: string }> = [];
      if (date?.phraseStart !== undefined && date.phraseEnd !== undefined && date.phraseStart >= quoteStart) marks.push({ start: date.phraseStart - quoteStart, end: date.phraseEnd - quoteStart, kind: 'time' });
      for (const m of mentions) marks.push({ start: m.start - quoteStart, end: m.end - quoteStart, kind: m.place ? 'place' : 'actor' });
      for (const p of persons) marks.push({ start: p.start - quoteStart, end: p.end - quoteStart, kind: 'person' });
      marks.sort((a, b) => a.start - b.start || a.end - b.end);
      draft.quotes.push({ document: ctx.document, start: s.start, end: s.end, marks });
      if (date) drafts.push(draft);
      else if (h.hit.rule.undated === 'emit') drafts.push(draft);
      else if (h.hit.rule.undated === 'anchor') pending.push({ draft, hit: h.hit });
    }
  });
  return { drafts, pending };
}

/** "in Geneva" right after the trigger's clause: a capitalised place that is not an actor. */
function placeAfter(tokens: readonly Token[], from: number, to: number, actorAt: ReadonlySet<number>): string | undefined {
  for (let i = from; i < Math.min(to, from + 8); i++) {
    const t = tokens[i]!;
    if (t.text === ',' || t.text === '.' || t.text === ';') return undefined;
    if (t.norm === 'in' && tokens[i + 1]?.cap && !actorAt.has(i + 1) && !/^(January|February|March|April|May|June|July|August|September|October|November|December|\d)/.test(tokens[i + 1]!.text)) {
      let j = i + 1;
      while (j < to && tokens[j]!.cap && !actorAt.has(j)) j++;
      return tokens.slice(i + 1, j).map((x) => x.text).join(' ');
    }
  }
  return undefined;
}

function objectAfter(tokens: readonly Token[], from: number, to: number, text: string): string | undefined {
  let j = from;
  while (j < to && j < from + 7 && !/^[,.;:“”"–—(]$/.test(tokens[j]!.text)) j++;
  if (j === from) return undefined;
  return text.slice(tokens[from]!.start, tokens[j - 1]!.end);
}

function directSpeech(tokens: readonly Token[], quoted: readonly boolean[], from: number, to: number, text: string): string | undefined {
  let a = -1;
  for (let i = from; i < to; i++) {
    if (quoted[i] && a < 0) a = i;
    if (a >= 0 && (!quoted[i] || i === to - 1)) {
      const b = quoted[i] ? i + 1 : i;
      if (b - a >= 3) return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
      a = -1;
    }
  }
  return undefined;
}
