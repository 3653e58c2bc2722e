/**
 * The saved list in `storage.local`, written only here, and the toolbar badge's count of due
 * follow-ups (set without a tab id, so it shows wherever no profile verdict overrides it).
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { MAX_SAVED } from '../saved/limits';
import { dueCount, removePerson, type SaveResult, upsertPerson } from '../saved/list';
import { type SavedPerson, savedListSchema, savedPersonSchema } from '../saved/schema';
import { mergeSaved, mergeTombstones, readSynced, syncItems, TOMBSTONES_KEY, type Tombstones } from '../saved/sync';
import { serialQueue } from '../serial-queue';
import { reportProblem } from '../storage-health';
import { cachedRead } from './cached-read';
import { popupInputsChanged } from './popup-snapshot-keeper';

const SAVED_KEY = 'saved-people';
export const savedItem = storage.defineItem<SavedPerson[]>(`local:${SAVED_KEY}`, { fallback: [], version: 1 });
const removedItem = storage.defineItem<Tombstones>('local:saved-removed', { fallback: {} });

const serialized = serialQueue();

/**
 * The saved list, parsed once and kept until it changes: every profile view and every popup reads
 * it, and validating 2,000 people took ~3.5 ms in Node alone (2026-12-05). This worker is its only
 * writer and keeps what it writes; `onChanged` covers any other. Callers never change the list in
 * place.
 */
const savedList = cachedRead('local', (key) => key === SAVED_KEY, readSaved);

export function loadSaved(): Promise<SavedPerson[]> {
  // A failed read is not kept: the next call reads again.
  return savedList.get().catch(() => []);
}

/** Writes the list and keeps it as the one `loadSaved` answers with. */
async function writeSaved(list: SavedPerson[]): Promise<void> {
  await savedItem.setValue(list);
  savedList.keep(list);
}

/** The stored list; a damaged one keeps every entry that still validates (and says so). */
async function readSaved(): Promise<SavedPerson[]> {
  const raw: unknown = await savedItem.getValue();
  const parsed = savedListSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const entries = Array.isArray(raw) ? raw : [];
  const valid = entries.filter((p) => savedPersonSchema.safeParse(p).success).slice(0, MAX_SAVED) as SavedPerson[];
  await browser.storage.local.set({ 'saved-backup': raw }).catch(() => {});
  await reportProblem('saved-recovered', `${valid.length}/${entries.length}`);
  return valid;
}

export async function showDueCount(now: number): Promise<void> {
  const due = dueCount(await loadSaved(), now);
  await Promise.all([
    browser.action.setBadgeText({ text: due > 0 ? String(due) : '' }),
    browser.action.setTitle({ title: due > 0 ? `LockLens: ${due} follow-up${due === 1 ? '' : 's'} due` : 'LockLens' }),
  ]).catch(() => {});
}

/** Writes the list here, and the newest part of it (with removals) to sync for the user's other browsers. */
async function store(list: SavedPerson[], removed?: Tombstones): Promise<void> {
  await writeSaved(list);
  await popupInputsChanged();
  if (removed) await removedItem.setValue(removed);
  const { items } = syncItems(list);
  const stale = Object.keys(await browser.storage.sync.get(null).catch(() => ({}))).filter(
    (key) => /^saved-\d+$/.test(key) && !(key in items),
  );
  await browser.storage.sync
    .set({ ...items, [TOMBSTONES_KEY]: removed ?? (await removedItem.getValue()) })
    .then(() => (stale.length ? browser.storage.sync.remove(stale) : undefined))
    // Over quota: the list stays complete on this browser; sync catches up on the next change.
    .catch(() => {});
}

/** Takes in what the user's other browsers synced (newest change per person wins). */
export function pullSynced(now: number): Promise<void> {
  return serialized(async () => {
    const synced = readSynced(await browser.storage.sync.get(null).catch(() => ({})));
    const removed = mergeTombstones(await removedItem.getValue(), synced.removed);
    const local = await loadSaved();
    const merged = mergeSaved(local, synced.people, removed).slice(0, 2000);
    // Most pulls (one runs each time the worker starts) bring nothing new: no write, and the
    // popup's snapshot stays.
    if (JSON.stringify(merged) !== JSON.stringify(local)) {
      await writeSaved(merged);
      await popupInputsChanged();
    }
    await removedItem.setValue(removed);
    await showDueCount(now);
  });
}

export function savePerson(person: SavedPerson, now: number): Promise<SaveResult> {
  return serialized(async () => {
    const result = upsertPerson(await loadSaved(), person);
    if (result.ok) await store(result.list);
    await showDueCount(now);
    return result;
  });
}

export function updatePerson(
  key: string,
  change: { done?: boolean; followUpAt?: number | null; remove?: boolean },
  now: number,
): Promise<void> {
  return serialized(async () => {
    const list = await loadSaved();
    if (change.remove) {
      const removed = mergeTombstones(await removedItem.getValue(), { [key]: now });
      await store(removePerson(list, key), removed);
      await showDueCount(now);
      return;
    }
    const next = list.map((p) =>
      p.key === key
        ? {
            ...p,
            ...(change.done === undefined ? {} : { done: change.done }),
            ...(change.followUpAt === undefined ? {} : { followUpAt: change.followUpAt }),
            updatedAt: now,
          }
        : p,
    );
    await store(next);
    await showDueCount(now);
  });
}

export function replaceSaved(list: SavedPerson[]): Promise<void> {
  return serialized(() => store(list));
}
