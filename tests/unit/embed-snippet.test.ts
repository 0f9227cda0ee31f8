// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { embedSnippet, embedUrl } from '../../src/embed/snippet.ts';

describe('embedUrl', () => {
  test.each([
    ['https://news.example/dateline/index.html?from=x#frag', 'from=2022-01-01&to=2022-02-01', {}, 'https://news.example/dateline/embed.html?from=2022-01-01&to=2022-02-01'],
    ['https://news.example/dateline/', '', { height: 'auto' }, 'https://news.example/dateline/embed.html?height=auto'],
    ['https://news.example/dateline/', 'theme=dark', { theme: 'light', height: '' }, 'https://news.example/dateline/embed.html?theme=light'],
  ])('%s + %s', (page, search, extra, expected) => {
    expect(embedUrl(page, search, extra)).toBe(expected);
  });
});

describe('embedSnippet', () => {
  test('writes a lazy, titled iframe whose attributes cannot be broken out of', () => {
    const html = embedSnippet({ src: 'https://x.example/embed.html?a=1&b="2"', title: 'Talks "<b>" & more', height: 560, autoResize: false });
    document.body.innerHTML = html;
    const iframe = document.querySelector('iframe')!;
    expect(document.body.children).toHaveLength(1);
    expect(iframe.getAttribute('src')).toBe('https://x.example/embed.html?a=1&b="2"');
    expect(iframe.getAttribute('title')).toBe('Talks "<b>" & more');
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('height')).toBe('560');
  });

  test.each([[50, '200'], [99999, '4000'], [612.4, '612']])('clamps the height %s to %s', (h, expected) => {
    document.body.innerHTML = embedSnippet({ src: 'https://x.example/e', title: 't', height: h, autoResize: false });
    expect(document.querySelector('iframe')!.getAttribute('height')).toBe(expected);
  });

  test('the auto-resize script only reacts to size messages from its own iframes', () => {
    const html = embedSnippet({ src: 'https://x.example/e', title: 't', height: 400, autoResize: true });
    expect(html).toMatch(/<script>[\s\S]*sentinel!=="amp"[\s\S]*f\.contentWindow===e\.source[\s\S]*<\/script>$/);
  });
});
