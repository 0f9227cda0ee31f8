/**
 * Word tokens with offsets: the unit every matcher (actors, titles, triggers) works on. One precompiled regex,
 * one pass over the text.
 *
 * @example
 * tokenize("Russia's Deputy Foreign Minister, U.S.-led") // Russia | 's | Deputy | Foreign | Minister | , | U.S.-led
 */
export interface Token {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** Lower case, curly apostrophes straightened, full stops removed from abbreviations ("u.s." -> "us"). */
  norm: string;
  /** True when the first character is an upper-case letter. */
  cap: boolean;
  /** True when all letters are upper case (and there are at least two). */
  upper: boolean;
}

// Abbreviations with inner full stops (U.S., U.N.), words with inner hyphens/apostrophes, numbers, a possessive
// 's as its own token, then any other single non-space character
// but Markdown's emphasis marks (* and _), which are markup, not words: "President **Luis Abinader**" reads as a title and a name.
const TOKEN_RE = /(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*(?<!['’]s)|['’]s\b|[^\s*_]/gu;

export function normToken(s: string): string {
  let lower = s.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  if (lower.length > 1 && lower.includes('.') && lower !== lower.toUpperCase()) lower = lower.replace(/\./g, '');
  return lower;
}

/** Abbreviations that keep their full stop as part of the word (titles and ranks). */
const ABBREV_DOT = /^(?:Mr|Mrs|Ms|Dr|Gen|Brig|Lt|Col|Maj|Adm|Capt|Sgt|Sen|Rep|Gov|Amb|St|Jr|Sr|Aug|Sept|Sep|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|[A-Z])$/i;

function isUpperLetter(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    let s = m[0];
    let e = start + m.index + s.length;
    // "Gen." and initials ("J.") keep their full stop so that sentence splitting and titles see them whole.
    if (text.charCodeAt(e) === 46 && s.length <= 5 && ABBREV_DOT.test(s)) { s += '.'; e += 1; TOKEN_RE.lastIndex += 1; }
    const c0 = s.charCodeAt(0);
    const cap = c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : isUpperLetter(s.charAt(0));
    const norm = normToken(s);
    let letters = 0;
    if (cap && s === s.toUpperCase()) for (let k = 0; k < s.length && letters < 2; k++) if (s[k] !== norm[k] && s[k] !== '.') letters++;
    out.push({ start: start + m.index, end: e, text: s, norm, cap, upper: letters >= 2 });
  }
  return out;
}
