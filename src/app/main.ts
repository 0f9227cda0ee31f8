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
void load(view.dataUrl);
mount(App, { target: document.getElementById('app')!, props: { view, mode: 'full' } });
syncHistory(view, (data) => void load(data));
// While the document downloads, pay the browser's one-time set-up of the locale services the first render
// needs (collation for the lane order, Luxon's and Intl's date formats for the axis and the range): tens of
// milliseconds otherwise spent after the data has arrived. Skipped when the document has already arrived.
setTimeout(() => {
  if (view.status !== 'loading') return;
  void 'a'.localeCompare('b');
  formatRange(0, 86_400_000);
  ticks(0, 400 * 86_400_000, { unit: 'month', step: 1 });
}, 0);
