/**
 * A value the background reads from storage on almost every message (the other browsers' pace
 * counters, the saved list, the hidden hints), kept in memory until `storage.onChanged` says one of
 * its keys changed: another browser syncing, this worker writing. A failed read is not kept. The
 * worker lives minutes, so a change made while it sleeps is read fresh when it wakes.
 *
 * Only for values where a few milliseconds of staleness is harmless: `onChanged` may reach the
 * worker after a message another context sent right after its write (so not the settings: the
 * options page saves a plan, and the profile's report that follows must be weighed with it).
 */
import { browser } from 'wxt/browser';

type Area = 'local' | 'sync' | 'session';

export interface CachedRead<T> {
  get(): Promise<T>;
  /**
   * Holds `value` as what storage has now, for a value this worker has just written itself (the
   * `onChanged` its write causes drops it again later: one more read, never a stale one).
   */
  keep(value: T): void;
  /** Drops the copy (and stops listening until the next `get`). */
  forget(): void;
}

const all = new Set<CachedRead<unknown>>();

export function cachedRead<T>(area: Area, isItsKey: (key: string) => boolean, read: () => Promise<T>): CachedRead<T> {
  let kept: Promise<T> | null = null;
  const onChanged = (changes: Record<string, unknown>, changedArea: string) => {
    if (changedArea === area && Object.keys(changes).some(isItsKey)) kept = null;
  };
  let listening = false;
  const listen = () => {
    if (listening) return;
    browser.storage.onChanged.addListener(onChanged);
    listening = true;
  };
  const cached: CachedRead<T> = {
    get() {
      listen();
      const reading = kept ?? read();
      kept = reading;
      reading.catch(() => {
        if (kept === reading) kept = null;
      });
      return reading;
    },
    keep(value) {
      listen();
      kept = Promise.resolve(value);
    },
    forget() {
      kept = null;
      if (listening) browser.storage.onChanged.removeListener(onChanged);
      listening = false;
    },
  };
  all.add(cached as CachedRead<unknown>);
  return cached;
}

/** Drops every cached read (tests reset the fake browser between cases). */
export function forgetCachedReads(): void {
  for (const cached of all) cached.forget();
}
