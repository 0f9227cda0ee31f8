/**
 * Loads a timeline from `?data=<url>` (same origin, or a server that allows CORS). Each way it can fail
 * becomes its own sentence: a malformed address, an unreachable server (network error or CORS refusal,
 * which a page cannot tell apart), an HTTP error status, a body too large (refused from Content-Length
 * when the server sends it, else while reading), then whatever the format readers say about the content.
 *
 * @example
 * await fetchTimeline('missing.json', { base: location.href })
 * // { ok: false, error: 'The server answered 404 (Not Found) for missing.json.' }
 */
import { looksLikeHtml, notATimelinePage, resolveDataUrl } from './address.ts';
import { readTimelineText } from './load.ts';

export { resolveDataUrl };
import { fail, MAX_INPUT_BYTES, tooLarge, type LoadResult } from './result.ts';

export interface FetchOptions {
  base?: string;
  maxBytes?: number;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) {
    const text = await response.text();
    return text.length > maxBytes ? null : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) { await reader.cancel(); return null; }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

export async function fetchTimeline(raw: string, options: FetchOptions = {}): Promise<LoadResult> {
  const base = options.base ?? (typeof location !== 'undefined' ? location.href : 'http://localhost/');
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const resolved = resolveDataUrl(raw, base);
  if (!resolved.ok) return fail(resolved.error);
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(resolved.url.href, { signal: options.signal, credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return fail('Loading was cancelled.');
    return fail(`Could not reach ${raw}: the server did not answer or does not allow this page to read it (CORS).`);
  }
  if (!response.ok) return fail(`The server answered ${response.status}${response.statusText ? ` (${response.statusText})` : ''} for ${raw}.`);
  const length = Number(response.headers.get('content-length'));
  if (Number.isFinite(length) && length > maxBytes) return fail(tooLarge(length, maxBytes));
  let text: string | null;
  try {
    text = await readCapped(response, maxBytes);
  } catch {
    return fail(`The connection broke while reading ${raw}.`);
  }
  if (text === null) return fail(tooLarge(maxBytes + 1, maxBytes).replace(/\(.*?\)/, '(more than the limit)'));
  const name = resolved.url.pathname.split('/').pop() || raw;
  if (looksLikeHtml(text)) return fail(notATimelinePage(raw));
  return readTimelineText(text, name);
}
