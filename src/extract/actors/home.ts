/**
 * The article's home country: where the story is filed from. A wire dateline names it ("KYIV, April 9 -",
 * "TBILISI, May 2 -"), or a place line of its own under a transcript's headline ("Warsaw"). Officials written
 * without a country ("Prime Minister Irakli Kobakhidze") and domestic bodies without one ("Parliament",
 * "police") belong to it. An article with neither has no home (people.ts then looks at the passage around
 * each such official instead).
 *
 * @example
 * homeCountry(tokens, sentences, mentions) // "country:UKR" for "KYIV, April 9 - Russian missiles destroyed ..."
 */
import type { Sentence } from '../sentences/split.ts';
import type { Token } from '../sentences/tokens.ts';
import type { ActorMention } from './types.ts';
import { tokenize } from '../sentences/tokens.ts';
import { findActorMentions } from './gazetteer.ts';

const PLACE_FORMS = new Set(['capital', 'seat', 'name']);
const MARKUP = /^[*_]+$/;
const DATELINE_MARK = /^[,—–-]$/;

export interface Home {
  id: string;
  /** 'dateline' (wire dateline) or 'place-line' (a line naming only the place). */
  rule: string;
}

export function homeCountry(tokens: readonly Token[], sentences: readonly Sentence[], mentions: readonly ActorMention[]): Home | undefined {
  let m = 0;
  for (let k = 0; k < sentences.length && k < 6; k++) {
    const s = sentences[k]!;
    while (m < mentions.length && mentions[m]!.first < s.first) m++;
    const first = mentions[m];
    const lead = skipMarkup(tokens, s.first, s.last);
    if (!first || first.first !== lead || first.ids.length !== 1 || !first.ids[0]!.startsWith('country:') || !PLACE_FORMS.has(first.form)) {
      if (!s.headline) return undefined;
      // "Maximos Mansion, Athens": a building, then the city, on a line of their own.
      const venue = venueLine(tokens, s, mentions);
      if (venue) return { id: venue, rule: 'place-line' };
      continue;
    }
    // "Warsaw" or "Washington, D.C." on a line of its own; "KYIV, April 9 - ..." opening the first paragraph.
    if (s.headline && placeLine(tokens, first.last, s.last)) return { id: first.ids[0]!, rule: 'place-line' };
    // "KYIV, April 9 -", "WARSAW —".
    if (s.headline) continue;
    if (!datelineMark(tokens, first, s.last) || !tokens[first.first]!.upper) return undefined;
    // A digest whose items each open with their own place ("PERU - ...", "BOLIVIA - ...") has no one home:
    // each item's place is found in its own passage.
    return itemDatelines(tokens, sentences, mentions, k + 1, first.ids[0]!) ? undefined : { id: first.ids[0]!, rule: 'dateline' };
  }
  return undefined;
}

/** The first token from `i` that is not Markdown emphasis ("**WARSAW** —"). */
function skipMarkup(tokens: readonly Token[], i: number, last: number): number {
  while (i < last && MARKUP.test(tokens[i]!.text)) i++;
  return i;
}

/** Whether a dash or comma follows the place (after any emphasis marks): "KYIV, April 9 -", "**WARSAW** —". */
function datelineMark(tokens: readonly Token[], place: ActorMention, last: number): boolean {
  return DATELINE_MARK.test(tokens[skipMarkup(tokens, place.last, last)]?.text ?? '');
}

/** Whether a later paragraph opens with an upper-case dateline of another country than `id`. */
function itemDatelines(tokens: readonly Token[], sentences: readonly Sentence[], mentions: readonly ActorMention[], from: number, id: string): boolean {
  let m = 0;
  for (let k = from; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (s.headline || s.paragraph === sentences[k - 1]!.paragraph) continue;
    const lead = skipMarkup(tokens, s.first, s.last);
    while (m < mentions.length && mentions[m]!.first < lead) m++;
    const first = mentions[m];
    if (!first || first.first !== lead || first.ids.length !== 1 || first.ids[0] === id || !first.ids[0]!.startsWith('country:') || !tokens[lead]!.upper) continue;
    if (datelineMark(tokens, first, s.last)) return true;
  }
  return false;
}

/** The country of a line "<Capitalised words>, <capital>" (at most four words before the comma), if it is one. */
function venueLine(tokens: readonly Token[], s: Sentence, mentions: readonly ActorMention[]): string | undefined {
  const comma = s.last - 2;
  if (comma - s.first < 1 || comma - s.first > 4 || tokens[comma]?.text !== ',') return undefined;
  for (let i = s.first; i < comma; i++) if (!tokens[i]!.cap) return undefined;
  const place = mentions.find((m) => m.first === comma + 1 && m.last === s.last);
  return place && place.ids.length === 1 && place.ids[0]!.startsWith('country:') && place.form === 'capital' ? place.ids[0] : undefined;
}

/** The rest of a place line: nothing, or a comma and one or two capitalised words ("Washington, D.C."). */
function placeLine(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  if (from === to || (from === to - 1 && tokens[from]!.text === '.')) return true;
  if (tokens[from]!.text !== ',') return false;
  for (let i = from + 1; i < to; i++) if (!tokens[i]!.cap && tokens[i]!.text !== '.') return false;
  return true;
}

/**
 * The place a readout's date line opens with ("Madrid, 26 November 2025", "Amman, 17/05/2026"): the line is read
 * as the publication date and is not part of the text, so its place is passed here as the home of last resort.
 *
 * @example
 * homeFromDateLine('Madrid, 26 November 2025') // { id: 'country:ESP', rule: 'date-line' }
 */
export function homeFromDateLine(line: string): Home | undefined {
  const tokens = tokenize(line);
  const first = findActorMentions(tokens)[0];
  if (!first || first.first !== 0 || first.ids.length !== 1 || !first.ids[0]!.startsWith('country:') || !PLACE_FORMS.has(first.form)) return undefined;
  return tokens[first.last]?.text === ',' ? { id: first.ids[0]!, rule: 'date-line' } : undefined;
}
