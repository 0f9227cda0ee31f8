/**
 * Entry of the full app: restores the view from the URL, loads `?data=<url>` or the bundled document,
 * mounts the explorer and keeps the URL in step (back/forward work).
 */
import { mount } from 'svelte';
import defaultDataUrl from '../../data/events.json?url';
import App from './App.svelte';
import { ViewState } from './state.svelte.ts';
import { loadDocument } from './load.ts';
import { syncHistory } from './history.svelte.ts';
import { ticks } from '../timeline/ticks.ts';
import { formatRange } from '../timeline/format.ts';

const view = new ViewState();
view.applySearch(location.search);
// Start the download before mounting, so the network and the first render overlap.
// An empty `?data=` is no address: the bundled document.
const load = (data: string | null) => loadDocument(view, data || defaultDataUrl, { dataParam: data || null, label: data ? undefined : 'events.json' });
const first = load(view.dataUrl);
// The app is mounted once the document is in (or has failed), so its first render draws the timeline rather
// than an empty chart drawn again a moment later; a slow download shows the app and its "Loading…" after
// MOUNT_WAIT_MS. Until then the page shows index.html's own loading line.
const MOUNT_WAIT_MS = 300;
void Promise.race([first, new Promise((ok) => setTimeout(ok, MOUNT_WAIT_MS))]).then(() => {
  const target = document.getElementById('app')!;
  target.replaceChildren();
  mount(App, { target, props: { view, mode: 'full' } });
  syncHistory(view, (data) => void load(data));
});
// While the document downloads, pay the browser's one-time set-up of the locale services the first render
// needs (collation for the lane order, Luxon's and Intl's date formats for the axis and the range): tens of
// milliseconds otherwise spent after the data has arrived. Skipped when the document has already arrived.
setTimeout(() => {
  if (view.status !== 'loading') return;
  void 'a'.localeCompare('b');
  formatRange(0, 86_400_000);
  ticks(0, 400 * 86_400_000, { unit: 'month', step: 1 });
}, 0);
