/**
 * Evidence quotes: split a quote into plain and highlighted segments from its `marks` (time phrase, actor
 * names), and find a quote inside an article's text whether the document stores the whole source or only
 * the article's slice of it.
 *
 * @example
 * segmentQuote('NATO met on Wednesday', [{ start: 9, end: 21, kind: 'time' }])
 * // [{ text: 'NATO met ', kind: null }, { text: 'on Wednesday', kind: 'time' }]
 */
export interface Segment { text: string; kind: string | null }
export interface QuoteMark { start: number; end: number; kind: string }

export function segmentQuote(quote: string, marks: readonly QuoteMark[] | undefined): Segment[] {
  const sorted = [...(marks ?? [])]
    .map((m) => ({ start: Math.max(0, m.start), end: Math.min(quote.length, m.end), kind: m.kind }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: quote.slice(at, m.start), kind: null });
    out.push({ text: quote.slice(m.start, m.end), kind: m.kind });
    at = m.end;
  }
  if (at < quote.length || !out.length) out.push({ text: quote.slice(at), kind: null });
  return out;
}

/** Where `quote` sits in `text`: at [start, end), shifted by the article's span, or found by search. */
export function locateQuote(text: string, ev: { start: number; end: number; quote: string }, span?: { start: number; end: number }): { start: number; end: number } | null {
  if (text.slice(ev.start, ev.end) === ev.quote) return { start: ev.start, end: ev.end };
  if (span && text.slice(ev.start - span.start, ev.end - span.start) === ev.quote) return { start: ev.start - span.start, end: ev.end - span.start };
  const i = ev.quote ? text.indexOf(ev.quote) : -1;
  return i >= 0 ? { start: i, end: i + ev.quote.length } : null;
}
