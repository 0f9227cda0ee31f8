/**
 * Attachment for a `<dialog>`: opens it as a modal (focus trapped, Escape closes, focus returns to the opener)
 * and calls `onclose` however it closes.
 *
 * @example
 * <dialog {@attach modal(onclose)} aria-labelledby="title">…</dialog>
 */
export function modal(onclose: () => void) {
  return (node: HTMLDialogElement) => {
    node.showModal();
    node.addEventListener('close', onclose);
    return () => node.removeEventListener('close', onclose);
  };
}
