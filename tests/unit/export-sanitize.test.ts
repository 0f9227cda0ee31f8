// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cleanCss, sanitizeSvgText } from '../../src/export/sanitize.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
const svg = (inner: string, attrs = '') => `<svg ${NS} ${attrs}>${inner}</svg>`;

/** Anything that can run code or fetch something when the file is opened. */
function executable(out: string): string[] {
  const found: string[] = [];
  if (/<\s*(\w+:)?script/i.test(out)) found.push('script');
  if (/\son\w+\s*=/i.test(out)) found.push('handler');
  if (/javascript:/i.test(out)) found.push('javascript:');
  if (/<\s*(\w+:)?(foreignObject|iframe|image|animate|set|embed|object)\b/i.test(out)) found.push('element');
  if (/(href|src)\s*=\s*["'](?!#)/i.test(out)) found.push('external href');
  if (/url\(\s*['"]?(?!#)/i.test(out)) found.push('external url()');
  if (/@import/i.test(out)) found.push('@import');
  return found;
}

describe('sanitizeSvgText removes everything executable or external', () => {
  test.each([
    ['script element', svg('<script>alert(1)</script><rect width="1"/>')],
    ['prefixed script', svg('<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>')],
    ['CDATA script', svg('<script><![CDATA[alert(1)]]></script>')],
    ['onload on the root', svg('<rect/>', 'onload="alert(1)"')],
    ['mixed-case handler', svg('<rect ONCLICK="alert(1)" onMouseOver="x()"/>')],
    ['javascript link', svg('<a href="javascript:alert(1)"><text>click</text></a>')],
    ['xlink javascript link with spaces', svg('<a xlink:href=" java&#x09;script:alert(1)"><rect/></a>')],
    ['external use', svg('<use href="http://evil.test/x.svg#a"/>')],
    ['external xlink use', svg('<use xlink:href="//evil.test/x.svg#a"/>')],
    ['image', svg('<image href="http://evil.test/x.png" width="10" height="10"/>')],
    ['data html image', svg('<image href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"/>')],
    ['foreignObject with iframe', svg('<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="http://evil.test"></iframe></foreignObject>')],
    ['animate setting href', svg('<a><animate attributeName="href" to="javascript:alert(1)"/><text>x</text></a>')],
    ['set element', svg('<set attributeName="onmouseover" to="alert(1)"/>')],
    ['style @import', svg('<style>@import url(http://evil.test/x.css); rect{fill:red}</style>')],
    ['style external url', svg('<style>rect{fill:url("http://evil.test/p.svg#g")}</style>')],
    ['quoted external url', svg('<rect style="fill:url( \'//evil.test/p.svg#g\')"/>')],
    ['style javascript url', svg('<style>rect{background:url(javascript:alert(1))}</style>')],
    ['style attribute url', svg('<rect style="fill:url(http://evil.test/a#b)"/>')],
    ['presentation attribute url', svg('<rect fill="url(https://evil.test/a#b)" filter="url(http://evil.test/f#x)"/>')],
    ['html element inside', svg('<div xmlns="http://www.w3.org/1999/xhtml" onclick="x()">hi</div>')],
    ['embed and object', svg('<embed src="x.swf"/><object data="x"/>')],
    ['comment with markup', svg('<!--[if IE]><script>alert(1)</script><![endif]--><rect/>')],
    ['processing instruction', svg('<?xml-stylesheet href="http://evil.test/x.css"?><rect/>')],
  ])('%s', (_name, input) => {
    const out = sanitizeSvgText(input);
    expect(executable(out)).toEqual([]);
    expect(out.startsWith('<svg')).toBe(true);
  });

  test('keeps the drawing: shapes, text, internal references, gradients and styles', () => {
    const input = svg(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><clipPath id="c"><rect width="5" height="5"/></clipPath></defs>' +
      '<style>.mark{fill:url(#g)}</style><g clip-path="url(#c)"><rect class="mark" width="10" height="4" aria-label="Talks"/>' +
      '<use href="#c"/><text x="1" y="2">Talks <tspan>in Geneva</tspan></text></g><a href="#top"><circle r="2"/></a>',
    );
    const out = sanitizeSvgText(input);
    for (const kept of ['<linearGradient', 'clip-path="url(#c)"', '.mark{fill:url(#g)}', 'href="#c"', 'Talks <tspan>in Geneva</tspan>', '<circle r="2"/>', 'aria-label="Talks"']) {
      expect(out).toContain(kept);
    }
    expect(out).not.toContain('<a ');
  });

  test('text that is not SVG yields an empty svg', () => {
    expect(sanitizeSvgText('<html><script>alert(1)</script></html>')).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(sanitizeSvgText('not xml <')).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });
});

describe('cleanCss', () => {
  test.each([
    ['rect{fill:red}', 'rect{fill:red}'],
    ['@import "x.css"; a{}', ' a{}'],
    ['a{fill:url(#g)}', 'a{fill:url(#g)}'],
    ['a{fill:url( "http://x/y" )}', 'a{fill:none}'],
    ['a{width:expression(alert(1))}', 'a{width:invalid(alert(1))}'],
    ['@font-face{font-family:x;src:url(http://x/f.woff)} a{}', ' a{}'],
  ])('%j -> %j', (input, expected) => {
    expect(cleanCss(input)).toBe(expected);
  });
});

test('quoted internal references survive', () => {
  expect(cleanCss(`a{fill:url("#g");mask:url( '#m')}`)).toBe(`a{fill:url("#g");mask:url( '#m')}`);
});

/** Problems read from the parsed result: text outside <style> is inert, so only markup and CSS are checked. */
function structuralProblems(out: string): string[] {
  const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
  const problems: string[] = [];
  const external = /url\((?!\s*['"]?\s*#)|@import|expression\(|javascript:/i;
  for (const el of [doc.documentElement, ...doc.querySelectorAll('*')]) {
    if (!/^(svg|g|rect|text|use|style|title|desc|defs)$/.test(el.localName)) problems.push(`element ${el.localName}`);
    if (el.namespaceURI !== 'http://www.w3.org/2000/svg') problems.push(`namespace ${el.namespaceURI}`);
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name)) problems.push(`handler ${a.name}`);
      if (/href$|^src$|^formaction$/i.test(a.name) && !a.value.startsWith('#')) problems.push(`reference ${a.value}`);
      if (external.test(a.value)) problems.push(`value ${a.name}=${a.value}`);
    }
    if (el.localName === 'style' && external.test(el.textContent ?? '')) problems.push(`css ${el.textContent}`);
  }
  return problems;
}

describe('sanitizeSvgText on generated hostile trees', () => {
  const names = ['g', 'rect', 'text', 'a', 'script', 'foreignObject', 'image', 'use', 'style', 'animate', 'set', 'iframe', 'svg:script', 'xhtml:div', 'switch', 'feImage', 'handler'];
  const attrNames = ['onload', 'onclick', 'OnMouseOver', 'href', 'xlink:href', 'style', 'fill', 'mask', 'src', 'class', 'formaction', 'values', 'to'];
  const values = ['javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'http://evil.test/x#y', '//evil.test/x', '#ok', 'url(http://evil.test/x)', 'url("#ok")', "url( 'https://evil.test' )", 'data:text/html,<b>', 'red', 'alert(1)', 'expression(alert(1))'];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  type Node = { name: string; attrs: [string, string][]; text: string; children: Node[] };
  const nodeAt = (depth: number): fc.Arbitrary<Node> => fc.record({
    name: fc.constantFrom(...names),
    attrs: fc.array(fc.tuple(fc.constantFrom(...attrNames), fc.constantFrom(...values)), { maxLength: 3 }),
    text: fc.constantFrom('', 'alert(1)', '@import url(http://evil.test/a.css);', 'rect{fill:url(http://evil.test/p)}', 'Talks'),
    children: depth === 0 ? fc.constant([]) : fc.array(nodeAt(depth - 1), { maxLength: 3 }),
  });
  const node = nodeAt(3);
  const render = (n: Node): string => {
    const attrs = n.attrs.filter(([k], i, all) => all.findIndex(([k2]) => k2.toLowerCase() === k.toLowerCase()) === i).map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
    const xmlns = n.name.startsWith('svg:') ? ' xmlns:svg="http://www.w3.org/2000/svg"' : n.name.startsWith('xhtml:') ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : '';
    return `<${n.name}${xmlns}${attrs}>${esc(n.text)}${n.children.map(render).join('')}</${n.name}>`;
  };

  test('nothing executable or external survives, whatever the nesting', () => {
    fc.assert(fc.property(fc.array(node, { maxLength: 4 }), (nodes) => {
      const out = sanitizeSvgText(svg(nodes.map(render).join('')));
      expect(structuralProblems(out)).toEqual([]);
    }), { numRuns: 300 });
  });
});

describe('embedded rasters', () => {
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
  test('an <image> with an embedded PNG stays (a canvas layer), handlers and children go', () => {
    const out = sanitizeSvgText(svg(`<image href="${png}" x="1" y="2" width="3" height="4" onload="alert(1)"><script>alert(2)</script></image>`));
    expect(out).toContain(`href="${png}"`);
    expect(out).not.toMatch(/onload|script/);
  });
  test.each([
    'data:image/svg+xml;base64,PHN2Zy8+', 'data:text/html;base64,PHNjcmlwdD4=', 'http://evil.test/x.png', 'data:image/png,<svg onload=alert(1)>',
  ])('an <image> with %s goes', (href) => {
    expect(sanitizeSvgText(svg(`<image href="${href}"/>`))).not.toContain('image');
  });
});
