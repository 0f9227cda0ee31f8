/**
 * Reactive bits of the embed's own chrome, created outside a component (runes need a .svelte.ts file):
 * the notes about ignored options and refused messages, and whether the scroll hint is showing.
 *
 * @example
 * const chrome = createChrome(['theme=pink ignored: expected auto, light or dark']);
 * chrome.notices.push('commands from https://evil.example refused');
 */
export function createChrome(initial: string[]): { notices: string[]; hint: { show: boolean } } {
  const notices = $state<string[]>([...initial]);
  const hint = $state({ show: false });
  return { notices, hint };
}
