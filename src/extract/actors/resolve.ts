/**
 * Context for the forms that do not name one actor by themselves: "the alliance" and "the bloc" take the
 * candidate named most recently (NATO after a NATO sentence, the EU after an EU one); "Brussels" takes a
 * candidate named in the same sentence, else the most recent one; "the Baltic states" stands for its members;
 * "the two countries" stands for the two countries named most often before it.
 *
 * @example
 * // "The diplomat also took aim at Brussels, claiming that the EU ..." -> Brussels = org:eu
 */
import type { ActorMention } from './types.ts';
import type { Sentence } from '../sentences/split.ts';

export function resolveContextual(mentions: readonly ActorMention[], sentences: readonly Sentence[]): ActorMention[] {
  const lastSeen = new Map<string, number>();
  const out: ActorMention[] = [];
  let s = 0;
  for (const m of mentions) {
    while (s < sentences.length - 1 && sentences[s]!.end <= m.start) s++;
    const sentence = sentences[s];
    // "the two countries", "both sides": the two countries the article has named most so far.
    if (m.rule === 'pair') {
      const pair = topCountries(out, 2);
      if (pair.length === 2) out.push({ ...m, ids: pair });
      continue;
    }
    if (m.form === 'contextual' && m.rule) {
      let chosen: string | undefined;
      if (m.rule === 'sentence' && sentence) {
        chosen = m.ids.find((id) => mentions.some((o) => o !== m && o.form !== 'contextual' && o.start >= sentence.start && o.end <= sentence.end && o.ids.includes(id)));
      }
      if (!chosen) {
        let best = -1;
        for (const id of m.ids) { const at = lastSeen.get(id) ?? -1; if (at > best) { best = at; chosen = id; } }
      }
      // "the council": only a council the article has named (the Security Council, the European Council).
      if (!chosen && m.rule === 'seen') continue;
      chosen ??= m.ids[0]!;
      out.push({ ...m, ids: [chosen] });
      lastSeen.set(chosen, m.start);
      continue;
    }
    out.push(m);
    for (const id of m.ids) lastSeen.set(id, m.start);
  }
  return out;
}

/** The `n` countries named most often in `mentions` (ties: the one named first), never places. */
function topCountries(mentions: readonly ActorMention[], n: number): string[] {
  const count = new Map<string, number>();
  for (const m of mentions) {
    if (m.place) continue;
    for (const id of m.ids) if (id.startsWith('country:')) count.set(id, (count.get(id) ?? 0) + 1);
  }
  // Ties go to the country named last ("Armenian Prime Minister ... and Azerbaijani President ... the two countries'").
  const last = new Map<string, number>();
  mentions.forEach((m, k) => { for (const id of m.ids) last.set(id, k); });
  return [...count.entries()].sort((a, b) => b[1] - a[1] || last.get(b[0])! - last.get(a[0])!).slice(0, n).map(([id]) => id);
}
