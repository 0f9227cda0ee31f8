/**
 * Stable ids for actors, documents and events made from imported names, so the same name always gets the
 * same id and the viewer's URL state (lanes, selection) survives a reload of the same file.
 *
 * @example
 * slugId('actor', 'Foreign Ministry of Russia') // 'actor:foreign-ministry-of-russia'
 */
export function slug(text: string): string {
  const s = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, 60) || 'x';
}

export function slugId(prefix: string, text: string): string {
  return `${prefix}:${slug(text)}`;
}

/** Hands out ids, adding -2, -3 ... when two different inputs map to the same id. */
export class IdMaker {
  readonly #used = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const id of taken) this.#used.add(id);
  }

  make(base: string): string {
    let id = base;
    for (let n = 2; this.#used.has(id); n++) id = `${base}-${n}`;
    this.#used.add(id);
    return id;
  }
}
