/**
 * The saved list across the user's browsers, through `storage.sync` (100 KB in all, 8 KB an item).
 * Each person is one entry, and the newest change wins (`updatedAt`); removals travel as
 * tombstones so a removed person does not come back from another browser. Only the most recently
 * changed people that fit SYNC_BUDGET are synced: the rest stay on the browser that has them.
 */
import { SAVED_REMOVED_KEY, SAVED_SYNC_PREFIX } from '../storage/keys';
import { type SavedPerson, savedListSchema } from './schema';

/** A synced part of the list, `saved-<n>` (not its removals, `saved-removed`). */
export const isSavedSyncKey = (key: string): boolean =>
  key.startsWith(SAVED_SYNC_PREFIX) && /^\d+$/.test(key.slice(SAVED_SYNC_PREFIX.length));
export const SYNC_BUDGET = 48 * 1024;
export const SYNC_ITEM_BYTES = 7800;
const MAX_ITEMS = Math.floor(SYNC_BUDGET / SYNC_ITEM_BYTES);
export const MAX_TOMBSTONES = 300;

export type Tombstones = Record<string, number>;

/** Merges two lists: per person, the newer change wins; a tombstone newer than a change removes it. */
export function mergeSaved(a: readonly SavedPerson[], b: readonly SavedPerson[], removed: Tombstones): SavedPerson[] {
  const byKey = new Map<string, SavedPerson>();
  for (const person of [...a, ...b]) {
    const known = byKey.get(person.key);
    if (!known || person.updatedAt > known.updatedAt) byKey.set(person.key, person);
  }
  // Own properties only: a vanity name such as "constructor" must not find Object's.
  return [...byKey.values()].filter((p) => (Object.hasOwn(removed, p.key) ? (removed[p.key] ?? -1) : -1) < p.updatedAt);
}

export function mergeTombstones(a: Tombstones, b: Tombstones): Tombstones {
  const out: Tombstones = Object.assign(Object.create(null) as Tombstones, a);
  for (const [key, at] of Object.entries(b)) out[key] = Math.max(Object.hasOwn(out, key) ? (out[key] ?? 0) : 0, at);
  const newest = Object.entries(out)
    .sort((x, y) => y[1] - x[1])
    .slice(0, MAX_TOMBSTONES);
  return Object.assign(Object.create(null) as Tombstones, Object.fromEntries(newest));
}

const bytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

/** The sync items for a list: newest changes first, as many as fit. */
export function syncItems(list: readonly SavedPerson[]): { items: Record<string, SavedPerson[]>; synced: number } {
  const newest = [...list].sort((x, y) => y.updatedAt - x.updatedAt);
  const items: Record<string, SavedPerson[]> = {};
  let index = 0;
  let current: SavedPerson[] = [];
  let synced = 0;
  for (const person of newest) {
    if (bytes(`${SAVED_SYNC_PREFIX}${index}`, [...current, person]) > SYNC_ITEM_BYTES) {
      items[`${SAVED_SYNC_PREFIX}${index}`] = current;
      index++;
      current = [];
      if (index >= MAX_ITEMS) break;
    }
    current.push(person);
    synced++;
  }
  if (index < MAX_ITEMS && current.length > 0) items[`${SAVED_SYNC_PREFIX}${index}`] = current;
  return { items, synced };
}

/** Everything synced, read back; malformed items are ignored. */
export function readSynced(all: Record<string, unknown>): { people: SavedPerson[]; removed: Tombstones } {
  const people: SavedPerson[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!isSavedSyncKey(key)) continue;
    const parsed = savedListSchema.safeParse(value);
    if (parsed.success) people.push(...parsed.data);
  }
  const raw = all[SAVED_REMOVED_KEY];
  const removed: Tombstones = Object.create(null);
  if (raw && typeof raw === 'object') {
    for (const [key, at] of Object.entries(raw)) if (typeof at === 'number' && Number.isFinite(at)) removed[key] = at;
  }
  return { people, removed };
}
