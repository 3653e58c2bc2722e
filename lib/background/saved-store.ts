/**
 * The saved list in `storage.local`, written only here, and the toolbar badge's count of due
 * follow-ups (set without a tab id, so it shows wherever no profile verdict overrides it). Its
 * newest part is synced for the user's other browsers (lib/saved/sync.ts).
 */
import { browser } from 'wxt/browser';
import { formatMessage } from '../messages/format';
import { MAX_SAVED } from '../saved/bounds';
import { dueCount, removePerson, type SaveResult, upsertPerson } from '../saved/list';
import { type SavedPerson, savedListSchema, savedPersonSchema } from '../saved/schema';
import { isSavedSyncKey, mergeSaved, mergeTombstones, readSynced, syncItems, type Tombstones } from '../saved/sync';
import { savedBackupItem, savedItem, savedRemovedItem } from '../storage/items';
import { SAVED_REMOVED_KEY } from '../storage/keys';
import { reportProblem } from '../storage/problems';
import { cachedRead } from './cached-read';
import { serialQueue } from './serial-queue';

export interface SavedStore {
  /** The list, parsed once and kept until it changes (callers never change it in place). */
  load(): Promise<SavedPerson[]>;
  save(person: SavedPerson, now: number): Promise<SaveResult>;
  update(
    key: string,
    change: { done?: boolean; followUpAt?: number | null; remove?: boolean },
    now: number,
  ): Promise<void>;
  /** Replaces the whole list (import, reset). */
  replace(list: SavedPerson[]): Promise<void>;
  /** Takes in what the user's other browsers synced (newest change per person wins). */
  pullSynced(now: number): Promise<void>;
  showDueCount(now: number): Promise<void>;
  /** Storage changed behind this store: read it again next time. */
  forget(): void;
}

/** The stored list; a damaged one keeps every entry that still validates (and says so). */
async function readSaved(): Promise<SavedPerson[]> {
  const raw: unknown = await savedItem.getValue();
  const parsed = savedListSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const entries = Array.isArray(raw) ? raw : [];
  const valid = entries.filter((p) => savedPersonSchema.safeParse(p).success).slice(0, MAX_SAVED) as SavedPerson[];
  await savedBackupItem.setValue(raw).catch(() => {});
  await reportProblem('saved-recovered', `${valid.length}/${entries.length}`);
  return valid;
}

/**
 * `written` runs after each write of the list, before it is acknowledged (the state drops what it
 * computed from the list, the popup's snapshot among it).
 */
export function savedStore({ written = async () => {} }: { written?: () => Promise<void> } = {}): SavedStore {
  const serialized = serialQueue();
  // Validating 2,000 people takes milliseconds: every profile view and every popup reads it.
  const list = cachedRead(readSaved);
  // A failed read is not kept: the next call reads again.
  const load = () => list.get().catch((): SavedPerson[] => []);

  /** Writes the list and keeps it as the one `load` answers with. */
  async function write(next: SavedPerson[]): Promise<void> {
    await savedItem.setValue(next);
    await written();
    list.keep(next);
  }

  async function showDueCount(now: number): Promise<void> {
    const due = dueCount(await load(), now);
    await Promise.all([
      browser.action.setBadgeText({ text: due > 0 ? String(due) : '' }),
      browser.action.setTitle({
        title: due > 0 ? formatMessage({ key: 'ui.toolbar.follow-ups-due', params: { count: due } }) : 'LockLens',
      }),
    ]).catch(() => {});
  }

  /** Writes the list here, and the newest part of it (with removals) to sync for the user's other browsers. */
  async function store(next: SavedPerson[], removed?: Tombstones): Promise<void> {
    await write(next);
    if (removed) await savedRemovedItem.setValue(removed);
    const { items } = syncItems(next);
    const stale = Object.keys(await browser.storage.sync.get(null).catch(() => ({}))).filter(
      (key) => isSavedSyncKey(key) && !(key in items),
    );
    await browser.storage.sync
      .set({ ...items, [SAVED_REMOVED_KEY]: removed ?? (await savedRemovedItem.getValue()) })
      .then(() => (stale.length ? browser.storage.sync.remove(stale) : undefined))
      // Over quota: the list stays complete on this browser; sync catches up on the next change.
      .catch(() => {});
  }

  return {
    load,
    showDueCount,
    forget: list.forget,
    pullSynced: (now) =>
      serialized(async () => {
        const synced = readSynced(await browser.storage.sync.get(null).catch(() => ({})));
        const removed = mergeTombstones(await savedRemovedItem.getValue(), synced.removed);
        const local = await load();
        const merged = mergeSaved(local, synced.people, removed).slice(0, MAX_SAVED);
        // Most pulls (one runs each time the worker starts) bring nothing new: no write, and the
        // popup's snapshot stays.
        if (JSON.stringify(merged) !== JSON.stringify(local)) await write(merged);
        await savedRemovedItem.setValue(removed);
        await showDueCount(now);
      }),
    save: (person, now) =>
      serialized(async () => {
        const result = upsertPerson(await load(), person);
        if (result.ok) await store(result.list);
        await showDueCount(now);
        return result;
      }),
    update: (key, change, now) =>
      serialized(async () => {
        const people = await load();
        if (change.remove) {
          const removed = mergeTombstones(await savedRemovedItem.getValue(), { [key]: now });
          await store(removePerson(people, key), removed);
        } else {
          const { done, followUpAt } = change;
          await store(
            people.map((p) =>
              p.key === key
                ? {
                    ...p,
                    ...(done === undefined ? {} : { done }),
                    ...(followUpAt === undefined ? {} : { followUpAt }),
                    updatedAt: now,
                  }
                : p,
            ),
          );
        }
        await showDueCount(now);
      }),
    replace: (next) => serialized(() => store(next)),
  };
}
