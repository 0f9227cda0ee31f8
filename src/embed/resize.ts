/**
 * Tells the parent page how tall the embed's content is, in the message newsroom embed helpers already
 * read (`{sentinel: 'amp', type: 'embed-size', height}`: @newswire/frames, AMP's amp-iframe, Pym-style
 * loaders adapted to it), on load and whenever the content's height changes.
 *
 * @example
 * const stop = postHeight(document.getElementById('app')!);
 */
export function postHeight(content: HTMLElement, target: Window = window.parent): () => void {
  if (target === window) return () => {};
  let last = -1;
  const send = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    // The height is not a secret and the helpers listen for any origin, so '*' is the documented target.
    target.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(content);
  addEventListener('load', send);
  send();
  return () => {
    observer.disconnect();
    removeEventListener('load', send);
  };
}
