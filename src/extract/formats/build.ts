/**
 * Turns a segmented text into Articles: stable ids, the publication date each article takes (the
 * `--published` override, else its own date line, else the text's, else a full date in the file name, with a
 * warning), and a warning naming the source when no date can be found, in which case the text gives no
 * articles (it is never dated by the clock).
 *
 * @example
 * buildArticles('data/a.txt', text, segmentText(text), {}) // { articles: [{ id: 'a', published: '2022-01-15', ... }], warnings: [] }
 */
import type { Provenance } from '../../model/schema.ts';
import type { Article } from '../article.ts';
import { calendarDay, type PublicationDate, type Segmentation } from '../segment/index.ts';

export interface ReadOptions {
  /** YYYY-MM-DD for every article read (`--published`), overriding date lines and metadata. */
  published?: string;
  /** YYYY-MM-DD the reading happens (default: today, UTC): a wire dateline without a year ("HANOI, March 12
   * (Reuters) -") is dated to the latest such day up to it, with a warning. */
  today?: string;
}

export interface ReadResult {
  articles: Article[];
  /** One line each, starting with the source ("data/x.txt: no date line found ..."). */
  warnings: string[];
}

/**
 * A stable id from a path (the file name without its extension) or a record id, lower-cased, dashes for the rest.
 * @example slugId('data/articles/Digest 2022-01-15.txt') // 'digest-2022-01-15'
 */
export function slugId(path: string, isPath = true): string {
  const base = isPath ? (path.replace(/\\/g, '/').split('/').pop() ?? path) : path;
  const stem = isPath ? base.replace(/\.[a-z0-9]{1,10}$/i, '') : base;
  return stem.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
}

/** A date known from metadata (front matter, meta tag, record field), with where it came from. */
export interface KnownDate {
  date: string;
  time?: string;
  provenance: Provenance;
}

export interface BuildExtra {
  /** The date from metadata, used before the date line. */
  known?: KnownDate;
  url?: string;
  /** Overrides the id derived from the source (JSON Lines records). */
  idBase?: string;
}

/**
 * The date in a file name ("digest-2022-01-15.txt", "20220115_briefing.md"), the last resort before skipping.
 * @example dateFromFileName('notes/digest-2022-01-15.txt') // { date: '2022-01-15', provenance: { rule: 'file-name', text: 'digest-2022-01-15.txt' } }
 */
export function dateFromFileName(path: string): KnownDate | null {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? '';
  const m = /(?<!\d)((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?!\d)/.exec(base);
  const date = m ? calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  return date ? { date, provenance: { rule: 'file-name', text: base } } : null;
}

/**
 * A wire dateline without a year ("HANOI, March 12 (Reuters) -"): the latest such day on or before `today`,
 * as copy is read soon after it is filed. Null for any other failure.
 */
function yearless(date: PublicationDate, today: string): KnownDate | null {
  if (date.ok || date.reason !== 'no-year' || !date.monthDay) return null;
  const { month, day } = date.monthDay;
  const year = Number(today.slice(0, 4));
  const found = [year, year - 1, year - 2, year - 3, year - 4].map((y) => calendarDay(y, month, day)).find((d) => d !== null && d <= today);
  return found ? { date: found, provenance: { ...date.provenance, rule: 'dateline-without-year:latest-up-to-today', text: date.provenance?.text ?? '' } } : null;
}

function fromDateLine(date: PublicationDate | undefined): KnownDate | null {
  return date?.ok ? { date: date.date, ...(date.time ? { time: date.time } : {}), provenance: date.provenance } : null;
}

export function buildArticles(source: string, text: string, seg: Segmentation, options: ReadOptions, extra: BuildExtra = {}): ReadResult {
  if (!seg.articles.length) return { articles: [], warnings: [`${source}: no article text found; skipped`] };
  const override: KnownDate | null = options.published ? { date: options.published, provenance: { rule: 'option:--published', text: options.published } } : null;
  const fromName = extra.known || seg.date.ok ? null : dateFromFileName(source);
  const guessed = extra.known || fromName ? null : yearless(seg.date, options.today ?? new Date().toISOString().slice(0, 10));
  const textDate = extra.known ?? fromDateLine(seg.date) ?? fromName ?? guessed;
  const idBase = extra.idBase ?? slugId(source);
  const articles: Article[] = [];
  const undated: number[] = [];
  let why = seg.date.ok ? 'no publication date found' : seg.date.message;
  for (const [i, part] of seg.articles.entries()) {
    // A digest part under its own date line takes that date (or none, if it cannot be read); others the text's.
    const own = seg.articles.length > 1 && !extra.known ? part.date : undefined;
    const when = override ?? (own ? fromDateLine(own) : textDate);
    if (!when) {
      if (own && !own.ok && !undated.length) why = own.message;
      undated.push(i + 1);
      continue;
    }
    articles.push({
      id: seg.articles.length > 1 ? `${idBase}-${i + 1}` : idBase,
      title: part.title,
      published: when.date,
      publishedFrom: when.provenance,
      ...(when.time ? { publishedTime: when.time } : {}),
      source,
      ...(extra.url ? { url: extra.url } : {}),
      text,
      span: part.span,
      ...(part.headline ? { headline: part.headline } : {}),
      ...(part.skip.length ? { skip: part.skip } : {}),
    });
  }
  const warnings: string[] = [];
  if (undated.length) {
    const which = articles.length ? ` for article${undated.length > 1 ? 's' : ''} ${undated.join(', ')} of ${seg.articles.length}` : '';
    warnings.push(`${source}: ${why}${which}; skipped`);
  }
  if (fromName && !override && articles.some((a) => a.publishedFrom === fromName.provenance)) {
    warnings.push(`${source}: ${seg.date.ok ? '' : `${seg.date.message}; `}dated ${fromName.date} by its file name`);
  }
  if (guessed && !override && articles.some((a) => a.publishedFrom === guessed.provenance)) {
    warnings.push(`${source}: ${seg.date.ok ? '' : seg.date.message}; dated ${guessed.date}, the latest such day up to today (give --published to date it otherwise)`);
  }
  const dateWarning = !override && !extra.known && seg.date.ok ? seg.date.warning : undefined;
  if (dateWarning) warnings.push(`${source}: ${dateWarning}`);
  return { articles, warnings };
}

const YEARLESS = 'dateline-without-year:latest-up-to-today';

/**
 * Articles read together are mostly about one story: a wire dateline without a year ("KINGSTON, Oct 16 (Reuters)
 * -"), dated to the latest such day up to today when read alone, takes instead the year (up to four back, never
 * later) that puts it nearest the dated articles read with it. Changes the articles in place; returns one
 * warning per article re-dated.
 *
 * @example
 * // "HANOI, March 12" read on 2026-12-07 beside articles of November 2025: 2025-03-12, not 2026-03-12.
 */
export function yearlessNearBatch(articles: Article[]): string[] {
  // Sorted once, searched per candidate: a batch may hold 100,000 dated records (no spread into Math.min).
  const dated = articles.filter((a) => a.publishedFrom?.rule !== YEARLESS).map((a) => Date.parse(a.published)).sort((x, y) => x - y);
  if (!dated.length) return [];
  const nearest = (t: number): number => {
    let lo = 0;
    let hi = dated.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (dated[mid]! < t) lo = mid + 1; else hi = mid; }
    return Math.min(lo < dated.length ? dated[lo]! - t : Infinity, lo > 0 ? t - dated[lo - 1]! : Infinity);
  };
  const warnings: string[] = [];
  for (const a of articles) {
    if (a.publishedFrom?.rule !== YEARLESS) continue;
    const year = Number(a.published.slice(0, 4));
    const month = Number(a.published.slice(5, 7));
    const day = Number(a.published.slice(8, 10));
    let best = a.published;
    let bestGap = Infinity;
    for (let y = year; y >= year - 4; y--) {
      const d = calendarDay(y, month, day);
      if (!d) continue;
      const t = Date.parse(d);
      const gap = nearest(t);
      if (gap < bestGap) { bestGap = gap; best = d; }
    }
    if (best === a.published) continue;
    warnings.push(`${a.source}: dated ${best} instead of ${a.published}, the year that puts it nearest the ${dated.length} dated article${dated.length > 1 ? 's' : ''} read with it`);
    a.published = best;
    a.publishedFrom = { ...a.publishedFrom!, rule: 'dateline-without-year:nearest-to-other-articles' };
  }
  return warnings;
}
