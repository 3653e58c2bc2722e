import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { savedStore } from '../lib/background/saved-store';
import type { SavedPerson } from '../lib/saved/schema';
import { mergeSaved, readSynced, SYNC_BUDGET, SYNC_ITEM_BYTES, syncItems } from '../lib/saved/sync';

const NOW = Date.UTC(2026, 10, 21);

function person(key: string, updatedAt: number, note = ''): SavedPerson {
  return {
    key,
    url: `https://www.linkedin.com/in/${key}/`,
    name: key,
    savedAt: NOW - 1000,
    updatedAt,
    verdict: { messaging: 'locked', degree: '2nd', pending: false, topCause: 'not-connected' },
    step: 'connect-with-note',
    note,
    followUpAt: null,
    done: false,
  };
}

describe('merging saved lists across browsers', () => {
  test('per person, the newer change wins; a newer removal wins over an older change', () => {
    const here = [person('ana', 10, 'here'), person('bo', 5)];
    const there = [person('ana', 20, 'there'), person('cy', 7)];
    const merged = mergeSaved(here, there, { bo: 6, cy: 3 });
    expect(merged.map((p) => [p.key, p.note])).toEqual([
      ['ana', 'there'],
      ['cy', ''],
    ]);
    expect(mergeSaved(there, here, { bo: 6, cy: 3 })).toEqual(merged);
  });

  test('syncs the newest people that fit, in items under the per-item quota', () => {
    const many = Array.from({ length: 2000 }, (_, i) => person(`person-${i}`, i, 'a note of some length'.repeat(3)));
    const { items, synced } = syncItems(many);
    const sizes = Object.entries(items).map(([k, v]) => new TextEncoder().encode(k + JSON.stringify(v)).length);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(SYNC_BUDGET);
    expect(synced).toBeGreaterThan(50);
    expect(synced).toBeLessThan(2000);
    expect(readSynced(items).people[0]?.key).toBe('person-1999');
    console.info(`saved list: ${synced} of 2000 people fit the ${SYNC_BUDGET / 1024} KB sync budget`);
  });
});

describe('the background’s saved store', () => {
  /** A worker's store of the list (a new worker each test). */
  let store = savedStore();
  beforeEach(() => {
    store = savedStore();
  });

  test('a person saved on another browser arrives; a removal there removes it here', async () => {
    await store.save(person('local-one', NOW), NOW);
    await fakeBrowser.storage.sync.set({ 'saved-3': [person('from-laptop', NOW + 5)] });
    await store.pullSynced(NOW + 10);
    expect((await store.load()).map((p) => p.key).sort()).toEqual(['from-laptop', 'local-one']);

    await fakeBrowser.storage.sync.set({ 'saved-removed': { 'from-laptop': NOW + 20 } });
    await store.pullSynced(NOW + 30);
    expect((await store.load()).map((p) => p.key)).toEqual(['local-one']);
  });

  test('saving writes the list to sync; removing leaves a tombstone there', async () => {
    await store.save(person('dana', NOW), NOW);
    expect(readSynced(await fakeBrowser.storage.sync.get(null)).people.map((p) => p.key)).toEqual(['dana']);
    await store.update('dana', { remove: true }, NOW + 1);
    const synced = readSynced(await fakeBrowser.storage.sync.get(null));
    expect(synced.people).toEqual([]);
    expect(synced.removed).toEqual({ dana: NOW + 1 });
  });

  test('malformed synced items are ignored', async () => {
    await fakeBrowser.storage.sync.set({
      'saved-0': [{ key: 'x' }],
      'saved-1': 'nope',
      'saved-removed': { a: 'later' },
    });
    await store.pullSynced(NOW);
    expect(await store.load()).toEqual([]);
  });
});
