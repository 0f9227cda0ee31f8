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

const view = new ViewState();
view.applySearch(location.search);
// Start the download before mounting, so the network and the first render overlap.
const load = (data: string | null) => loadDocument(view, data ?? defaultDataUrl, { dataParam: data, label: data ? undefined : 'events.json' });
void load(view.dataUrl);
mount(App, { target: document.getElementById('app')!, props: { view, mode: 'full' } });
syncHistory(view, (data) => void load(data));
