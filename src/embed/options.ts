/**
 * The URL options an embed accepts: a whitelist, each value checked. A wrong or unknown option is dropped
 * with a warning (shown as a small notice and on the console); it never stops the timeline from showing.
 * View options use the same names as the full app's URL, so "open full view" is the same query.
 *
 *   data=<url>               timeline document, CSV or TimelineJS JSON (same origin or CORS)
 *   from, to=<YYYY-MM-DD[THH:MM]>  visible range (both, from < to)
 *   actors, kinds, docs, hide, lanes, collapse=<id,id,...>  filters and lanes
 *   precision=<day,week,month,...>  date-precision filter
 *   planned=all|planned|happened    modality=asserted|all
 *   q=<text>                 search        event=<id>   selected event
 *   order=first|count        theme=auto|light|dark
 *   height=auto|fill|<px>    auto: the embed takes its content's height and tells the parent; fill: it fills
 *                            the iframe; 200..4000: the chart is that tall
 *   origins=<origin,...>     who may send commands (default: the parent page's origin); * for anyone
 *
 * @example
 * parseEmbedOptions('?data=events.json&theme=pink&foo=1')
 * // { search: 'data=events.json', height: { mode: 'auto' }, origins: null,
 * //   warnings: ['theme=pink ignored: expected auto, light or dark', 'foo ignored: not an embed option'] }
 */
import type { Granularity } from '../model/schema.ts';
import { parseIsoInstant } from '../timeline/time.ts';

export type HeightMode = { mode: 'auto' } | { mode: 'fill' } | { mode: 'fixed'; px: number };

export interface EmbedOptions {
  /** The accepted view options, as a query string for `ViewState.applySearch`. */
  search: string;
  dataUrl: string | null;
  height: HeightMode;
  /** Origins allowed to send commands; null = the parent page's origin. */
  origins: string[] | null;
  warnings: string[];
}

const MAX_VALUE = 2000;
const ID = /^[\p{L}\p{N}_:.@~\-/+]{1,200}$/u;
const INSTANT = /^-?\d{4,6}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?Z?$/;
/** The schema's granularities, listed here so the embed's first load does not carry zod (a test keeps them equal). */
export const EMBED_GRANULARITIES: readonly Granularity[] = ['hour', 'day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century'];
const GRANULARITIES = new Set<string>(EMBED_GRANULARITIES);

type Check = (value: string) => string | null;

const oneOf = (...allowed: string[]): Check => (v) => (allowed.includes(v) ? null : `expected ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}`);
const idList: Check = (v) => {
  const items = v.split(',').map((s) => s.trim()).filter(Boolean);
  if (!items.length) return 'expected a comma-separated list of ids';
  const bad = items.find((s) => !ID.test(s));
  return bad === undefined ? (items.length > 500 ? 'more than 500 ids' : null) : `"${bad.slice(0, 40)}" is not an id`;
};
const instant: Check = (v) => (INSTANT.test(v) ? null : 'expected YYYY-MM-DD or YYYY-MM-DDTHH:MM');

const VIEW_OPTIONS: Record<string, Check> = {
  data: (v) => {
    try {
      const url = new URL(v, 'http://base.invalid/');
      return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'expected an http(s) or relative URL';
    } catch {
      return 'expected a URL';
    }
  },
  from: instant,
  to: instant,
  actors: idList, kinds: idList, docs: idList, hide: idList, lanes: idList, collapse: idList,
  precision: (v) => {
    const bad = v.split(',').find((g) => !GRANULARITIES.has(g.trim()));
    return bad === undefined ? null : `"${bad}" is not one of ${[...GRANULARITIES].join(', ')}`;
  },
  planned: oneOf('all', 'planned', 'happened'),
  modality: oneOf('asserted', 'all'),
  q: (v) => (v.length <= 200 ? null : 'longer than 200 characters'),
  event: (v) => (ID.test(v) ? null : 'not an event id'),
  order: oneOf('first', 'count'),
  theme: oneOf('auto', 'light', 'dark'),
};

/** Parses `origin` as a web origin ("https://news.example:8443"); null when it is not one. */
export function normaliseOrigin(text: string): string | null {
  if (text === '*') return '*';
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.origin !== text.replace(/\/$/, '')) return null;
    return url.origin;
  } catch {
    return null;
  }
}

export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  const warnings: string[] = [];
  let height: HeightMode = { mode: 'auto' };
  let origins: string[] | null = null;
  const seen = new Set<string>();
  const warn = (key: string, value: string, why: string) => warnings.push(`${key}=${value.slice(0, 60)} ignored: ${why}`);

  for (const [key, value] of params) {
    if (seen.has(key)) { warnings.push(`${key} given twice: the first is used`); continue; }
    seen.add(key);
    if (value.length > MAX_VALUE) { warn(key, value, `longer than ${MAX_VALUE} characters`); continue; }
    if (key === 'height') {
      if (value === 'auto' || value === 'fill') height = { mode: value };
      else if (/^\d{3,4}$/.test(value) && Number(value) >= 200 && Number(value) <= 4000) height = { mode: 'fixed', px: Number(value) };
      else warn(key, value, 'expected auto, fill or a height in pixels from 200 to 4000');
      continue;
    }
    if (key === 'origins') {
      const list = value.split(',').map((s) => s.trim()).filter(Boolean);
      const parsed = list.map(normaliseOrigin);
      const bad = list.filter((_, i) => parsed[i] === null);
      if (bad.length) warn(key, value, `"${bad[0]}" is not an origin like https://news.example`);
      const good = parsed.filter((o): o is string => o !== null);
      if (good.length) origins = good;
      continue;
    }
    const check = VIEW_OPTIONS[key];
    if (!check) { warnings.push(`${key.slice(0, 40)} ignored: not an embed option`); continue; }
    const problem = check(value.trim());
    if (problem) warn(key, value, problem);
    else kept.set(key, value.trim());
  }

  const from = kept.get('from'), to = kept.get('to');
  if ((from === null) !== (to === null)) {
    warnings.push(`${from === null ? 'to' : 'from'} ignored: a range needs both from and to`);
    kept.delete('from'); kept.delete('to');
  } else if (from !== null && to !== null) {
    const start = parseIsoInstant(from), end = parseIsoInstant(to);
    if (start === null || end === null || end <= start) {
      warnings.push(`from=${from}&to=${to} ignored: ${start === null || end === null ? 'not a calendar date' : 'from must be before to'}`);
      kept.delete('from'); kept.delete('to');
    }
  }
  return { search: kept.toString(), dataUrl: kept.get('data') ?? null, height, origins, warnings };
}

/** Embed-only options removed when a link leads from the embed to the full app. */
export const EMBED_ONLY_OPTIONS = ['height', 'origins'] as const;
