/**
 * Connects an embedded timeline to its parent page: answers validated commands from allowed origins and
 * posts notifications when the selection or the visible range changes (protocol in protocol.ts). Range
 * changes during a zoom gesture are coalesced into one message per animation frame burst.
 *
 * @example
 * const stop = connectParent(view, { origins: null }); // default: only the parent page's origin may command
 */
import type { ViewState } from '../app/state.svelte.ts';
import { formatIsoInstant } from '../timeline/time.ts';
import { allowedOrigins, notifyTarget, originAllowed, parentOrigin, PROTOCOL_VERSION, readCommand } from './protocol.ts';

export interface BridgeOptions {
  origins: string[] | null;
  /** Where to report problems (the embed's notice); console.warn is always used. */
  onWarning?: (message: string) => void;
}

export function connectParent(view: ViewState, options: BridgeOptions): () => void {
  if (window.parent === window) return () => {};
  const parent = parentOrigin(location.ancestorOrigins ? [...location.ancestorOrigins] : null, document.referrer);
  const allowed = allowedOrigins(options.origins, parent);
  const target = notifyTarget(allowed, parent);
  const warn = (message: string) => { console.warn(`Dateline embed: ${message}`); options.onWarning?.(message); };
  if (!allowed.length) warn('the parent page\'s origin is unknown (no referrer), so commands are refused; list it in the origins option');

  const post = (message: Record<string, unknown>) => {
    if (target) window.parent.postMessage(message, target);
  };

  const onMessage = (ev: MessageEvent) => {
    if (ev.source !== window.parent) return;
    const read = readCommand(ev.data);
    if (!read.ok && read.ignore) return;
    if (!originAllowed(ev.origin, allowed)) {
      console.warn(`Dateline embed: command from ${ev.origin} refused (allowed: ${allowed.join(', ') || 'none'})`);
      return;
    }
    const reply = (message: string, command: unknown) => (ev.source as Window).postMessage({ type: 'dateline:error', message, command }, ev.origin);
    if (!read.ok) { reply(read.error, (ev.data as { type?: unknown }).type ?? null); return; }
    const c = read.command;
    switch (c.type) {
      case 'dateline:set-range': view.setRange(c.start, c.end); break;
      case 'dateline:select-event':
        if (c.id !== null && !view.index?.byId.has(c.id)) { reply(`no event with id ${c.id}`, c.type); return; }
        view.select(c.id);
        break;
      case 'dateline:filter-actors': view.filterActors(c.ids); break;
    }
  };
  addEventListener('message', onMessage);

  let rangeTimer: ReturnType<typeof setTimeout> | undefined;
  let readySent = false;
  const stop = $effect.root(() => {
    $effect(() => {
      if (view.status !== 'ready' || !view.doc || readySent) return;
      readySent = true;
      post({
        type: 'dateline:ready', version: PROTOCOL_VERSION, events: view.doc.events.length,
        firstEvent: view.visibleEvents[0]?.id ?? null,
        lanes: view.lanes.slice(0, 50).map((l) => ({ id: l.id, name: l.name, count: l.count })),
      });
    });
    let lastSelected: string | null | undefined;
    $effect(() => {
      const e = view.selectedEvent;
      const id = e?.id ?? null;
      if (id === lastSelected) return;
      const first = lastSelected === undefined;
      lastSelected = id;
      if (first && id === null) return;
      post({ type: 'dateline:event-selected', id, title: e?.title ?? null, start: e?.date.start ?? null, end: e?.date.end ?? null });
    });
    let lastRange = '';
    $effect(() => {
      const r = view.effectiveRange;
      if (!r) return;
      const key = `${formatIsoInstant(r.start)}/${formatIsoInstant(r.end)}`;
      if (key === lastRange) return;
      lastRange = key;
      clearTimeout(rangeTimer);
      rangeTimer = setTimeout(() => post({ type: 'dateline:range-changed', start: formatIsoInstant(r.start), end: formatIsoInstant(r.end) }), 120);
    });
  });

  return () => {
    stop();
    clearTimeout(rangeTimer);
    removeEventListener('message', onMessage);
  };
}
