/**
 * Keeps the address bar in step with the view state: discrete changes (filters, selection, search, lanes)
 * push a history entry so back/forward step through them; continuous zooming and panning replace the
 * current entry. Back/forward re-apply the URL, and reload the document when `data` changed.
 *
 * @example
 * const stop = syncHistory(view, (url) => loadDocument(view, url ?? defaultUrl, { dataParam: url }));
 */
import type { ViewState } from './state.svelte.ts';

const CONTINUOUS = new Set(['from', 'to']);

function changedKeys(a: string, b: string): Set<string> {
  const pa = new URLSearchParams(a), pb = new URLSearchParams(b);
  const keys = new Set<string>();
  for (const k of new Set([...pa.keys(), ...pb.keys()])) if (pa.get(k) !== pb.get(k)) keys.add(k);
  return keys;
}

export function syncHistory(view: ViewState, reload: (dataUrl: string | null) => void): () => void {
  let lastRangePush = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = $effect.root(() => {
    $effect(() => {
      const search = view.toSearch();
      // Zooming changes the range every frame; the address bar follows once the gesture pauses.
      clearTimeout(timer);
      timer = setTimeout(() => write(search), 120);
    });
  });
  let first = true;
  function write(search: string) {
    const initial = first;
    first = false;
    {
      const current = location.search.replace(/^\?/, '');
      if (search === current) return;
      const keys = changedKeys(current, search);
      // The same values spelled differently ('data=a/b.json' and 'data=a%2Fb.json'): the address stays as it was
      // typed, and the start-up spends no history call (tens of milliseconds) before the first render.
      if (!keys.size) return;
      const onlyRange = [...keys].every((k) => CONTINUOUS.has(k));
      const url = `${location.pathname}${search ? '?' + search : ''}${location.hash}`;
      // A zoom gesture is one entry: push when it starts after a pause, replace while it continues.
      const now = performance.now();
      if (initial || (onlyRange && now - lastRangePush < 800)) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      if (onlyRange) lastRangePush = now;
    }
  }
  const onPop = () => {
    clearTimeout(timer);
    const before = view.dataUrl;
    view.applySearch(location.search);
    if (view.dataUrl !== before) reload(view.dataUrl);
  };
  addEventListener('popstate', onPop);
  return () => {
    clearTimeout(timer);
    stop();
    removeEventListener('popstate', onPop);
  };
}
