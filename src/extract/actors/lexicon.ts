/**
 * The actor lexicon: every country from the world-countries package (common and official names, alternative
 * spellings, capitals as seats of government, English demonyms) plus the data files in data/lexicons/
 * (organisations, media, country additions, contextual forms). Built once per process.
 *
 * @example
 * const lex = actorLexicon();
 * lex.actors.get('country:RUS')?.name // "Russia"
 */
import worldCountries from 'world-countries';
import countryData from '../../../data/lexicons/countries.json' with { type: 'json' };
import orgData from '../../../data/lexicons/organizations.json' with { type: 'json' };
import mediaData from '../../../data/lexicons/media.json' with { type: 'json' };
import contextData from '../../../data/lexicons/contextual.json' with { type: 'json' };
import type { AliasTarget, LexiconActor } from './types.ts';

interface CountryExtra {
  names?: string;
  aliases?: string[];
  seats?: string[];
  demonyms?: string[];
  blocked?: string[];
  blockedBefore?: string[];
  blockedAfter?: string[];
}

export interface ActorLexicon {
  actors: Map<string, LexiconActor>;
  /** Surface form (as written in the data) -> targets. */
  forms: Array<{ form: string; target: AliasTarget }>;
}

const LATIN = /^[\p{Script=Latin}\p{N}\s.'’()&/-]+$/u;
interface ContextEntry { phrase: string; candidates: string[]; rule: string; group?: string; name?: string; locativeIsPlace?: boolean; notBeforeName?: boolean }

function caseRuleOf(form: string): AliasTarget['caseRule'] {
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'upper';
  return /^\p{Lu}/u.test(form) ? 'cap' : 'any';
}

function plural(demonym: string): string | null {
  return /[ni]$/.test(demonym) ? `${demonym}s` : null;
}

let cached: ActorLexicon | null = null;

export function actorLexicon(): ActorLexicon {
  if (cached) return cached;
  const actors = new Map<string, LexiconActor>();
  const forms: ActorLexicon['forms'] = [];
  const extras = countryData.countries as Record<string, CountryExtra>;
  const add = (form: string, target: Omit<AliasTarget, 'caseRule'>, blocked: ReadonlySet<string>): void => {
    if (!form || blocked.has(form) || !LATIN.test(form)) return;
    forms.push({ form, target: { ...target, caseRule: caseRuleOf(form) } });
    // Wires often drop the accents: "Bogota", "Yaounde", "Sao Tome" are the same names.
    const plain = form.normalize('NFD').replace(/\p{M}+/gu, '');
    if (plain !== form && !blocked.has(plain)) forms.push({ form: plain, target: { ...target, caseRule: caseRuleOf(plain) } });
  };
  for (const c of worldCountries) {
    const extra = extras[c.cca3] ?? {};
    const blocked = new Set(extra.blocked ?? []);
    const id = `country:${c.cca3}`;
    // Territories get no capital or demonym: "American" is also American Samoa's demonym.
    const sovereign = c.independent || c.unMember || countryData.treatAsSovereign.includes(c.cca3);
    const name = extra.names ?? c.name.common;
    const names = [c.name.common, c.name.official, ...(extra.aliases ?? []),
      ...c.altSpellings.filter((s) => s.length > 2 && !s.includes(',') && s !== c.cca2)];
    const ctx = { blockedBefore: extra.blockedBefore, blockedAfter: extra.blockedAfter };
    const aliasSet = new Set<string>();
    for (const n of names) { add(n, { ids: [id], form: 'name', ...ctx }, blocked); if (LATIN.test(n) && !blocked.has(n)) aliasSet.add(n); }
    if (sovereign) {
      for (const cap of c.capital) add(cap, { ids: [id], form: 'capital', locativeIsPlace: true }, blocked);
      const dem = c.demonyms?.eng;
      // "Bosnian, Herzegovinian": the package may list two adjectives in one string.
      const demonyms = new Set([dem?.m, dem?.f, ...(extra.demonyms ?? [])].flatMap((d) => (d ? d.split(/,\s*/) : [])).filter((d) => !!d));
      for (const d of demonyms) {
        add(d, { ids: [id], form: 'demonym' }, blocked);
        const p = plural(d);
        if (p) add(p, { ids: [id], form: 'demonym' }, blocked);
      }
    }
    for (const seat of extra.seats ?? []) add(seat, { ids: [id], form: 'seat', locativeIsPlace: true }, blocked);
    aliasSet.delete(name);
    actors.set(id, { id, name, kind: 'country', aliases: [...aliasSet].sort() });
  }
  for (const [data, kind, formName] of [[orgData, 'organization', 'org'], [mediaData, 'media', 'media']] as const) {
    for (const e of data.entries) {
      actors.set(e.id, { id: e.id, name: e.name, kind, aliases: e.aliases.filter((a) => a !== e.name) });
      for (const a of new Set([e.name, ...e.aliases])) add(a, { ids: [e.id], form: formName }, new Set());
    }
  }
  for (const e of contextData.entries as ContextEntry[]) {
    if (e.group) {
      if (!actors.has(e.group)) actors.set(e.group, { id: e.group, name: e.name ?? e.group, kind: 'group', aliases: [], members: e.candidates });
      actors.get(e.group)!.aliases.push(e.phrase);
    }
    add(e.phrase, {
      ids: e.candidates, form: e.group ? 'group' : 'contextual', rule: e.rule as AliasTarget['rule'],
      ...(e.locativeIsPlace ? { locativeIsPlace: true } : {}),
      ...(e.notBeforeName ? { notBeforeName: true } : {}),
    }, new Set());
  }
  cached = { actors, forms };
  return cached;
}
