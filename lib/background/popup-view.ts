/**
 * `popup-view`: everything the popup shows in one answer (it opens on one round trip, not four),
 * and the same view kept as the popup's snapshot (lib/storage/popup-snapshot.ts), which the popup
 * paints while the background wakes. The snapshot is this view serialized: what it is computed
 * from is what the state marks as the popup's inputs (state.ts), and a change to any of them
 * drops it.
 */
import type { PopupView } from '../protocol/answers';
import type { PopupViewQuery } from '../protocol/schemas';
import { SHOWN_AT_FIRST } from '../saved/bounds';
import { nextFollowUpDue, savedPreview } from '../saved/list';
import type { SavedPerson } from '../saved/schema';
import type { PopupSnapshot } from '../storage/popup-snapshot';
import type { State } from './state';

/** The view as the popup's snapshot, with the inputs' version it was read at and the whole saved list. */
async function snapshotNow(
  state: State,
  now: number,
): Promise<{ snapshot: PopupSnapshot; readAt: number; people: SavedPerson[] }> {
  const readAt = state.popup.version();
  const [{ settings, pace, validUntil }, people, ownProfile] = await Promise.all([
    state.current(now),
    state.saved.load(),
    state.ownProfile.load(),
  ]);
  const nextDue = nextFollowUpDue(people, now);
  const snapshot: PopupSnapshot = {
    v: 3,
    at: now,
    validUntil: nextDue === null ? validUntil : Math.min(validUntil, nextDue),
    quietMode: settings.quietMode,
    pace,
    saved: savedPreview(people, now, SHOWN_AT_FIRST),
    ownProfile,
  };
  return { snapshot, readAt, people };
}

/** The popup's view, with the tab's status; the saved list whole only when the user asked to see everyone. */
export async function popupView(state: State, { tabId, allSaved }: PopupViewQuery, now: number): Promise<PopupView> {
  const [{ snapshot, readAt, people }, status] = await Promise.all([
    snapshotNow(state, now),
    tabId === null ? null : state.tabs.load(tabId),
  ]);
  void state.popup.keep(snapshot, readAt);
  const { quietMode, pace, ownProfile } = snapshot;
  return {
    status,
    quietMode,
    pace,
    saved: allSaved ? savedPreview(people, now, Infinity) : snapshot.saved,
    ownProfile,
  };
}

/** Computes what the popup shows into memory (the pace summary), keeping no snapshot. */
export async function warmPopupView(state: State, now: number): Promise<void> {
  await snapshotNow(state, now);
}

/** Keeps a popup snapshot made now (after an input changed, or when the worker starts without one). */
export async function refreshPopupSnapshot(state: State, now: number): Promise<void> {
  const { snapshot, readAt } = await snapshotNow(state, now);
  await state.popup.keep(snapshot, readAt);
}
