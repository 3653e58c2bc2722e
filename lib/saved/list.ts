/** The saved list as pure data operations: bounded, one entry per profile, due follow-ups first. */

import { MAX_SAVED } from './bounds';
import { isDue } from './due';
import type { SavedPerson } from './schema';

export { isDue };

/** The saved list as the popup shows it: the first people in display order, with counts over everyone. */
export interface SavedPreview {
  people: SavedPerson[];
  total: number;
  due: number;
}

export type SaveResult = { ok: true; list: SavedPerson[] } | { ok: false; error: 'list-full' };

/** Adds or updates a person. A new person beyond MAX_SAVED is refused (nothing is dropped silently). */
export function upsertPerson(list: readonly SavedPerson[], person: SavedPerson): SaveResult {
  const index = list.findIndex((p) => p.key === person.key);
  if (index >= 0) {
    const previous = list[index] as SavedPerson;
    const next = [...list];
    next[index] = { ...person, savedAt: previous.savedAt };
    return { ok: true, list: next };
  }
  if (list.length >= MAX_SAVED) return { ok: false, error: 'list-full' };
  return { ok: true, list: [...list, person] };
}

export function removePerson(list: readonly SavedPerson[], key: string): SavedPerson[] {
  return list.filter((p) => p.key !== key);
}

export function dueCount(list: readonly SavedPerson[], now: number): number {
  return list.filter((p) => isDue(p, now)).length;
}

/** Due follow-ups first (oldest due first), then upcoming ones, then the rest newest first; done last. */
export function sortForDisplay(list: readonly SavedPerson[], now: number): SavedPerson[] {
  const rank = (p: SavedPerson) => (p.done ? 3 : isDue(p, now) ? 0 : p.followUpAt !== null ? 1 : 2);
  return [...list].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (rank(a) <= 1) return (a.followUpAt ?? 0) - (b.followUpAt ?? 0);
    return b.updatedAt - a.updatedAt;
  });
}

/** The first `shown` people in display order (all of them when `shown` is Infinity), with the counts. */
export function savedPreview(list: readonly SavedPerson[], now: number, shown: number): SavedPreview {
  return { people: sortForDisplay(list, now).slice(0, shown), total: list.length, due: dueCount(list, now) };
}

/**
 * The next moment a follow-up falls due after `now`, or null: the due count changes then, so a
 * preview kept for later (lib/popup-snapshot.ts) is exact only until that moment.
 */
export function nextFollowUpDue(list: readonly SavedPerson[], now: number): number | null {
  let next: number | null = null;
  for (const p of list) {
    if (!p.done && p.followUpAt !== null && p.followUpAt > now && (next === null || p.followUpAt < next)) {
      next = p.followUpAt;
    }
  }
  return next;
}
