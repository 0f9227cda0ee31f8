/**
 * Where the timeline on screen came from, as far as sharing is concerned: data loaded from a file on the
 * reader's computer or from pasted text has no address, so a link or an embed cannot show it. The Embed
 * dialog reads this to say so.
 *
 * @example
 * loadedFrom.local = true; // after a dropped file or a pasted article
 */
export const loadedFrom = $state({ local: false, name: '' });
