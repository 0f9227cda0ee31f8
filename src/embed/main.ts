/**
 * Entry of the embed page (`embed.html`): reads the whitelisted URL options (warning about the rest),
 * mounts the explorer in embed mode, loads `data` (or the bundled timeline), then talks to the parent page:
 * height messages, the command/notification API, and a scroll guard so the page keeps its wheel.
 */
import { mount } from 'svelte';
import defaultDataUrl from '../../data/events.json?url';
import Embed from './Embed.svelte';
import { ViewState } from '../app/state.svelte.ts';
import { parseEmbedOptions } from './options.ts';
import { connectParent } from './bridge.svelte.ts';
import { postHeight } from './resize.ts';
import { guardScroll } from './scroll-guard.ts';
import { embedLayout } from './layout.ts';
import { createChrome } from './notices.svelte.ts';

const options = parseEmbedOptions(location.search);
const { notices, hint } = createChrome(options.warnings);
for (const w of options.warnings) console.warn(`Dateline embed: ${w}`);

const view = new ViewState();
view.applySearch(options.search);
embedLayout(document, options.height);

const target = document.getElementById('app')!;
mount(Embed, { target, props: { view, notices, hint } });

async function load(): Promise<void> {
  view.startLoading();
  const url = options.dataUrl ?? defaultDataUrl;
  // The readers (CSV, TimelineJS, schema validation) load beside the page, not before its first paint.
  const { fetchTimeline } = await import('../io/fetch.ts');
  const result = await fetchTimeline(url);
  const label = options.dataUrl ? options.dataUrl.split(/[?#]/)[0]!.split('/').pop() || 'timeline' : 'events.json';
  if (result.ok) view.load(result.doc, label, options.dataUrl);
  else view.fail(result.error);
}
void load();

connectParent(view, { origins: options.origins, onWarning: (m) => notices.push(m) });
if (options.height.mode !== 'fill') postHeight(target);
guardScroll(document, (show) => (hint.show = show));
