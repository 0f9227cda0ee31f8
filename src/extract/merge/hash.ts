/**
 * Content hashes for stable ids: the same input always gives the same id (no clock, no randomness).
 * cyrb53, a fast 53-bit string hash, printed in base 36.
 *
 * @example
 * contentId('ev', 'meeting|2022-01-12|person:wendy-sherman') // "ev-1x3k9f0q2mz"
 */
export function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function contentId(prefix: string, content: string): string {
  return `${prefix}-${hash53(content)}`;
}

/** "Sergey Lavrov" -> "sergey-lavrov" (ids for people found in text). */
export function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
