/**
 * A word trie over normalised tokens: phrase lexicons (actor aliases, titles, triggers) are compiled into one
 * once, then every position of a text is matched in a single pass (longest match wins). '*' in a pattern
 * matches any one token.
 *
 * @example
 * const t = new TokenTrie<string>(); t.add(['held', '*', 'talks'], 'meet');
 * t.longest(tokens, 0) // { end: 3, values: ['meet'] } for "held security talks"
 */
import { normToken, type Token } from './tokens.ts';

interface Node<V> {
  next: Map<string, Node<V>>;
  values: V[];
}

export interface TrieMatch<V> {
  /** Token index after the match. */
  end: number;
  values: V[];
}

/** Split a phrase from a data file into the normalised tokens the trie works on. */
export function phraseTokens(phrase: string): string[] {
  const re = /(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*(?<!['’]s)|['’]s\b|\*|[^\s]/gu;
  return (phrase.match(re) ?? []).map((w) => (w === '*' ? '*' : normToken(w))).filter((w) => w !== '' && w !== '.');
}

export class TokenTrie<V> {
  private readonly root: Node<V> = { next: new Map(), values: [] };
  /** Whether some pattern has a '*': without one, a match is a single walk down the trie (no stack). */
  private wildcards = false;

  add(words: readonly string[], value: V): void {
    let node = this.root;
    for (const w of words) {
      if (w === '*') this.wildcards = true;
      let child = node.next.get(w);
      if (!child) { child = { next: new Map(), values: [] }; node.next.set(w, child); }
      node = child;
    }
    node.values.push(value);
  }

  /** Every match starting at token `i`, longest first. */
  matchesAt(tokens: readonly Token[], i: number, limit = tokens.length): Array<TrieMatch<V>> {
    const first = this.root.next.get(tokens[i]!.norm);
    if (!first) return NO_MATCH as Array<TrieMatch<V>>;
    if (!this.wildcards) return this.walk(first, tokens, i + 1, limit);
    const found: Array<TrieMatch<V>> = [];
    // Depth-first over (node, next token); '*' branches are rare, so the stack stays tiny.
    const stack: Array<[Node<V>, number]> = [[first, i + 1]];
    while (stack.length) {
      const [node, j] = stack.pop()!;
      if (node.values.length) found.push({ end: j, values: node.values });
      if (j >= limit || node.next.size === 0) continue;
      const exact = node.next.get(tokens[j]!.norm);
      if (exact) stack.push([exact, j + 1]);
      const any = node.next.get('*');
      if (any) stack.push([any, j + 1]);
    }
    if (found.length > 1) found.sort((a, b) => b.end - a.end);
    return found;
  }

  /**
   * `matchesAt` for a trie without '*': one path, so the matches come out shortest first and are reversed
   * (called at every token of every article, so it avoids the stack and the sort).
   */
  private walk(node: Node<V>, tokens: readonly Token[], j: number, limit: number): Array<TrieMatch<V>> {
    const found: Array<TrieMatch<V>> = [];
    for (let n: Node<V> | undefined = node; n; j++) {
      if (n.values.length) found.push({ end: j, values: n.values });
      if (j >= limit || n.next.size === 0) break;
      n = n.next.get(tokens[j]!.norm);
    }
    return found.length > 1 ? found.reverse() : found;
  }
}

const NO_MATCH: ReadonlyArray<TrieMatch<unknown>> = [];
