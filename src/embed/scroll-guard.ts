/**
 * Keeps the reader's page scrolling when the wheel or a finger passes over an embedded timeline: until the
 * reader clicks or taps into the embed (a click, not a press: a swipe that starts on the chart must still
 * scroll the page), wheel and touch events are stopped before they reach the chart's
 * zoom (which would otherwise take them), so the browser scrolls the page instead. A click activates the
 * chart; leaving the embed with the pointer deactivates it again. The first wheel over an inactive chart
 * shows a short hint (`onHint`).
 *
 * @example
 * const stop = guardScroll(document, (show) => hint.hidden = !show);
 */
export function guardScroll(doc: Document, onHint: (show: boolean) => void = () => {}): () => void {
  let active = false;
  let hintTimer: ReturnType<typeof setTimeout> | undefined;
  const root = doc.documentElement;
  const set = (value: boolean) => {
    active = value;
    root.dataset.embedActive = String(value);
    if (value) { onHint(false); clearTimeout(hintTimer); }
  };
  const stop = (ev: Event) => {
    if (active) return;
    ev.stopPropagation();
    if (ev.type === 'wheel') {
      onHint(true);
      clearTimeout(hintTimer);
      hintTimer = setTimeout(() => onHint(false), 1600);
    }
  };
  const activate = () => set(true);
  const deactivate = () => set(false);
  const win = doc.defaultView!;
  const capture = { capture: true, passive: true } as const;
  win.addEventListener('wheel', stop, capture);
  win.addEventListener('touchstart', stop, capture);
  win.addEventListener('touchmove', stop, capture);
  win.addEventListener('click', activate, { capture: true });
  root.addEventListener('mouseleave', deactivate);
  set(false);
  return () => {
    win.removeEventListener('wheel', stop, capture);
    win.removeEventListener('touchstart', stop, capture);
    win.removeEventListener('touchmove', stop, capture);
    win.removeEventListener('click', activate, { capture: true });
    root.removeEventListener('mouseleave', deactivate);
    clearTimeout(hintTimer);
  };
}
