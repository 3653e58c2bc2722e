/**
 * Send counts per device, day and kind, for syncing the pace across the user's browsers later.
 * Each device only ever raises its own counts (a grow-only counter), so merging two copies is a
 * per-entry max: commutative, associative and idempotent, whatever order sync delivers them in.
 * Pure data; the background decides where it is stored (storage.sync allows 8 KB per item).
 */
import type { Ledger } from './ledger';
import { SEND_KINDS, type SendKind } from './types';
import { dayKey, isDayKey, localTimeZone } from './windows';

export type KindCounts = Partial<Record<SendKind, number>>;
export type DeviceCounters = Record<string, Record<string, KindCounts>>;

/** storage.sync's limit for one item (chrome.storage.sync.QUOTA_BYTES_PER_ITEM: key plus JSON value). */
export const SYNC_ITEM_BYTES = 8192;

const KINDS: readonly string[] = SEND_KINDS;
const isKind = (kind: string): kind is SendKind => KINDS.includes(kind);
const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
/** Keys that would reach the object's prototype instead of becoming entries. */
const safeKey = (key: string) => key !== '__proto__';

/**
 * This ledger's counts per day (in `timeZone`) and kind: detail sends by their own device,
 * compacted day counts by the ledger's device (they carry no device). Grows as the ledger does:
 * compaction moves a send from the detail to its day count without changing the total.
 */
export function countersFromLedger(ledger: Ledger, timeZone: string = localTimeZone()): DeviceCounters {
  const out: DeviceCounters = {};
  const bump = (device: string, day: string, kind: SendKind, by: number) => {
    if (!safeKey(device)) return;
    const days = out[device] ?? {};
    const counts = days[day] ?? {};
    counts[kind] = (counts[kind] ?? 0) + by;
    days[day] = counts;
    out[device] = days;
  };
  for (const [day, counts] of Object.entries(ledger.days)) {
    for (const kind of SEND_KINDS) {
      const n = counts[kind];
      if (isCount(n) && n > 0) bump(ledger.device, day, kind, n);
    }
  }
  for (const e of ledger.events) bump(e.device, dayKey(e.at, timeZone), e.kind, 1);
  return out;
}

/**
 * Per (device, day, kind) max of the two. Keeps every device and day either side has, even empty
 * ones (so merging a copy with itself returns an equal copy); ignores malformed entries.
 */
export function mergeCounters(a: DeviceCounters, b: DeviceCounters): DeviceCounters {
  const out: DeviceCounters = {};
  for (const side of [a, b]) {
    for (const [device, days] of Object.entries(side)) {
      if (!safeKey(device) || typeof days !== 'object' || days === null) continue;
      const mergedDays = out[device] ?? {};
      for (const [day, counts] of Object.entries(days)) {
        if (!isDayKey(day) || typeof counts !== 'object' || counts === null) continue;
        const merged = mergedDays[day] ?? {};
        for (const [kind, n] of Object.entries(counts)) {
          if (!isKind(kind) || !isCount(n)) continue;
          merged[kind] = Math.max(merged[kind] ?? 0, n);
        }
        mergedDays[day] = merged;
      }
      out[device] = mergedDays;
    }
  }
  return out;
}

/** Sends of a kind on a day, summed over devices. */
export function totalForDay(counters: DeviceCounters, day: string, kind: SendKind): number {
  let total = 0;
  for (const days of Object.values(counters)) {
    const n = days[day]?.[kind];
    if (isCount(n)) total += n;
  }
  return total;
}

/** Drops days before `keepFromDay` ('YYYY-MM-DD'), and devices left with no day. */
export function pruneCounters(counters: DeviceCounters, keepFromDay: string): DeviceCounters {
  const out: DeviceCounters = {};
  for (const [device, days] of Object.entries(counters)) {
    if (!safeKey(device)) continue;
    const kept: Record<string, KindCounts> = {};
    for (const [day, counts] of Object.entries(days)) if (day >= keepFromDay) kept[day] = { ...counts };
    if (Object.keys(kept).length > 0) out[device] = kept;
  }
  return out;
}

/** Bytes storage.sync charges for an item: its key plus its JSON value, in UTF-8. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/**
 * The newest days that fit in `maxBytes` as one storage.sync item under `key`: drops the oldest
 * days (across all devices) until it fits. Day keys sort as dates, so the cut is a plain string compare.
 */
export function pruneCountersToFit(counters: DeviceCounters, key: string, maxBytes = SYNC_ITEM_BYTES): DeviceCounters {
  const days = [...new Set(Object.values(counters).flatMap((d) => Object.keys(d)))].sort();
  let pruned = pruneCounters(counters, '');
  for (const day of days) {
    if (syncItemBytes(key, pruned) <= maxBytes) break;
    pruned = pruneCounters(pruned, `${day}\u0000`);
  }
  return pruned;
}

/** Sends of `kinds` on `days`, summed over every device but `excludeDevice` (whose own ledger counts it). */
export function countOnDays(
  counters: DeviceCounters,
  excludeDevice: string,
  days: readonly string[],
  kinds: readonly SendKind[],
): number {
  let total = 0;
  for (const [device, byDay] of Object.entries(counters)) {
    if (device === excludeDevice) continue;
    for (const day of days) {
      const counts = byDay[day];
      if (counts) for (const kind of kinds) total += counts[kind] ?? 0;
    }
  }
  return total;
}
