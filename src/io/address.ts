/**
 * The one rule for a timeline address (`?data=`, the address field, the embed): resolved against the page,
 * and only http(s) and blob: are fetched. Its own module so the app's first load can check an address without
 * loading the format readers.
 *
 * @example
 * resolveDataUrl('javascript:alert(1)', location.href) // { ok: false, error: 'The data address must start with http: or https: (got javascript:).' }
 */
export function resolveDataUrl(raw: string, base: string): { ok: true; url: URL } | { ok: false; error: string } {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false, error: `The data address "${raw}" is not a valid URL.` };
  }
  if (!['http:', 'https:', 'blob:'].includes(url.protocol)) return { ok: false, error: `The data address must start with http: or https: (got ${url.protocol}).` };
  return { ok: true, url };
}

/** A server's page instead of a document: a missing file on a host that answers every path with its index. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text.slice(0, 512));
}

/** The sentence for a web page where a timeline was expected. */
export function notATimelinePage(raw: string): string {
  return `${raw} is a web page, not a timeline: the file is probably missing (check the address).`;
}
