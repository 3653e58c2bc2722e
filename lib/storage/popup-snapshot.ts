/**
 * The popup's view, kept by the background in `storage.session` for as long as it is exact, so
 * that the popup can paint it without waiting for the background: Chromium stops an idle MV3
 * worker after 30 s, and waking it with a year of sends takes long enough to see (BENCHMARKS.md
 * measures the popup's first paint both ways).
 *
 * Exact means: no input changed since it was made (the background drops it whenever one of the
 * popup's inputs changes: lib/background/state.ts lists them) and its pace figures cannot have
 * changed with time alone (`paceSummaryValidUntil`), nor its count of due follow-ups (it ends when
 * the next one falls due). The popup still asks the background and shows its answer when it
 * comes, so a change that lands while the popup opens is corrected within the same opening.
 * The tab's own status is not in it: the popup reads that from `storage.session` beside it.
 */
import { browser } from 'wxt/browser';
import type { OwnProfileSummary } from '../own-profile/summary';
import type { PaceSummary } from '../pace/pace-summary';
import type { SavedPreview } from '../saved/list';
import { POPUP_SNAPSHOT_KEY } from './keys';

export interface PopupSnapshot {
  /** The shape's version: a snapshot from another build is ignored, not misread (3: with `ownProfile`). */
  v: 3;
  /** When it was made, and the first instant it may no longer be exact. */
  at: number;
  validUntil: number;
  quietMode: boolean;
  pace: PaceSummary;
  /** The first saved people and the counts, as `popup-view` sends them. */
  saved: SavedPreview;
  /** The summary of the user's own profile (its "read 3 days ago" is told as of the popup's opening). */
  ownProfile: OwnProfileSummary | null;
}

/**
 * The snapshot if it can be shown at `now` in `timeZone`: made by this build, not in the future
 * (a clock set back), not past its validity, for the same time zone (days and months turn at the
 * zone's midnight). Anything else is null, and the popup waits for the background instead.
 */
export function usablePopupSnapshot(value: unknown, now: number, timeZone: string): PopupSnapshot | null {
  if (!value || typeof value !== 'object') return null;
  const snapshot = value as Partial<PopupSnapshot>;
  if (snapshot.v !== 3 || typeof snapshot.at !== 'number' || typeof snapshot.validUntil !== 'number') return null;
  if (!(snapshot.at <= now && now < snapshot.validUntil)) return null;
  if (!snapshot.pace || snapshot.pace.timeZone !== timeZone) return null;
  const saved = snapshot.saved;
  if (!saved || !Array.isArray(saved.people) || typeof saved.total !== 'number' || typeof saved.due !== 'number') {
    return null;
  }
  if (snapshot.ownProfile === undefined) return null;
  return { ...(snapshot as PopupSnapshot), pace: { ...snapshot.pace, now } };
}

/**
 * Drops the snapshot. For extension pages that change one of its inputs themselves (the options
 * page saving settings): the popup opened right after must not paint the old view first. The
 * background drops it too when it sees the change; this only closes the gap before it does.
 */
export async function forgetPopupSnapshot(): Promise<void> {
  await browser.storage.session?.remove(POPUP_SNAPSHOT_KEY).catch(() => {});
}
