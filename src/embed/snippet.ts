/**
 * The `<iframe>` code the Embed dialog writes: the embed page's address with the current view's options, a
 * title for screen readers, `loading="lazy"`, a starting height, and optionally a three-line script that
 * applies the embed's height messages (pages that use @newswire/frames or AMP need no script).
 *
 * @example
 * embedSnippet({ src: 'https://example.org/dateline/embed.html?from=2022-01-01&to=2022-02-01', title: 'Timeline', height: 560, autoResize: false })
 * // '<iframe src="https://example.org/dateline/embed.html?from=2022-01-01&amp;to=2022-02-01" title="Timeline" loading="lazy" ...></iframe>'
 */
export interface SnippetOptions {
  src: string;
  title: string;
  height: number;
  autoResize: boolean;
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed page's address: `embed.html` beside the current page, with the view's query and embed options. */
export function embedUrl(pageHref: string, viewSearch: string, extra: Record<string, string> = {}): string {
  const url = new URL('embed.html', pageHref);
  const params = new URLSearchParams(viewSearch);
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  url.search = params.toString();
  url.hash = '';
  return url.href;
}

export function embedSnippet(o: SnippetOptions): string {
  const height = Math.round(Math.min(4000, Math.max(200, o.height)));
  const iframe = `<iframe src="${attr(o.src)}" title="${attr(o.title)}" loading="lazy" width="100%" height="${height}" style="border:0;width:100%;display:block" data-dateline-embed></iframe>`;
  if (!o.autoResize) return iframe;
  const script = '<script>addEventListener("message",function(e){var d=e.data;if(!d||d.sentinel!=="amp"||d.type!=="embed-size"||!(d.height>0))return;'
    + 'document.querySelectorAll("iframe[data-dateline-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.min(d.height,4000)+"px"})});</script>';
  return `${iframe}\n${script}`;
}
