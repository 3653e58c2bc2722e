/**
 * The saved list in `storage.local`, written only here, and the toolbar badge's count of due
 * follow-ups (set without a tab id, so it shows wherever no profile verdict overrides it).
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { dueCount, removePerson, type SaveResult, upsertPerson } from '../saved/list';
import { type SavedPerson, savedListSchema } from '../saved/schema';

export const savedItem = storage.defineItem<SavedPerson[]>('local:saved-people', { fallback: [], version: 1 });

let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

export async function loadSaved(): Promise<SavedPerson[]> {
  const parsed = savedListSchema.safeParse(await savedItem.getValue());
  return parsed.success ? parsed.data : [];
}

export async function showDueCount(now: number): Promise<void> {
  const due = dueCount(await loadSaved(), now);
  await Promise.all([
    browser.action.setBadgeText({ text: due > 0 ? String(due) : '' }),
    browser.action.setTitle({ title: due > 0 ? `LockLens: ${due} follow-up${due === 1 ? '' : 's'} due` : 'LockLens' }),
  ]).catch(() => {});
}

export function savePerson(person: SavedPerson, now: number): Promise<SaveResult> {
  return serialized(async () => {
    const result = upsertPerson(await loadSaved(), person);
    if (result.ok) await savedItem.setValue(result.list);
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
    const next = change.remove
      ? removePerson(list, key)
      : list.map((p) =>
          p.key === key
            ? {
                ...p,
                ...(change.done === undefined ? {} : { done: change.done }),
                ...(change.followUpAt === undefined ? {} : { followUpAt: change.followUpAt }),
                updatedAt: now,
              }
            : p,
        );
    await savedItem.setValue(next);
    await showDueCount(now);
  });
}

export function replaceSaved(list: SavedPerson[]): Promise<void> {
  return serialized(() => savedItem.setValue(list));
}
