/**
 * Sentence splitting over an article's span, on the shared tokens. Boundaries: a blank line, a line break
 * after a line that looks complete (terminal punctuation, a headline, a speaker label), and a full stop,
 * question or exclamation mark (plus closing quotes) followed by a capital or an opening quote, unless the
 * word before the full stop is an abbreviation ("Gen.", "J.", "U.S.").
 *
 * @example
 * splitSentences(article) // [{ start: 28, end: 103, tokens: [...], paragraph: 1 }, ...]
 */
import type { Token } from './tokens.ts';

export interface Sentence {
  start: number;
  end: number;
  /** Indices into the article's token array: [first, last). */
  first: number;
  last: number;
  paragraph: number;
  /** A line of its own without terminal punctuation (a headline or a subheading). */
  headline: boolean;
}

const TERMINAL = new Set(['.', '!', '?']);
const CLOSERS = new Set(['”', '"', '’', "'", ')', ']']);

function newlinesBetween(text: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const close = (last: number, nextParagraph: boolean): void => {
    if (last > first) {
      const a = tokens[first]!;
      const b = tokens[last - 1]!;
      const endsTerminal = TERMINAL.has(b.text) || (CLOSERS.has(b.text) && last - 2 >= first && TERMINAL.has(tokens[last - 2]!.text));
      out.push({ start: a.start, end: b.end, first, last, paragraph, headline: !endsTerminal && b.text !== ':' });
    }
    first = last;
    if (nextParagraph) paragraph++;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    const breaks = newlinesBetween(text, t.end, next.start);
    if (breaks >= 2) { close(i + 1, true); continue; }
    const terminal = TERMINAL.has(t.text) || (CLOSERS.has(t.text) && i > 0 && TERMINAL.has(tokens[i - 1]!.text));
    if (breaks === 1) {
      // A single line break ends a sentence unless the next line continues it in lower case.
      if (terminal || t.text === ':' || !/^\p{Ll}/u.test(next.text)) { close(i + 1, true); continue; }
    }
    // Speaker labels in transcripts: "MR. SULLIVAN:" followed by the turn.
    if (t.text === ':' && i > 0 && tokens[i - 1]!.upper && (i < 2 || tokens[i - 2]!.upper || newlinesBetween(text, tokens[Math.max(0, i - 3)]!.end, t.start) > 0)) {
      close(i + 1, false); continue;
    }
    if (!terminal) continue;
    // A closing quote written right after the full stop belongs to this sentence; a straight quote after a space opens the next.
    if (CLOSERS.has(next.text) && !(next.text === '"' && next.start > t.end)) continue;
    const startsNew = /^[\p{Lu}\p{N}“"‘(]/u.test(next.text);
    if (!startsNew || next.start === t.end) continue;
    if (t.text === '.' && i > 0 && /^(?:\p{L}\.?|Mr|Mrs|Ms|Dr|Gen|Brig|Lt|Col|Maj|Adm|Capt|Sgt|Sen|Rep|Gov|St|Jr|Smt|Md|Mohd|Prof|Hon|Mme|Mlle|Rev)$/iu.test(tokens[i - 1]!.text) && tokens[i - 1]!.end === t.start
      // ("Camp David, Md. Modi arrived": after a comma, "Md." is Maryland and ends the sentence.)
      && !(tokens[i - 1]!.text === 'Md' && tokens[i - 2]?.text === ',')) continue;
    close(i + 1, false);
  }
  close(tokens.length, false);
  return out;
}
