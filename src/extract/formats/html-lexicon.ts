/**
 * Names the HTML reader looks for. Data: a new meta tag spelling or a dropped element is one entry here.
 */

/**
 * Meta tags that carry the publication date, most trusted first (matched against `property`, `name` or
 * `itemprop`, lower-cased): `<meta property="article:published_time" content="2022-01-15T10:00:00Z">`.
 */
export const DATE_META: readonly string[] = [
  'article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
  'publish_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.issued',
  'dcterms.created', 'date', 'article.published', 'original-publish-date',
];

/** Elements whose text is never article text: `<nav>`, `<header>`, `<footer>`, `<aside>`, scripts, figures. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'template', 'form', 'button', 'select',
  'svg', 'iframe', 'figure', 'figcaption', 'menu', 'dialog', 'object', 'video', 'audio', 'canvas',
]);

/** Elements that end a paragraph of text: `<p>`, headings, list items, quotes, table rows, divisions. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'hr', 'address', 'details', 'summary',
]);
