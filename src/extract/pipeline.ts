/**
 * Articles in, timeline document out. Pure: no file system, no clock, so it runs in Node and in a Web Worker.
 *
 * Stage order, and why:
 * 1. tokens and sentences (sentences/): every later matcher works on the same tokens;
 * 2. actors (actors/gazetteer, resolve): countries, organisations, media, with context for "the bloc";
 * 3. people (actors/people): need the actor mentions to read affiliations ("Russia's Deputy Foreign Minister");
 * 4. time expressions (temporal/): tagged per article against its publication date;
 * 5. events (events/extract, discourse): triggers need actors, people and dates of their sentence; discourse
 *    rules need all the article's events;
 * 6. people across articles (actors/registry), then merge (merge/): the same event in several articles.
 *
 * @example
 * const doc = extractTimeline(articles); // { schemaVersion: 1, documents, actors, events }
 */
import { SCHEMA_VERSION, type Actor, type TimelineDocument, type TimelineEvent } from '../model/schema.ts';
import { findActorMentions } from './actors/gazetteer.ts';
import { findParties } from './actors/parties.ts';
import { findShortForms } from './actors/short-forms.ts';
import { actorLexicon } from './actors/lexicon.ts';
import { findPeople, type PeopleResult } from './actors/people.ts';
import { PersonRegistry } from './actors/registry.ts';
import { resolveContextual } from './actors/resolve.ts';
import { homeFromDateLine } from './actors/home.ts';
import type { Article } from './article.ts';
import { anchorDrafts } from './events/discourse.ts';
import { extractDrafts, type ArticleContext } from './events/extract.ts';
import { eventTitle } from './events/title.ts';
import type { DraftEvent } from './events/types.ts';
import { contentId } from './merge/hash.ts';
import { mergeDrafts } from './merge/merge.ts';
import { splitSentences } from './sentences/split.ts';
import { tokenize, type Token } from './sentences/tokens.ts';
import { tagTimexes } from './temporal/index.ts';

export interface ExtractOptions {
  /** Keep hypothetical / negated / habitual events (marked by `modality`). Default false: they are dropped. */
  keepModal?: boolean;
}

export function extractTimeline(articles: readonly Article[], options: ExtractOptions = {}): TimelineDocument {
  const keepModal = options.keepModal ?? false;
  const registry = new PersonRegistry();
  const contexts: ArticleContext[] = [];
  // Actors found in the text rather than the lexicon (political parties), by id: their names.
  const found = new Map<string, string>();
  const prepared = articles.map((a) => {
    const tokens = tokenize(a.text, a.span.start, a.span.end);
    const sentences = splitSentences(a.text, tokens);
    const lexical = findActorMentions(tokens);
    const parties = findParties(tokens, lexical);
    for (const p of parties) found.set(p.ids[0]!, p.name);
    const extra = [...parties, ...findShortForms(tokens, parties.length ? [...lexical, ...parties] : lexical)];
    const resolved = resolveContextual(extra.length ? [...lexical, ...extra].sort((x, y) => x.first - y.first) : lexical, sentences);
    const home = a.publishedFrom.rule.startsWith('date-line') && a.publishedFrom.text ? homeFromDateLine(a.publishedFrom.text) : undefined;
    // (findPeople removes the demonyms it reads as first names from the list it is given: a copy, for a second reading.)
    const actors = resolved.slice();
    return { a, tokens, sentences, resolved, actors, home, people: findPeople(a.text, tokens, sentences, actors, home) };
  });
  // A full name found with its title in one article is a person in the others too, written bare.
  const known = knownFullNames(prepared.map((p) => p.people));
  for (const p of prepared) {
    if (!known.names.size || !namesKnownElsewhere(p.tokens, p.people, known)) continue;
    p.actors = p.resolved.slice();
    p.people = findPeople(p.a.text, p.tokens, p.sentences, p.actors, p.home, known.names);
  }
  for (const { a, tokens, sentences, actors, people } of prepared) {
    for (const rec of people.people.values()) registry.add(a.id, rec);
    const timexes = tagTimexes(a.text.slice(a.span.start, a.span.end), a.published)
      .map((t) => ({ ...t, start: t.start + a.span.start, end: t.end + a.span.start }))
      .sort((x, y) => x.start - y.start);
    contexts.push({
      document: a.id, text: a.text, published: a.published, tokens, sentences, actors, people, timexes,
      personId: (key) => registry.idOf(a.id, key), affiliationOf: (key) => registry.affiliationOf(a.id, key),
    });
  }
  const drafts: DraftEvent[] = [];
  for (const ctx of contexts) {
    const { drafts: d, pending, latent } = extractDrafts(ctx, keepModal);
    drafts.push(...anchorDrafts(d, pending, (id) => registry.affiliationById(id), (id) => registry.isOfficial(id), latent));
  }
  // An event that names nobody cannot be placed in any lane; it is dropped.
  const merged = mergeDrafts(drafts, (id) => registry.affiliationById(id)).filter((d) => d.actors.length || d.people.length);
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const events = merged.map((d) => toEvent(d, textOf, registry, found));
  events.sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: 'dateline',
    documents: articles.map((a) => ({ id: a.id, title: a.title, published: a.published, source: a.source, text: a.text, span: a.span, publishedFrom: a.publishedFrom, ...(a.url ? { url: a.url } : {}) })),
    actors: usedActors(events, registry, found),
    events,
  };
}

/** Full names (two words or more) of the people the articles found, lower case, indexed by their first word. */
function knownFullNames(results: readonly PeopleResult[]): { names: Set<string>; byFirst: Map<string, string[][]> } {
  const names = new Set<string>();
  const byFirst = new Map<string, string[][]>();
  for (const r of results) {
    for (const rec of r.people.values()) {
      const words = rec.name.toLowerCase().split(' ');
      if (words.length < 2 || names.has(rec.name.toLowerCase())) continue;
      names.add(rec.name.toLowerCase());
      byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
    }
  }
  return { names, byFirst };
}

/** Whether the article writes a known full name where it found no person (one pass over its tokens). */
function namesKnownElsewhere(tokens: readonly Token[], people: PeopleResult, known: { byFirst: Map<string, string[][]> }): boolean {
  const covered = new Set<number>();
  for (const m of people.mentions) covered.add(m.first);
  for (let i = 0; i < tokens.length; i++) {
    const cands = known.byFirst.get(tokens[i]!.text.toLowerCase());
    if (!cands || covered.has(i)) continue;
    if (cands.some((w) => w.every((x, k) => tokens[i + k]?.text.toLowerCase() === x))) return true;
  }
  return false;
}

function displayName(id: string, registry: PersonRegistry, found: ReadonlyMap<string, string>): string {
  if (id.startsWith('person:')) return registry.shortNameById(id) ?? id;
  return actorLexicon().actors.get(id)?.name ?? found.get(id) ?? id;
}

function toEvent(d: DraftEvent, textOf: ReadonlyMap<string, string>, registry: PersonRegistry, found: ReadonlyMap<string, string>): TimelineEvent {
  const title = eventTitle(d, (id) => displayName(id, registry, found), (id) => registry.affiliationById(id), (id) => actorLexicon().actors.get(id)?.members ?? []);
  const evidence = d.quotes.map((q) => {
    const quote = (textOf.get(q.document) ?? '').slice(q.start, q.end);
    return { document: q.document, start: q.start, end: q.end, quote, ...(q.marks?.length ? { marks: q.marks } : {}) };
  });
  const actors = [...d.actors].sort();
  const people = [...d.people].sort();
  const first = d.quotes[0]!;
  const id = contentId('ev', [d.kind, d.date.start, d.date.end, people.join(','), actors.join(','), `${first.document}:${first.start}`].join('|'));
  const ev: TimelineEvent = {
    id, title, kind: d.kind,
    date: {
      start: d.date.start, end: d.date.end, granularity: d.date.granularity, timex: d.date.timex, phrase: d.date.phrase,
      ...(d.date.implicit ? { implicit: true } : {}),
      provenance: { rule: d.date.rule, ...(d.date.phrase ? { text: d.date.phrase } : {}), ...(d.date.phraseStart !== undefined ? { start: d.date.phraseStart, end: d.date.phraseEnd } : {}) },
    },
    actors, people, planned: d.planned, evidence,
    sources: new Set(d.quotes.map((q) => q.document)).size,
    provenance: { rule: [...d.rules.map((r) => `trigger:${r.id}`), ...(d.actorsFrom ? [`actors:${d.actorsFrom}`] : [])].join('+'), text: d.trigger.text, start: d.trigger.start, end: d.trigger.end },
  };
  if (d.location) ev.location = d.location;
  if (d.modality) ev.modality = d.modality === 'irrealis' ? 'hypothetical' : d.modality;
  return ev;
}

function usedActors(events: readonly TimelineEvent[], registry: PersonRegistry, found: ReadonlyMap<string, string>): Actor[] {
  const used = new Set<string>();
  for (const e of events) for (const id of [...e.actors, ...e.people]) used.add(id);
  const lex = actorLexicon().actors;
  const out: Actor[] = [];
  for (const p of registry.actors()) {
    if (!used.has(p.id)) continue;
    out.push(p);
    if (p.affiliation) used.add(p.affiliation);
  }
  for (const id of used) {
    if (id.startsWith('person:')) continue;
    const a = lex.get(id);
    if (a) out.push({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, ...(a.members ? { members: a.members } : {}), provenance: { rule: `lexicon:${a.kind}` } });
    else if (found.has(id)) out.push({ id, name: found.get(id)!, kind: 'organization', aliases: [], provenance: { rule: 'found:party' } });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
