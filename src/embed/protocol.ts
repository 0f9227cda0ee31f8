/**
 * The embed's postMessage protocol. Every message is a plain object with a `type`.
 *
 * Out (embed -> parent):
 *   { sentinel: 'amp', type: 'embed-size', height }      on load and whenever the content height changes
 *                                                       (the shape @newswire/frames and AMP's amp-iframe read)
 *   { type: 'dateline:ready', version: 1, events, firstEvent, lanes: [{id, name, count}] }
 *                                                       once the timeline is loaded (ids to build controls with)
 *   { type: 'dateline:event-selected', id, title, start, end }   id null when the selection is cleared
 *   { type: 'dateline:range-changed', start, end }       visible range, ISO dates (UTC)
 *   { type: 'dateline:error', message, command }         a command was refused
 * In (parent -> embed), accepted only from the parent window and an allowed origin:
 *   { type: 'dateline:set-range', start, end }           ISO dates or epoch milliseconds; start < end
 *   { type: 'dateline:select-event', id }                an event id, or null to clear
 *   { type: 'dateline:filter-actors', ids }              actor ids, or null / [] for all
 *
 * @example
 * readCommand({ type: 'dateline:set-range', start: '2022-01-01', end: '2022-02-01' })
 * // { ok: true, command: { type: 'dateline:set-range', start: 1640995200000, end: 1643673600000 } }
 */
import { parseIsoInstant } from '../timeline/time.ts';

export const PROTOCOL_VERSION = 1;

export type Command =
  | { type: 'dateline:set-range'; start: number; end: number }
  | { type: 'dateline:select-event'; id: string | null }
  | { type: 'dateline:filter-actors'; ids: string[] | null };

export type CommandResult = { ok: true; command: Command } | { ok: false; error: string; ignore?: boolean };

const MAX_ID = 200;
const MAX_IDS = 500;

function instant(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && Math.abs(v) < 8.64e15 ? v : null;
  if (typeof v === 'string' && v.length <= 40) return parseIsoInstant(v);
  return null;
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;

/** Validates an incoming message. Messages that are not Dateline commands are ignored quietly (`ignore`). */
export function readCommand(data: unknown): CommandResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'not an object', ignore: true };
  const msg = data as Record<string, unknown>;
  if (typeof msg.type !== 'string' || !msg.type.startsWith('dateline:')) return { ok: false, error: 'not a dateline message', ignore: true };
  switch (msg.type) {
    case 'dateline:set-range': {
      const start = instant(msg.start), end = instant(msg.end);
      if (start === null || end === null) return { ok: false, error: 'set-range needs start and end as YYYY-MM-DD dates or epoch milliseconds' };
      if (end <= start) return { ok: false, error: 'set-range needs start before end' };
      return { ok: true, command: { type: msg.type, start, end } };
    }
    case 'dateline:select-event':
      if (msg.id !== null && !isId(msg.id)) return { ok: false, error: 'select-event needs id: a string or null' };
      return { ok: true, command: { type: msg.type, id: msg.id } };
    case 'dateline:filter-actors': {
      if (msg.ids === null || (Array.isArray(msg.ids) && msg.ids.length === 0)) return { ok: true, command: { type: msg.type, ids: null } };
      if (!Array.isArray(msg.ids) || msg.ids.length > MAX_IDS || !msg.ids.every(isId)) return { ok: false, error: `filter-actors needs ids: a list of up to ${MAX_IDS} actor ids, or null` };
      return { ok: true, command: { type: msg.type, ids: [...msg.ids] } };
    }
    default:
      return msg.type.startsWith('dateline:') && /^(dateline:(ready|event-selected|range-changed|error))$/.test(msg.type)
        ? { ok: false, error: 'a notification, not a command', ignore: true }
        : { ok: false, error: `unknown command ${msg.type.slice(0, 60)}` };
  }
}

/**
 * The origin of the page that embeds us: Chromium and Safari list it in `location.ancestorOrigins`; Firefox
 * only gives the referrer (absent when the parent sets `referrerpolicy="no-referrer"`).
 */
export function parentOrigin(ancestorOrigins: readonly string[] | null | undefined, referrer: string): string | null {
  const first = ancestorOrigins?.[0];
  if (first && first !== 'null') return first;
  if (!referrer) return null;
  try {
    const origin = new URL(referrer).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** The allow-list in force: the `origins` option when given, else the parent's origin (or nobody). */
export function allowedOrigins(option: string[] | null, parent: string | null): string[] {
  return option ?? (parent ? [parent] : []);
}

export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.includes('*') || allowed.includes(origin);
}

/** Where notifications may go: the parent's origin when allowed; `*` only when the list says so. */
export function notifyTarget(allowed: readonly string[], parent: string | null): string | null {
  if (parent && originAllowed(parent, allowed)) return parent;
  if (allowed.includes('*')) return '*';
  return allowed.length === 1 ? allowed[0]! : null;
}
