/**
 * Plain text from the small HTML fragments other timeline tools store (TimelineJS headlines and texts):
 * tags dropped, scripts and styles dropped with their content, common entities decoded. The result is shown
 * as text (never as HTML), so this only has to read well, not to be a sanitiser.
 *
 * @example
 * htmlToText('<p>Talks in <b>Geneva</b> &amp; Brussels</p>') // 'Talks in Geneva & Brussels'
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
      .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
      .replace(/<\/?(p|br|div|li|h\d)\b[^>]*>/gi, ' ')
      .replace(/<[^>]*>?/g, ''),
  ).replace(/\s+/g, ' ').trim();
}

/** Escapes text for use inside HTML (the reverse direction, for exporters). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
