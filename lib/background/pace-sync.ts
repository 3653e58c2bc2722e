/**
 * The pace follows the user across browsers through `storage.sync`: each device writes only its
 * own grow-only day counters, under its own key (`pace-<device>`), so two machines never
 * overwrite each other, and readers merge every device's counters per entry (max). One item per
 * device stays under Chrome's 8 KB item quota; writes are debounced far below its 120 a minute.
 */
import { browser } from 'wxt/browser';
import { countersFromLedger, type DeviceCounters, mergeCounters, pruneCountersToFit } from '../pace/device-counters';
import type { Ledger } from '../pace/ledger';
import { PACE_KEY_PREFIX } from '../storage/keys';
import { reportProblem } from '../storage/problems';

const PUSH_DELAY_MS = 5_000;

export const isPaceKey = (key: string): boolean => key.startsWith(PACE_KEY_PREFIX);

export function paceKey(device: string): string {
  return `${PACE_KEY_PREFIX}${device}`;
}

/** Writes this device's counters now. A full quota leaves the previous value: counts stay local. */
export async function pushCounters(ledger: Ledger): Promise<void> {
  const key = paceKey(ledger.device);
  const own = pruneCountersToFit({ [ledger.device]: countersFromLedger(ledger)[ledger.device] ?? {} }, key);
  await browser.storage.sync.set({ [key]: own }).catch((error) => reportProblem('sync-quota', String(error)));
}

/**
 * Writes this device's counters a little later, coalescing bursts of sends into one write: each
 * call restarts the wait, and the ledger is loaded when it ends.
 */
export function laterPush(load: () => Promise<Ledger>, delayMs = PUSH_DELAY_MS): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(pending);
    pending = setTimeout(
      () =>
        void load()
          .then(pushCounters)
          .catch(() => {}),
      delayMs,
    );
  };
}

/**
 * Every device's counters as synced, merged; malformed entries are skipped. The state keeps them
 * until a `pace-` key changes: every profile view and popup asks, and reading and merging all of
 * sync storage each time cost ~1 ms with a year of data.
 */
export async function readSyncedCounters(): Promise<DeviceCounters> {
  const all = await browser.storage.sync.get(null);
  let counters: DeviceCounters = {};
  for (const [key, value] of Object.entries(all)) {
    if (!isPaceKey(key) || !isCounters(value)) continue;
    counters = mergeCounters(counters, value);
  }
  return counters;
}

function isCounters(value: unknown): value is DeviceCounters {
  if (!value || typeof value !== 'object') return false;
  return Object.values(value).every(
    (days) =>
      days &&
      typeof days === 'object' &&
      Object.values(days).every(
        (counts) =>
          counts &&
          typeof counts === 'object' &&
          Object.values(counts).every((n) => Number.isInteger(n) && (n as number) >= 0),
      ),
  );
}
