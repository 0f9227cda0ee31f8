/**
 * People across articles: one actor per person for the whole run. Names from different articles are the same
 * person when their surnames agree and their first names agree or one is missing ("Biden" = "Joe Biden").
 * The id is the slug of the fullest name; every written form is an alias.
 *
 * @example
 * const reg = new PersonRegistry(); reg.add('doc1', rec1); reg.idOf('doc1', 'lavrov') // "person:sergey-lavrov"
 */
import type { Actor } from '../../model/schema.ts';
import { slug } from '../merge/hash.ts';
import { keyOf, type PersonRecord } from './people.ts';

/** A person as the registry keeps it: the article's record without its per-article key, evidence with its document. */
interface Entry extends Omit<PersonRecord, 'key' | 'evidence'> {
  evidence: { document: string; start: number; end: number };
}

export class PersonRegistry {
  private readonly entries: Entry[] = [];
  private readonly byLocal = new Map<string, Entry>();
  /** id -> entry, rebuilt after an add (a name may grow longer, which changes its id). */
  private byId: Map<string, Entry> | null = null;

  private entry(id: string): Entry | undefined {
    if (!this.byId) this.byId = new Map(this.entries.map((e) => [`person:${slug(e.name)}`, e]));
    return this.byId.get(id);
  }

  add(document: string, rec: PersonRecord): void {
    this.byId = null;
    const words = rec.name.split(' ');
    const sur = keyOf(words[words.length - 1]!);
    const firstName = words.length > 1 ? keyOf(words[0]!) : null;
    let entry = this.entries.find((e) => {
      const w = e.name.split(' ');
      if (keyOf(w[w.length - 1]!) !== sur) return false;
      const f = w.length > 1 ? keyOf(w[0]!) : null;
      return !f || !firstName || f === firstName;
    });
    if (!entry) {
      entry = { name: rec.name, aliases: new Set(), rule: rec.rule, evidence: { document, ...rec.evidence } };
      this.entries.push(entry);
    } else if (words.length > entry.name.split(' ').length) {
      entry.aliases.add(entry.name);
      entry.name = rec.name;
    } else if (rec.name !== entry.name) entry.aliases.add(rec.name);
    for (const a of rec.aliases) if (a !== entry.name) entry.aliases.add(a);
    if (rec.role && !entry.role) entry.role = rec.role;
    // A side read from a title or sentence wins over an article's home country ("Secretary Blinken" at a press
    // conference in Tokyo is not Japan's because another article says "Secretary of State").
    if (rec.affiliation && (!entry.affiliation || (entry.affiliationWeak && !rec.affiliationWeak))) {
      entry.affiliation = rec.affiliation;
      if (rec.affiliationWeak) entry.affiliationWeak = true; else delete entry.affiliationWeak;
    }
    this.byLocal.set(`${document}\u0000${rec.key}`, entry);
  }

  private readonly ids = new Map<string, string>();

  /** The person id of an article's local key (slugs are cached: they are asked for once per mention). */
  idOf(document: string, key: string): string {
    const e = this.byLocal.get(`${document}\u0000${key}`);
    const name = e ? e.name : key;
    let id = this.ids.get(name);
    if (!id) { id = `person:${slug(name)}`; this.ids.set(name, id); }
    return id;
  }

  affiliationOf(document: string, key: string): string | undefined {
    return this.byLocal.get(`${document}\u0000${key}`)?.affiliation;
  }

  affiliationById(id: string): string | undefined {
    return this.entry(id)?.affiliation;
  }

  /** A person with a role or a side read from the text (not a bystander quoted by name only). */
  isOfficial(id: string): boolean {
    const e = this.entry(id);
    return !!e && (!!e.role || !!e.affiliation);
  }

  nameById(id: string): string | undefined {
    return this.entry(id)?.name;
  }

  /** The name a headline uses: the surname, which is the first word when the text writes it alone ("President Yoon" for Yoon Suk Yeol). */
  shortNameById(id: string): string | undefined {
    const e = this.entry(id);
    if (!e) return undefined;
    const words = e.name.split(' ');
    if (words.length > 1 && e.aliases.has(words[0]!) && !e.aliases.has(words[words.length - 1]!)) return words[0];
    // "Lai Ching-te", "Shin Won-sik": a hyphenated given name after the family name (Chinese and Korean order).
    if (words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!)) return words[0];
    // "von der Leyen", "de Gaulle": the particles belong to the surname.
    let k = words.length - 1;
    while (k > 1 && /^(?:de|van|von|der|den|da|di|du|le|la|del|dos|das)$/.test(words[k - 1]!)) k--;
    return words.slice(k).join(' ');
  }

  actors(): Actor[] {
    return this.entries.map((e) => {
      const a: Actor = {
        id: `person:${slug(e.name)}`, name: e.name, kind: 'person', aliases: [...e.aliases].filter((x) => x !== e.name).sort(),
        provenance: { rule: `person:${e.rule}`, start: e.evidence.start, end: e.evidence.end },
      };
      if (e.affiliation) a.affiliation = e.affiliation;
      if (e.role) a.role = e.role;
      return a;
    });
  }
}
