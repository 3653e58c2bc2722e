/** The same LinkedIn account used from two browsers adds up through storage.sync, never overwrites. */
import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { paceKey, pushCounters, readSyncedCounters } from '../../lib/background/pace-sync';
import { addEvent, emptyLedger, type Ledger } from '../../lib/pace/ledger';
import { paceSummary } from '../../lib/pace/pace-summary';
import type { SendKind } from '../../lib/pace/types';
import { testState } from '../helpers/background';

const NOW = Date.UTC(2026, 10, 21, 15);

function device(name: string, sends: [SendKind, number][]): Ledger {
  let ledger = emptyLedger(name, `salt-${name}`);
  sends.forEach(([kind, hoursAgo], i) => {
    ledger = addEvent(ledger, {
      id: `${name}-${i}-abcdefgh`,
      kind,
      at: NOW - hoursAgo * 3_600_000,
      recipient: 'r',
      device: name,
    });
  });
  return ledger;
}

describe('pace across browsers', () => {
  test('two devices’ counts add up, whatever order their writes land in', async () => {
    const laptop = device('laptop', [
      ['invite', 1],
      ['invite-note', 2],
      ['message', 3],
    ]);
    const desktop = device('desktop', [
      ['invite', 1],
      ['message', 1],
      ['message', 2],
    ]);
    await pushCounters(desktop);
    await pushCounters(laptop);
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(stored).sort()).toEqual([paceKey('desktop'), paceKey('laptop')]);

    const others = await readSyncedCounters();
    const onLaptop = paceSummary(laptop, { now: NOW, plan: 'free', timeZone: 'UTC', others });
    const onDesktop = paceSummary(desktop, { now: NOW, plan: 'free', timeZone: 'UTC', others });
    expect(onLaptop.invites.last7Days).toBe(3);
    expect(onDesktop.invites.last7Days).toBe(3);
    expect(onLaptop.messages.today).toBe(3);
    expect(onDesktop.messages.today).toBe(3);
    expect(onLaptop.notes.thisMonth).toBe(1);
  });

  test('concurrent increments on both devices lose nothing; re-pushing an older copy does not undo a newer one', async () => {
    let laptop = device('laptop', []);
    let desktop = device('desktop', []);
    for (let i = 0; i < 20; i++) {
      laptop = addEvent(laptop, {
        id: `laptop-${i}-xxxxxxxx`,
        kind: 'message',
        at: NOW - i * 60_000,
        recipient: 'r',
        device: 'laptop',
      });
      desktop = addEvent(desktop, {
        id: `desktop-${i}-xxxxxxx`,
        kind: 'message',
        at: NOW - i * 60_000,
        recipient: 'r',
        device: 'desktop',
      });
      await Promise.all([pushCounters(laptop), pushCounters(desktop)]);
    }
    const stale = device('laptop', [['message', 1]]);
    const others = await readSyncedCounters();
    expect(paceSummary(laptop, { now: NOW, plan: 'free', timeZone: 'UTC', others }).messages.today).toBe(40);
    await pushCounters(stale);
    // A stale write replaces that device's own item (each device owns its key), but merging in
    // the newer local ledger on that device still counts everything it sent.
    expect(
      paceSummary(laptop, { now: NOW, plan: 'free', timeZone: 'UTC', others: await readSyncedCounters() }).messages
        .today,
    ).toBe(40);
  });

  test('malformed synced entries are skipped', async () => {
    await fakeBrowser.storage.sync.set({ 'pace-evil': { evil: { '2026-11-21': { message: -5 } } }, 'pace-x': 'nope' });
    expect(await readSyncedCounters()).toEqual({});
  });

  test('the background keeps the merged counters until a device pushes, and reads them again after', async () => {
    const state = testState();
    const laptop = device('laptop', [['invite', 1]]);
    await pushCounters(laptop);
    const first = await state.counters();
    expect(Object.keys(first)).toEqual(['laptop']);
    expect(await state.counters()).toBe(first);
    // Another browser's push arrives through storage.sync.
    await pushCounters(device('desktop', [['message', 1]]));
    expect(Object.keys(await state.counters()).sort()).toEqual(['desktop', 'laptop']);
    // Settings changing in sync storage do not drop the copy.
    const kept = await state.counters();
    await fakeBrowser.storage.sync.set({ settings: { plan: 'free' } });
    expect(await state.counters()).toBe(kept);
  });

  test('a failed read answers no counters, and the background does not keep that', async () => {
    const state = testState();
    await pushCounters(device('laptop', [['invite', 1]]));
    const get = fakeBrowser.storage.sync.get;
    fakeBrowser.storage.sync.get = (() => Promise.reject(new Error('sync unavailable'))) as typeof get;
    try {
      expect(await state.counters()).toEqual({});
    } finally {
      fakeBrowser.storage.sync.get = get;
    }
    expect(Object.keys(await state.counters())).toEqual(['laptop']);
  });
});
