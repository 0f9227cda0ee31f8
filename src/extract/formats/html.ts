/**
 * HTML (`.html`, `.htm`), read with a real parser (htmlparser2): the headline from og:title, the first
 * <h1> or <title>; the date from meta tags (article:published_time and its kin), JSON-LD `datePublished`,
 * <time datetime>, else a date line in the text; the body from <article>, <main> or the element holding
 * the most paragraph text, without navigation, headers, footers, asides, scripts, styles and figures.
 * The article's `text` is the headline, a blank line and the body's blocks separated by blank lines.
 *
 * @example
 * readHtml('page.html', '<html><head><meta property="article:published_time" content="2022-01-15T10:00:00Z">' +
 *   '<meta property="og:title" content="Talks resume"></head><body><article><p>Diplomats met ...</p></article></body></html>')
 * // { articles: [{ title: 'Talks resume', published: '2022-01-15', text: 'Talks resume\n\nDiplomats met ...', ... }] }
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
// Types only (erased at build time): domhandler is the node model htmlparser2 builds.
import type { ChildNode, Element, Text } from 'domhandler';
import { parseDateValue, segmentText } from '../segment/index.ts';
import { buildArticles, type KnownDate, type ReadOptions, type ReadResult } from './build.ts';
import { DATE_META, DROPPED_ELEMENTS, BLOCK_ELEMENTS } from './html-lexicon.ts';

const isElement = (n: ChildNode): n is Element => n.type === ElementType.Tag || n.type === ElementType.Script || n.type === ElementType.Style;
const isText = (n: ChildNode): n is Text => n.type === ElementType.Text;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function dropped(el: Element): boolean {
  if (DROPPED_ELEMENTS.has(el.name)) return true;
  const role = el.attribs['role'];
  return role === 'navigation' || role === 'complementary' || role === 'banner' || role === 'contentinfo' || el.attribs['aria-hidden'] === 'true' || 'hidden' in el.attribs;
}

/** The text of `root` as blocks: one string per paragraph-like element, white space collapsed. */
export function blocksOf(root: Element): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = squash(current);
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: ChildNode) => {
    if (isText(node)) {
      current += node.data;
      return;
    }
    if (!isElement(node) || dropped(node)) return;
    if (node.name === 'br') {
      flush();
      return;
    }
    const block = BLOCK_ELEMENTS.has(node.name);
    if (block) flush();
    for (const child of node.children) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

function paragraphText(el: Element): number {
  let n = 0;
  for (const child of el.children) if (isElement(child) && child.name === 'p') n += DomUtils.textContent(child).length;
  return n;
}

/**
 * The element that holds the article body: the `itemprop="articleBody"` element, else the element with the
 * most paragraph text in its own <p> children, widened to the <article> around it (so teaser <article>s in
 * a sidebar never win over the story); without paragraphs, the longest <article>, <main> or <body>.
 */
export function findBodyRoot(doc: ReturnType<typeof parseDocument>): Element | null {
  const all = DomUtils.findAll(() => true, doc.children);
  const longest = (els: Element[]) => els.reduce<Element | null>((best, el) => (!best || DomUtils.textContent(el).length > DomUtils.textContent(best).length ? el : best), null);
  const articleBody = all.filter((el) => el.attribs['itemprop'] === 'articleBody');
  if (articleBody.length) return longest(articleBody);
  let densest: Element | null = null;
  let bestScore = 0;
  for (const el of all) {
    const score = paragraphText(el);
    if (score > bestScore) [densest, bestScore] = [el, score];
  }
  if (densest) {
    for (let el: Element | null = densest; el; el = el.parent?.type === ElementType.Tag ? (el.parent as Element) : null) {
      if (el.name === 'article') return el;
    }
    return densest;
  }
  return longest(all.filter((el) => el.name === 'article')) ?? all.find((el) => el.name === 'main' || el.attribs['role'] === 'main') ?? all.find((el) => el.name === 'body') ?? null;
}

function jsonLdDates(doc: ReturnType<typeof parseDocument>): string[] {
  const out: string[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'datePublished' && typeof x === 'string') out.push(x);
        else visit(x);
      }
    }
  };
  for (const script of DomUtils.findAll((el) => el.name === 'script' && el.attribs['type'] === 'application/ld+json', doc.children)) {
    try {
      visit(JSON.parse(DomUtils.textContent(script)));
    } catch {
      // A broken JSON-LD block is common on real pages; the other date sources still apply.
    }
  }
  return out;
}

/** The publication date from the page's metadata, in order of trust. */
export function metaDate(doc: ReturnType<typeof parseDocument>, body: Element | null): KnownDate | null {
  const candidates: Array<{ rule: string; value: string }> = [];
  const metas = DomUtils.findAll((el) => el.name === 'meta', doc.children);
  for (const key of DATE_META) {
    for (const m of metas) {
      const name = (m.attribs['property'] ?? m.attribs['name'] ?? m.attribs['itemprop'] ?? '').toLowerCase();
      const value = m.attribs['content'];
      if (name === key && value) candidates.push({ rule: `html:meta:${key}`, value });
    }
  }
  for (const value of jsonLdDates(doc)) candidates.push({ rule: 'html:json-ld:datePublished', value });
  // <time> in the story first, then in the page header; never from asides, menus or footers (most-read lists).
  const ancestors = (el: Element): Element[] => {
    const out: Element[] = [];
    for (let p: Element | null = el; p; p = p.parent?.type === ElementType.Tag ? (p.parent as Element) : null) out.push(p);
    return out;
  };
  const times = DomUtils.findAll((el) => el.name === 'time', doc.children).filter((t) => !ancestors(t).some((a) => a.name === 'aside' || a.name === 'nav' || a.name === 'footer'));
  const inBody = body ? times.filter((t) => ancestors(t).includes(body)) : [];
  for (const t of [...inBody, ...times.filter((t) => !inBody.includes(t))]) {
    const datetime = t.attribs['datetime'];
    candidates.push(datetime ? { rule: 'html:time', value: datetime } : { rule: 'html:time-text', value: squash(DomUtils.textContent(t)) });
  }
  for (const { rule, value } of candidates) {
    const parsed = parseDateValue(value);
    if (parsed.ok) return { date: parsed.date, ...(parsed.time ? { time: parsed.time } : {}), provenance: { rule, text: value } };
  }
  return null;
}

function findTitle(doc: ReturnType<typeof parseDocument>, body: Element | null): string {
  const meta = DomUtils.findOne((el) => el.name === 'meta' && ['og:title', 'twitter:title'].includes(el.attribs['property'] ?? el.attribs['name'] ?? ''), doc.children);
  const og = squash(meta?.attribs['content'] ?? '');
  if (og) return og;
  const h1 = (body && DomUtils.findOne((el) => el.name === 'h1', body.children)) ?? DomUtils.findOne((el) => el.name === 'h1', doc.children);
  if (h1 && squash(DomUtils.textContent(h1))) return squash(DomUtils.textContent(h1));
  const title = DomUtils.findOne((el) => el.name === 'title', doc.children);
  const site = DomUtils.findOne((el) => el.name === 'meta' && ['og:site_name', 'application-name'].includes(el.attribs['property'] ?? el.attribs['name'] ?? ''), doc.children);
  return title ? withoutSiteName(squash(DomUtils.textContent(title)), site?.attribs['content']) : '';
}

/**
 * "Talks resume in Geneva | Example News" -> "Talks resume in Geneva": a short last part after a bar is the
 * site's name; after a dash only when it is the site's name (og:site_name), since headlines use dashes too
 * ("Russia and Ukraine talks - what we know").
 */
export function withoutSiteName(title: string, siteName = ''): string {
  const m = /^(.{12,}?)\s+([|–—-])\s+([^|–—]{1,40})$/u.exec(title);
  if (!m || (m[1] ?? '').split(' ').length < 3) return title;
  const isSite = m[2] === '|' || (siteName !== '' && (m[3] ?? '').trim().toLowerCase() === siteName.trim().toLowerCase());
  return isSite ? (m[1] ?? title) : title;
}

export function readHtml(source: string, html: string, options: ReadOptions = {}): ReadResult {
  try {
    return readPage(source, html, options);
  } catch (error) {
    // The DOM helpers recurse; a page nested thousands of levels deep is refused, not a crash.
    if (error instanceof RangeError) return { articles: [], warnings: [`${source}: the HTML is nested too deeply to read; skipped`] };
    throw error;
  }
}

function readPage(source: string, html: string, options: ReadOptions): ReadResult {
  const doc = parseDocument(html);
  const body = findBodyRoot(doc);
  const title = findTitle(doc, body);
  const blocks = body ? blocksOf(body) : [];
  if (blocks[0] === title) blocks.shift();
  const text = [title, ...blocks].filter(Boolean).join('\n\n');
  const known = metaDate(doc, body);
  const seg = segmentText(text, { split: false, ...(title ? { title } : {}) });
  return buildArticles(source, text, seg, options, known ? { known } : {});
}
