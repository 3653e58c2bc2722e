/**
 * The ledger in storage.local as a head and bounded records: the move from version 1 (one item)
 * on a year of data, cut short at every write; damaged and missing records; removals cut short;
 * what a send hands to storage.onChanged with a year of data behind it.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ledgerStore } from '../../lib/background/ledger-store';
import { addEvent, compact, emptyLedger, type Ledger } from '../../lib/pace/ledger';
import { isLedgerKey, LEDGER_KEY } from '../../lib/pace/ledger-layout';
import { DAY_MS } from '../../lib/pace/windows';
import { LEDGER_BACKUP_KEY } from '../../lib/storage/keys';
import { loadProblems } from '../../lib/storage/problems';
import { heavyUse, yearOfHeavyUse } from '../helpers/year-of-heavy-use';

const FIRST_MORNING = Date.parse('2026-01-01T08:00:00+01:00');
let year: Ledger | undefined;
/** Compacted in the runtime's zone, as the background would have kept it. Built once. */
const yearLedger = () => {
  year ??= yearOfHeavyUse({ firstMorning: FIRST_MORNING }).ledger;
  return year;
};
const local = fakeBrowser.storage.local;
const bytes = (value: unknown) => (value === null || value === undefined ? 0 : JSON.stringify(value).length);

async function ledgerKeys(): Promise<string[]> {
  return Object.keys(await local.get(null))
    .filter(isLedgerKey)
    .sort();
}

/** Stored the way every LockLens before the split kept it: the whole ledger under `ledger`. */
const storeVersion1 = (ledger: Ledger) => local.set({ [LEDGER_KEY]: ledger });

/** The worker's store of the ledger; a new one each test (a new worker). */
let store = ledgerStore();

/** A worker stopped and started again: nothing in memory. */
function restart(): void {
  vi.restoreAllMocks();
  store = ledgerStore();
}

beforeEach(() => {
  store = ledgerStore();
  // No timer runs in these tests (the state pushes counters to storage.sync a few seconds after a send).
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('from version 1 (the whole ledger in one item)', () => {
  test('a year of data is read as it was and stored as a head and small records', async () => {
    await storeVersion1(yearLedger());
    expect(await store.load()).toEqual(yearLedger());
    const stored = await local.get(null);
    expect((stored[LEDGER_KEY] as { v: number }).v).toBe(2);
    const keys = await ledgerKeys();
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) expect(bytes(stored[key])).toBeLessThan(10_000);
    // The next worker reads it without writing anything.
    restart();
    const set = vi.spyOn(local, 'set');
    expect(await store.load()).toEqual(yearLedger());
    expect(set).not.toHaveBeenCalled();
  });

  /** How many `set` calls the move makes: records in groups, then the head. */
  async function setsOfTheMove(): Promise<number> {
    await storeVersion1(yearLedger());
    const set = vi.spyOn(local, 'set');
    await store.load();
    const calls = set.mock.calls.length;
    restart();
    fakeBrowser.reset();
    return calls;
  }

  describe.each([
    ['after it is made', 'after'],
    ['before it is made', 'before'],
    ['halfway through it', 'half'],
  ] as const)('cut short by the worker stopping %s', (_label, when) => {
    test.each([
      ['the first write', (_sets: number) => 0],
      ['a write in the middle', (sets: number) => Math.floor(sets / 2)],
      ['the last write (the head)', (sets: number) => sets - 1],
    ])('%s: the old ledger stays whole, and the next start finishes the move', async (_which, pick) => {
      const sets = await setsOfTheMove();
      expect(sets).toBeGreaterThan(2);
      const cut = pick(sets);
      const ledger = yearLedger();
      await storeVersion1(ledger);
      const set = local.set.bind(local);
      let calls = 0;
      vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
        if (calls++ !== cut) return set(items);
        const entries = Object.entries(items);
        if (when === 'after') await set(items);
        if (when === 'half') await set(Object.fromEntries(entries.slice(0, Math.ceil(entries.length / 2))));
        throw new Error('the worker stopped');
      });
      await expect(store.load()).rejects.toThrow('the worker stopped');
      restart();
      expect(await store.load()).toEqual(ledger);
      // Stored whole once, nothing left over: the head and the records it lists.
      const stored = await local.get(null);
      const head = stored[LEDGER_KEY] as { v: number; records: string[] };
      expect(head.v).toBe(2);
      expect(await ledgerKeys()).toEqual([LEDGER_KEY, ...head.records].sort());
      restart();
      expect(await store.load()).toEqual(ledger);
    });
  });
});

describe('damaged records', () => {
  test('a missing record: the rest is kept, the original set aside, and the loss said', async () => {
    await storeVersion1(yearLedger());
    await store.load();
    const head = (await local.get(LEDGER_KEY))[LEDGER_KEY] as { records: string[] };
    const lost = head.records[0] as string;
    const lostSends = ((await local.get(lost))[lost] as { events: unknown[] }).events.length;
    await local.remove(lost);
    restart();
    const ledger = await store.load();
    expect(ledger.events).toHaveLength(yearLedger().events.length - lostSends);
    expect(ledger.days).toEqual(yearLedger().days);
    expect(ledger.salt).toBe(yearLedger().salt);
    const backup = (await local.get('ledger-backup'))['ledger-backup'] as { head: unknown; records: object };
    expect(backup.head).toEqual(head);
    expect(Object.keys(backup.records)).toHaveLength(head.records.length - 1);
    expect((await loadProblems()).map((p) => [p.kind, p.detail])).toEqual([
      ['ledger-recovered', `${ledger.events.length}/?`],
    ]);
    // Stored anew: the damaged records are gone, and the next start reads it whole.
    const now = (await local.get(LEDGER_KEY))[LEDGER_KEY] as { records: string[] };
    expect(await ledgerKeys()).toEqual([LEDGER_KEY, ...now.records].sort());
    restart();
    expect(await store.load()).toEqual(ledger);
  });

  test('a send that no longer validates is dropped, every other one kept', async () => {
    let ledger = emptyLedger('dev', 'salt');
    for (let i = 0; i < 20; i++) {
      ledger = addEvent(ledger, {
        id: `s-${i}`,
        kind: 'message',
        at: FIRST_MORNING + i,
        recipient: 'r',
        device: 'dev',
      });
    }
    await store.replace(ledger);
    const key = ((await local.get(LEDGER_KEY))[LEDGER_KEY] as { records: string[] }).records[1] as string;
    const record = (await local.get(key))[key] as { events: Record<string, unknown>[] };
    (record.events[0] as Record<string, unknown>).kind = 'spam';
    await local.set({ [key]: record });
    restart();
    expect((await store.load()).events.map((e) => e.id)).toEqual(
      ledger.events.map((e) => e.id).filter((id) => id !== record.events[0]?.id),
    );
    expect((await loadProblems()).map((p) => [p.kind, p.detail])).toEqual([['ledger-recovered', '19/20']]);
  });
});

describe('sends', () => {
  test('a removal cut short is finished later; nothing is read twice meanwhile', async () => {
    let ledger = emptyLedger('dev', 'salt');
    const start = Date.parse('2026-03-02T09:00:00Z');
    for (let i = 0; i < 40; i++) {
      ledger = addEvent(ledger, {
        id: `s-${i}`,
        kind: 'message',
        at: start + i * 3_600_000,
        recipient: 'r',
        device: 'dev',
      });
    }
    await store.replace(ledger);
    // Sixty days later the sends are compacted: their records go, and the removal fails.
    vi.spyOn(local, 'remove').mockRejectedValueOnce(new Error('the worker stopped'));
    await store.recordSend(
      { id: 'late', kind: 'message', at: start + 60 * DAY_MS, recipient: 'r' },
      start + 60 * DAY_MS,
    );
    const head = (await local.get(LEDGER_KEY))[LEDGER_KEY] as { records: string[]; removing: string[] };
    expect(head.removing.length).toBeGreaterThan(0);
    expect((await ledgerKeys()).length).toBeGreaterThan(head.records.length + 1);
    restart();
    const read = await store.load();
    expect(read.events.map((e) => e.id)).toEqual(['late']);
    expect(Object.values(read.days).reduce((sum, day) => sum + (day.message ?? 0), 0)).toBe(40);
    expect(await ledgerKeys()).toEqual([LEDGER_KEY, ...head.records].sort());
  });

  test('with a year of data, a day of sends each hands storage.onChanged under 50 kB at a time', async () => {
    const { steps } = heavyUse({ firstMorning: FIRST_MORNING }, 366);
    await storeVersion1(yearLedger());
    await store.load();
    const deliveries: number[] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => {
      const values = Object.values(changes as Record<string, { oldValue?: unknown; newValue?: unknown }>);
      deliveries.push(values.reduce((sum, change) => sum + bytes(change.oldValue) + bytes(change.newValue), 0));
    });
    let expected = yearLedger();
    for (const step of steps) {
      if (step.day < 365 || !('send' in step)) continue;
      const { device: _device, ...send } = step.send;
      await store.recordSend(send, send.at);
      expected = compact(addEvent(expected, step.send), send.at);
    }
    expect(deliveries.length).toBeGreaterThanOrEqual(65);
    expect(Math.max(...deliveries)).toBeLessThan(50_000);
    // Version 1 handed over the whole ledger twice on every send.
    expect(bytes(yearLedger()) * 2).toBeGreaterThan(1_000_000);
    restart();
    expect(await store.load()).toEqual(expected);
  });

  test('an import cut short leaves the ledger as it was', async () => {
    await storeVersion1(yearLedger());
    await store.load();
    const other = addEvent(emptyLedger('dev-2', 'salt-2'), {
      id: 'x',
      kind: 'invite',
      at: FIRST_MORNING,
      recipient: 'r',
      device: 'dev-2',
    });
    vi.spyOn(local, 'set').mockRejectedValueOnce(new Error('the worker stopped'));
    await expect(store.replace(other)).rejects.toThrow();
    restart();
    expect(await store.load()).toEqual(yearLedger());
    await store.replace(other);
    restart();
    expect(await store.load()).toEqual(other);
    expect(await ledgerKeys()).toHaveLength(2);
  });

  test('reset removes the head and every record', async () => {
    await storeVersion1(yearLedger());
    await store.load();
    await store.clear();
    expect(await ledgerKeys()).toEqual([]);
  });

  test('reset also removes records no head lists (a write cut short) and the set-aside copy', async () => {
    await store.replace(yearLedger());
    await local.set({ 'ledger:9999': { events: [] }, [LEDGER_BACKUP_KEY]: { note: 'damaged' } });
    await store.clear();
    expect(await ledgerKeys()).toEqual([]);
    expect(await local.get(LEDGER_BACKUP_KEY)).toEqual({});
  });
});
