/**
 * A value that follows another after it has stopped changing for `ms` milliseconds: secondary views (the
 * range read-out, date inputs, the table, ARIA labels) update once a zoom gesture pauses, not every frame.
 *
 * @example
 * const settled = new Settled(() => view.effectiveRange, 150); // settled.value lags while zooming
 */
export class Settled<T> {
  value = $state.raw<T>() as T;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(get: () => T, ms = 150) {
    this.value = get();
    $effect(() => {
      const next = get();
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => (this.value = next), ms);
      return () => clearTimeout(this.#timer);
    });
  }
}
