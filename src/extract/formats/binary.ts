/**
 * Whether text read as UTF-8 is really binary data: a NUL character, or many replacement characters (bytes
 * that were not UTF-8), in its first 8 KB. Shared by the CLI and the viewer's file loader; no dependencies.
 *
 * @example
 * notText('PK\u0003\u0004\u0000...') // 'not a text file (binary data)'
 */
export function notText(text: string): string | null {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return 'not a text file (binary data)';
  let bad = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0xfffd) bad++;
  return bad > 16 && bad > head.length / 100 ? 'not UTF-8 text' : null;
}
