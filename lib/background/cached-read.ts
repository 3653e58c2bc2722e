/**
 * A value the background reads from storage on almost every message (the other browsers' pace
 * counters, the saved list, the hidden hints, the own-profile summary), kept in memory until the
 * state (state.ts) says one of its keys changed: another browser syncing, this worker writing. A
 * failed read is not kept.
 *
 * Only for values where a few milliseconds of staleness is harmless: `onChanged` may reach the
 * worker after a message another context sent right after its write (so not the settings: the
 * options page saves a plan, and the profile's report that follows must be weighed with it).
 */
export interface CachedRead<T> {
  get(): Promise<T>;
  /**
   * Holds `value` as what storage has now, for a value this worker has just written itself (the
   * `onChanged` its write causes drops it again later: one more read, never a stale one).
   */
  keep(value: T): void;
  /** Drops the copy: the next `get` reads storage. */
  forget(): void;
}

export function cachedRead<T>(read: () => Promise<T>): CachedRead<T> {
  let kept: Promise<T> | null = null;
  return {
    get() {
      const reading = kept ?? read();
      kept = reading;
      reading.catch(() => {
        if (kept === reading) kept = null;
      });
      return reading;
    },
    keep(value) {
      kept = Promise.resolve(value);
    },
    forget() {
      kept = null;
    },
  };
}
