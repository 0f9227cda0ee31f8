/**
 * Full schema validation (zod) off the main thread: the page draws a large document as soon as its shape
 * is safe to draw, and this worker's verdict follows. Input: the document's JSON text; output: ParseResult
 * without the value ({ ok: true } or { ok: false, error }).
 */
import { parseTimelineDocument } from '../model/validate.ts';

self.onmessage = (message: MessageEvent<string>) => {
  let json: unknown;
  try {
    json = JSON.parse(message.data);
  } catch (error) {
    self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
    return;
  }
  const result = parseTimelineDocument(json);
  self.postMessage(result.ok ? { ok: true } : { ok: false, error: result.error });
};
