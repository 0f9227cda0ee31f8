/**
 * Line breaking for text drawn in an exported SVG, where nothing wraps by itself. Widths are estimated
 * from the font size (average glyph ~0.55 em for the sans-serif stacks used), which errs on the wide side.
 *
 * @example
 * wrapText('Sources: Talks end without a deal (2022-01-12)', 120, 12) // ['Sources: Talks end', 'without a deal', '(2022-01-12)']
 */
export const GLYPH_EM = 0.55;

export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * GLYPH_EM;
}

export function wrapText(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(8, Math.floor(width / (fontSize * GLYPH_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= max) { line = candidate; continue; }
    if (line) lines.push(line);
    let rest = word;
    while (rest.length > max) { lines.push(rest.slice(0, max - 1) + '-'); rest = rest.slice(max - 1); }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}
