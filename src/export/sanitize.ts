/**
 * Makes an SVG tree inert before it leaves the page: an allow-list of drawing elements (no script,
 * foreignObject, iframe, animation or link elements; `<image>` only with an embedded PNG/JPEG/WebP/GIF
 * `data:` URL, which is how a canvas layer travels), no event handler attributes, no reference that leaves
 * the file (only `#fragment` hrefs and `url(#id)`), and style text without @import, external url(),
 * `expression(` or `javascript:`. Elements outside the list are dropped with their content, except `<a>`,
 * whose drawing is kept without the link.
 *
 * Works on any DOM (the page, or jsdom in tests). Used on every exported SVG, and on the final file.
 *
 * @example
 * sanitizeSvgText('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect/></svg>')
 * // '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

const ALLOWED = new Set([
  'svg', 'g', 'defs', 'style', 'title', 'desc', 'metadata', 'symbol', 'use', 'marker',
  'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan', 'textpath',
  'lineargradient', 'radialgradient', 'stop', 'clippath', 'mask', 'pattern',
  'filter', 'fegaussianblur', 'feoffset', 'feblend', 'fecolormatrix', 'fecomposite', 'feflood', 'femerge', 'femergenode', 'femorphology',
]);

/** Children of these are kept when the element itself is not (a link's drawing stays, the link goes). */
const UNWRAP = new Set(['a', 'switch']);

const URL_ATTRS = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'ping']);

/** Attributes that may hold `url(...)`: a reference to anything but `#id` leaves the file. */
const EXTERNAL_URL = /url\((?!\s*['"]?\s*#)[^)]*\)/gi;

export function cleanCss(css: string): string {
  return css
    .replace(/@import[^;]*;?/gi, '')
    .replace(/@font-face\s*\{[^}]*\}/gi, '')
    .replace(EXTERNAL_URL, 'none')
    .replace(/expression\s*\(/gi, 'invalid(')
    .replace(/javascript\s*:/gi, 'invalid:')
    .replace(/-moz-binding\s*:[^;}]*/gi, '')
    .replace(/behavior\s*:[^;}]*/gi, '');
}

/** A raster embedded in the file itself: never a script, never a request. */
export const DATA_IMAGE = /^data:image\/(png|jpeg|webp|gif);base64,[a-z0-9+/=\s]*$/i;

function imageHref(el: Element): string {
  return (el.getAttribute('href') ?? el.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '').trim();
}

function cleanAttributes(el: Element, dataImage = false): void {
  for (const attr of Array.from(el.attributes)) { // a snapshot: removing from the live map while iterating skips items
    const name = attr.name.toLowerCase();
    const value = attr.value;
    // Browsers ignore tabs, newlines and other control characters inside a URL scheme ("java\tscript:").
    // oxlint-disable-next-line no-control-regex
    const compact = value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
    if (name.startsWith('on')) el.removeAttributeNode(attr);
    else if (URL_ATTRS.has(name) || name.endsWith(':href')) {
      const keepImage = dataImage && (name === 'href' || name === 'xlink:href') && DATA_IMAGE.test(value.trim());
      if (!keepImage && (!value.trim().startsWith('#') || compact.includes('javascript:'))) el.removeAttributeNode(attr);
    } else if (compact.includes('javascript:') || compact.includes('vbscript:') || compact.includes('data:text/html') || compact.includes('expression(')) {
      el.removeAttributeNode(attr);
    } else if (name === 'style') {
      const css = cleanCss(value);
      if (css !== value) el.setAttribute('style', css);
    } else if (/url\(/i.test(value)) {
      const cleaned = value.replace(EXTERNAL_URL, 'none');
      if (cleaned !== value) el.setAttribute(attr.name, cleaned);
    }
  }
}

/** Cleans `root` in place (the root itself must be an `<svg>`). */
export function sanitizeSvgTree(root: Element): Element {
  const walk = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      const name = child.localName.toLowerCase();
      const inSvg = child.namespaceURI === SVG_NS || child.namespaceURI === null;
      if (inSvg && name === 'image' && DATA_IMAGE.test(imageHref(child))) {
        cleanAttributes(child, true);
        child.replaceChildren();
      } else if (inSvg && ALLOWED.has(name)) {
        cleanAttributes(child);
        if (name === 'style') child.textContent = cleanCss(child.textContent ?? '');
        walk(child);
      } else if (inSvg && UNWRAP.has(name)) {
        walk(child);
        child.replaceWith(...child.childNodes);
      } else {
        child.remove();
      }
    }
    // Comments and processing instructions can carry conditional markup for some readers.
    for (const node of Array.from(el.childNodes)) if (node.nodeType === 7 || node.nodeType === 8) node.remove();
  };
  cleanAttributes(root);
  walk(root);
  return root;
}

/** Parses, cleans and serialises an SVG document; a text that is not SVG yields an empty `<svg/>`. */
export function sanitizeSvgText(text: string): string {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = parsed.documentElement;
  if (!root || root.localName !== 'svg' || root.namespaceURI !== SVG_NS || parsed.getElementsByTagName('parsererror').length) {
    return `<svg xmlns="${SVG_NS}"/>`;
  }
  sanitizeSvgTree(root);
  return new XMLSerializer().serializeToString(root);
}
