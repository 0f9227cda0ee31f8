/**
 * The characters a regex source can start a match with (its FIRST set). The scanner uses it to skip, at a
 * position starting with "t", every rule that cannot start with "t" before running that rule's own regex.
 * The analysis is conservative: anything it does not read (\w, ., negated classes, back-references) means
 * "any character", so a rule is never skipped where it could match. Letters are folded to lower case, as the
 * rules are matched case-insensitively.
 *
 * @example firstChars('(?:the\\s+)?(?<n>\\d+)\\s+days') -> Set { 't', '0', ..., '9' }
 */

/** null: any character. */
export type CharSet = Set<string> | null;

interface Info {
  first: CharSet;
  /** The expression can match the empty string (so what follows it can start the match too). */
  nullable: boolean;
}

const DIGITS = '0123456789';
/** Everything JavaScript's \s matches. */
const SPACES = ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

const union = (a: CharSet, b: CharSet): CharSet => (a === null || b === null ? null : new Set([...a, ...b]));
const fold = (c: string): string => c.toLowerCase();

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) return { first: null, nullable: true }; // unbalanced: give up safely
    return info;
  }

  private alternation(): Info {
    let info = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      const next = this.sequence();
      info = { first: union(info.first, next.first), nullable: info.nullable || next.nullable };
    }
    return info;
  }

  private sequence(): Info {
    let first: CharSet = new Set();
    let nullable = true;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.quantified();
      if (nullable) first = union(first, atom.first);
      nullable &&= atom.nullable;
    }
    return { first, nullable };
  }

  private quantified(): Info {
    const atom = this.atom();
    const c = this.src[this.i];
    let min = 1;
    if (c === '?' || c === '*') {
      min = 0;
      this.i++;
    } else if (c === '+') this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.i));
      if (m) {
        min = Number(m[1]);
        this.i += m[0].length;
      }
    }
    if (c !== undefined && '?*+{'.includes(c) && this.src[this.i] === '?') this.i++; // lazy
    return min === 0 ? { first: atom.first, nullable: true } : atom;
  }

  private atom(): Info {
    const c = this.src[this.i++] ?? '';
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false);
    if (c === '^' || c === '$') return { first: new Set(), nullable: true };
    if (c === '.') return { first: null, nullable: false };
    return { first: new Set([fold(c)]), nullable: false };
  }

  private group(): Info {
    const rest = this.src.slice(this.i, this.i + 4);
    const look = /^\?(?:=|!|<=|<!)/.exec(rest);
    if (look) {
      this.i += look[0].length;
      this.alternation();
      this.i++; // ')'
      return { first: new Set(), nullable: true }; // zero-width
    }
    if (rest.startsWith('?:')) this.i += 2;
    else if (rest.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1;
    const inner = this.alternation();
    this.i++; // ')'
    return inner;
  }

  private charClass(): Info {
    if (this.src[this.i] === '^') {
      this.i = this.classEnd();
      return { first: null, nullable: false };
    }
    const first = new Set<string>();
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const c = this.src[this.i++] ?? '';
      if (c === '\\') {
        const e = this.escape(true).first;
        if (e === null) {
          this.i = this.classEnd();
          return { first: null, nullable: false };
        }
        for (const x of e) first.add(x);
        continue;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.src[this.i + 1] !== undefined) {
        if (this.src[this.i + 1] === '\\') {
          this.i = this.classEnd(); // a range up to an escape: not worth reading, take anything
          return { first: null, nullable: false };
        }
        const to = (this.src[this.i + 1] ?? c).charCodeAt(0);
        this.i += 2;
        for (let k = c.charCodeAt(0); k <= to; k++) first.add(fold(String.fromCharCode(k)));
        continue;
      }
      first.add(fold(c));
    }
    this.i++; // ']'
    return { first, nullable: false };
  }

  /** Index just after the `]` closing the class the parser is in. */
  private classEnd(): number {
    let j = this.i;
    while (j < this.src.length && this.src[j] !== ']') j += this.src[j] === '\\' ? 2 : 1;
    return j + 1;
  }

  private escape(inClass: boolean): Info {
    const c = this.src[this.i++] ?? '';
    if (c === 'd') return { first: new Set(DIGITS), nullable: false };
    if (c === 's') return { first: new Set(SPACES), nullable: false };
    if (!inClass && (c === 'b' || c === 'B')) return { first: new Set(), nullable: true };
    if (/[A-Za-z0-9]/.test(c)) return { first: null, nullable: false }; // \w, \D, \S, \u, \1 ...: anything
    return { first: new Set([fold(c)]), nullable: false };
  }
}

/** The lower-cased characters a match of `src` can start with, or null when any character might. */
export function firstChars(src: string): CharSet {
  const info = new Parser(src).parse();
  return info.nullable ? null : info.first;
}

/**
 * The first two characters a match of `src` can start with, as strings of length 2, or shorter when a match may
 * end (or stop being readable) there: '' means "anything", 'a' means "a, then anything". Letters lower case.
 *
 * @example firstPairs('(?:the|to)\\s') -> Set { 'th', 'to' }
 */
export function firstPairs(src: string): Set<string> {
  return new PairParser(src).parse();
}

const ANY = '\u0001';

/** Prefix languages truncated to two characters: concatenation, union and repetition. */
const cut = (s: string): string => (s.length > 2 ? s.slice(0, 2) : s);
function concat(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) {
    if (x.length >= 2 || x.endsWith(ANY)) out.add(x);
    else for (const y of b) out.add(cut(x + y));
  }
  return out;
}
function repeat(a: Set<string>, min: number): Set<string> {
  const twice = concat(a, a);
  if (min >= 2) return twice;
  const out = new Set([...a, ...twice]);
  if (min === 0) out.add('');
  return out;
}

class PairParser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Set<string> {
    const lang = this.alternation();
    if (this.i < this.src.length) return new Set(['']);
    // a string ending in ANY: anything may follow from there
    return new Set([...lang].map((s) => (s.includes(ANY) ? s.slice(0, s.indexOf(ANY)) : s)));
  }

  private alternation(): Set<string> {
    const out = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      for (const s of this.sequence()) out.add(s);
    }
    return out;
  }

  private sequence(): Set<string> {
    let lang = new Set(['']);
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') lang = concat(lang, this.quantified());
    return lang;
  }

  private quantified(): Set<string> {
    const atom = this.atom();
    const c = this.src[this.i];
    let min = 1;
    let rep = false;
    if (c === '?') { min = 0; this.i++; }
    else if (c === '*') { min = 0; rep = true; this.i++; }
    else if (c === '+') { rep = true; this.i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.i));
      if (m) {
        min = Number(m[1]);
        rep = m[2] !== undefined || min > 1;
        this.i += m[0].length;
      }
    }
    if (c !== undefined && '?*+{'.includes(c) && this.src[this.i] === '?') this.i++; // lazy
    if (rep) return repeat(atom, min);
    if (min === 0) return new Set([...atom, '']);
    return atom;
  }

  private atom(): Set<string> {
    const c = this.src[this.i++] ?? '';
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return new Set(['']);
    if (c === '.') return new Set([ANY]);
    return new Set([c.toLowerCase()]);
  }

  private group(): Set<string> {
    const rest = this.src.slice(this.i, this.i + 4);
    const look = /^\?(?:=|!|<=|<!)/.exec(rest);
    if (look) {
      this.i += look[0].length;
      this.alternation();
      this.i++;
      return new Set(['']);
    }
    if (rest.startsWith('?:')) this.i += 2;
    else if (rest.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1;
    const inner = this.alternation();
    this.i++;
    return inner;
  }

  private charClass(): Set<string> {
    const start = this.i - 1;
    let j = this.i;
    while (j < this.src.length && this.src[j] !== ']') j += this.src[j] === '\\' ? 2 : 1;
    this.i = j + 1;
    const first = firstChars(this.src.slice(start, this.i));
    return first === null ? new Set([ANY]) : first;
  }

  private escape(): Set<string> {
    const c = this.src[this.i++] ?? '';
    if (c === 'b' || c === 'B') return new Set(['']);
    const first = firstChars(`\\${c}`);
    return first === null ? new Set([ANY]) : first;
  }
}
