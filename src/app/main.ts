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
const load = (data: string | null) => loadDocument(view, data ?? defaultDataUrl, { dataParam: data, label: data ? undefined : 'events.json' });
void load(view.dataUrl);
mount(App, { target: document.getElementById('app')!, props: { view, mode: 'full' } });
syncHistory(view, (data) => void load(data));
// While the document downloads, pay the browser's one-time set-up of the locale services the first render
// needs (collation for the lane order, date formats for the axis): tens of milliseconds otherwise spent
// after the data has arrived.
setTimeout(() => {
  void 'a'.localeCompare('b');
  formatRange(0, 86_400_000);
  const DAY = 86_400_000;
  for (const [unit, days] of [['hour', 2], ['day', 40], ['month', 400], ['year', 4000]] as const) ticks(-DAY, days * DAY, { unit, step: unit === 'hour' ? 6 : 1 });
}, 0);
