/** Per-device grow-only counters: merge laws (fast-check), totals, pruning, storage.sync size. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  countersFromLedger,
  type DeviceCounters,
  mergeCounters,
  pruneCounters,
  pruneCountersToFit,
  SYNC_ITEM_BYTES,
  syncItemBytes,
  totalForDay,
} from '../../lib/pace/device-counters';
import { addEvent, compact, emptyLedger, type Ledger } from '../../lib/pace/ledger';
import { SEND_KINDS, type SendEvent, type SendKind } from '../../lib/pace/types';
import { addDays, DAY_MS } from '../../lib/pace/windows';

const ZONE = 'America/New_York';
const T0 = Date.parse('2026-05-04T09:00:00-04:00');

const send = (id: string, at: number, kind: SendKind, device = 'dev-a'): SendEvent => ({
  id,
  kind,
  at,
  recipient: 'r',
  device,
});

const DAYS = ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04'];
const countsArb = fc.record(
  Object.fromEntries(SEND_KINDS.map((kind) => [kind, fc.nat(200)])) as Record<SendKind, fc.Arbitrary<number>>,
  { requiredKeys: [] },
);
const countersArb: fc.Arbitrary<DeviceCounters> = fc.dictionary(
  fc.constantFrom('dev-a', 'dev-b', 'dev-c'),
  fc.dictionary(fc.constantFrom(...DAYS), countsArb),
);

describe('mergeCounters: a state-based CRDT', () => {
  test('commutative', () => {
    fc.assert(
      fc.property(countersArb, countersArb, (a, b) => {
        expect(mergeCounters(a, b)).toEqual(mergeCounters(b, a));
      }),
    );
  });

  test('associative', () => {
    fc.assert(
      fc.property(countersArb, countersArb, countersArb, (a, b, c) => {
        expect(mergeCounters(mergeCounters(a, b), c)).toEqual(mergeCounters(a, mergeCounters(b, c)));
      }),
    );
  });

  test('idempotent', () => {
    fc.assert(
      fc.property(countersArb, (a) => {
        expect(mergeCounters(a, a)).toEqual(a);
      }),
    );
  });

  test('the empty counters are neutral, and a merge never loses a count', () => {
    fc.assert(
      fc.property(countersArb, countersArb, (a, b) => {
        expect(mergeCounters(a, {})).toEqual(a);
        const merged = mergeCounters(a, b);
        for (const side of [a, b]) {
          for (const [device, days] of Object.entries(side)) {
            for (const [day, counts] of Object.entries(days)) {
              for (const kind of SEND_KINDS) {
                expect(merged[device]?.[day]?.[kind] ?? 0).toBeGreaterThanOrEqual(counts[kind] ?? 0);
              }
            }
          }
        }
      }),
    );
  });

  test('ignores malformed entries and never touches the prototype', () => {
    const bad = JSON.parse(
      '{"__proto__":{"2026-05-01":{"invite":9}},"dev-a":{"yesterday":{"invite":1},"2026-05-01":' +
        '{"invite":-3,"poke":4,"message":2,"followup":"7"}}}',
    ) as DeviceCounters;
    const merged = mergeCounters(bad, {});
    expect(merged).toEqual({ 'dev-a': { '2026-05-01': { message: 2 } } });
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['2026-05-01']).toBeUndefined();
  });

  test('inputs are left alone', () => {
    const a: DeviceCounters = { 'dev-a': { '2026-05-01': { invite: 1 } } };
    const b: DeviceCounters = { 'dev-a': { '2026-05-01': { invite: 5 } } };
    mergeCounters(a, b);
    expect(a).toEqual({ 'dev-a': { '2026-05-01': { invite: 1 } } });
  });
});

describe('countersFromLedger and totalForDay', () => {
  const ledger: Ledger = [
    send('1', T0, 'invite'),
    send('2', T0 + 1000, 'invite'),
    send('3', T0 + 2000, 'message'),
    send('4', T0 + DAY_MS, 'invite'),
    send('5', T0, 'invite', 'dev-b'),
  ].reduce(addEvent, emptyLedger('dev-a', 'salt'));

  test('counts per device, day (in the zone) and kind', () => {
    expect(countersFromLedger(ledger, ZONE)).toEqual({
      'dev-a': { '2026-05-04': { invite: 2, message: 1 }, '2026-05-05': { invite: 1 } },
      'dev-b': { '2026-05-04': { invite: 1 } },
    });
  });

  test('compaction does not change the counters (they only grow)', () => {
    const before = countersFromLedger(ledger, ZONE);
    const compacted = compact(ledger, T0 + 60 * DAY_MS, undefined, ZONE);
    expect(compacted.events).toHaveLength(0);
    // Day counts carry no device: they are the ledger's own device's.
    expect(countersFromLedger(compacted, ZONE)).toEqual({
      'dev-a': { '2026-05-04': { invite: 3, message: 1 }, '2026-05-05': { invite: 1 } },
    });
    const after = countersFromLedger(addEvent(compacted, send('6', T0 + 61 * DAY_MS, 'message')), ZONE);
    expect(after['dev-a']?.['2026-05-04']?.invite).toBeGreaterThanOrEqual(before['dev-a']?.['2026-05-04']?.invite ?? 0);
  });

  test('sums devices; merging another browser’s copy adds its sends once', () => {
    const mine = countersFromLedger(ledger, ZONE);
    const theirs: DeviceCounters = { 'dev-c': { '2026-05-04': { invite: 4 } } };
    const merged = mergeCounters(mine, theirs);
    expect(totalForDay(merged, '2026-05-04', 'invite')).toBe(7);
    expect(totalForDay(mergeCounters(merged, theirs), '2026-05-04', 'invite')).toBe(7);
    expect(totalForDay(merged, '2026-05-04', 'inmail')).toBe(0);
    expect(totalForDay(merged, '2026-01-01', 'invite')).toBe(0);
  });
});

describe('pruning for storage.sync (8 KB per item)', () => {
  /** Heavy use on every kind, every day, on each device. */
  const heavy = (devices: number, days: number, lastDay = '2026-06-30'): DeviceCounters => {
    const out: DeviceCounters = {};
    for (let d = 0; d < devices; d++) {
      const perDay: DeviceCounters[string] = {};
      for (let i = 0; i < days; i++) {
        perDay[addDays(lastDay, -i)] = { 'invite-note': 14, invite: 15, message: 40, inmail: 2, followup: 8 };
      }
      out[`5c2e9a1e-7f0b-4d3c-9a57-${String(d).padStart(12, '0')}`] = perDay;
    }
    return out;
  };

  test('drops days before the first kept day, and devices left empty', () => {
    const counters: DeviceCounters = {
      'dev-a': { '2026-05-01': { invite: 1 }, '2026-05-03': { invite: 2 } },
      'dev-b': { '2026-04-30': { invite: 3 } },
    };
    expect(pruneCounters(counters, '2026-05-02')).toEqual({ 'dev-a': { '2026-05-03': { invite: 2 } } });
    expect(pruneCounters(counters, '2026-05-01')).toEqual({
      'dev-a': { '2026-05-01': { invite: 1 }, '2026-05-03': { invite: 2 } },
    });
    expect(pruneCounters(counters, '2027-01-01')).toEqual({});
  });

  test('90 days × 3 devices: size, and what fits in one item', () => {
    const counters = heavy(3, 90);
    const all = syncItemBytes('pace-counters', counters);
    const oneDevice = syncItemBytes('pace-counters', heavy(1, 90));
    const fitted = pruneCountersToFit(counters, 'pace-counters');
    const keptDays = Object.keys(Object.values(fitted)[0] ?? {}).length;
    console.info(
      `device counters, heavy use: 90 days × 3 devices = ${all} B; one device's 90 days = ${oneDevice} B; ` +
        `3 devices fit ${keptDays} days in ${SYNC_ITEM_BYTES} B`,
    );
    // One item per device holds its 90 days; one item for all three holds the newest days that fit.
    expect(oneDevice).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
    expect(all).toBeGreaterThan(SYNC_ITEM_BYTES);
    expect(syncItemBytes('pace-counters', fitted)).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
    // Enough for the invitation week, across all devices.
    expect(keptDays).toBeGreaterThanOrEqual(7);
    for (const days of Object.values(fitted)) expect(Object.keys(days).sort().at(-1)).toBe('2026-06-30');
    // Pruning from a day keeps that day and every later one.
    const month = pruneCounters(counters, addDays('2026-06-30', -30));
    expect(Object.keys(Object.values(month)[0] ?? {})).toHaveLength(31);
  });

  test('counters that already fit are kept whole', () => {
    const small = heavy(2, 10);
    expect(pruneCountersToFit(small, 'k')).toEqual(small);
  });
});
