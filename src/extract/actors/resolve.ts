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
  // Where each actor was last named by a name, a capital or a seat (not a demonym: "Mexican President X" does not
  // make the paragraph's "Congress" Mexico's).
  const lastNamed = new Map<string, number>();
  const out: ActorMention[] = [];
  // Running tallies for "the two countries" (kept as `out` grows: a recount per mention was quadratic).
  const count = new Map<string, number>();
  const last = new Map<string, number>();
  const push = (x: ActorMention): void => {
    out.push(x);
    for (const id of x.ids) last.set(id, out.length - 1);
    if (x.place) return;
    for (const id of x.ids) if (id.startsWith('country:')) count.set(id, (count.get(id) ?? 0) + 1);
  };
  let s = 0;
  // Mentions of the current sentence: [lo, hi) in `mentions` (both in text order, so the window only moves on).
  let lo = 0;
  let hi = 0;
  let windowOf = -1;
  for (const m of mentions) {
    while (s < sentences.length - 1 && sentences[s]!.end <= m.start) s++;
    // A heading that opens with a name starts a digest's next story ("BOLIVIA - Ambassador takes up post"):
    // "the two countries" there are two of the countries it names, not the article's most named so far.
    if (sentences[s]?.headline && m.start === sentences[s]!.start) count.clear();
    const sentence = sentences[s];
    // "the two countries", "both sides": the two countries the article has named most so far.
    if (m.rule === 'pair') {
      const pair = topCountries(count, last, 2);
      if (pair.length === 2) push({ ...m, ids: pair });
      continue;
    }
    if (m.form === 'contextual' && m.rule) {
      let chosen: string | undefined;
      if (m.rule === 'sentence' && sentence) {
        if (windowOf !== s) {
          while (lo < mentions.length && mentions[lo]!.start < sentence.start) lo++;
          hi = Math.max(hi, lo);
          while (hi < mentions.length && mentions[hi]!.end <= sentence.end) hi++;
          windowOf = s;
        }
        chosen = m.ids.find((id) => {
          for (let k = lo; k < hi; k++) {
            const o = mentions[k]!;
            if (o !== m && o.form !== 'contextual' && o.ids.includes(id)) return true;
          }
          return false;
        });
      }
      if (m.rule === 'paragraph' && sentence) {
        // "Congress": the country named last in the same paragraph ("PERU - Congress voted ..."); failing that, the
        // country named last in an article that never names the first candidate (the United States); else that one.
        let from = s;
        while (from > 0 && sentences[from - 1]!.paragraph === sentence.paragraph) from--;
        const paragraphStart = sentences[from]!.start;
        let best = -1;
        // "the Peruvian Congress": the country of the word right before it.
        const adjective = out[out.length - 1];
        if (adjective && adjective.last === m.first && adjective.ids.length === 1 && m.ids.includes(adjective.ids[0]!)) { chosen = adjective.ids[0]; best = Infinity; }
        for (const id of m.ids) { const at = lastNamed.get(id) ?? -1; if (at >= paragraphStart && at > best) { best = at; chosen = id; } }
        if (!chosen && !lastSeen.has(m.ids[0]!)) for (const id of m.ids) { const at = lastNamed.get(id) ?? -1; if (at > best) { best = at; chosen = id; } }
      } else if (!chosen) {
        let best = -1;
        for (const id of m.ids) { const at = lastSeen.get(id) ?? -1; if (at > best) { best = at; chosen = id; } }
      }
      // "the council": only a council the article has named (the Security Council, the European Council).
      if (!chosen && m.rule === 'seen') continue;
      chosen ??= m.ids[0]!;
      push({ ...m, ids: [chosen] });
      lastSeen.set(chosen, m.start);
      continue;
    }
    push(m);
    for (const id of m.ids) lastSeen.set(id, m.start);
    if (m.form !== 'demonym') for (const id of m.ids) lastNamed.set(id, m.start);
  }
  return out;
}

/** The `n` countries named most often so far (never as places); ties go to the country named last
 * ("Armenian Prime Minister ... and Azerbaijani President ... the two countries'"). */
function topCountries(count: ReadonlyMap<string, number>, last: ReadonlyMap<string, number>, n: number): string[] {
  return [...count.entries()].sort((a, b) => b[1] - a[1] || last.get(b[0])! - last.get(a[0])!).slice(0, n).map(([id]) => id);
}
