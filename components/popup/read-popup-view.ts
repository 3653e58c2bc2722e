/**
 * How the popup gets what it shows: the background's answer (`popup-view`), and, to paint before
 * that answer while the background wakes, the view it kept in `storage.session`
 * (lib/storage/popup-snapshot.ts). `popup.html?tab=<id>` shows a given tab, which keeps the popup usable
 * when opened as a page (and in tests).
 */
import { browser } from 'wxt/browser';
import type { OwnProfileSummary } from '../../lib/own-profile/summary';
import type { PaceSummary } from '../../lib/pace/pace-summary';
import { localTimeZone } from '../../lib/pace/windows';
import type { TabStatus } from '../../lib/protocol/answers';
import { ask } from '../../lib/protocol/ask';
import type { SavedPreview } from '../../lib/saved/list';
import { POPUP_SNAPSHOT_KEY, TAB_STATUS_KEY } from '../../lib/storage/keys';
import { usablePopupSnapshot } from '../../lib/storage/popup-snapshot';
import { afterNextFrame } from '../after-next-frame';

export interface ReadyView {
  state: 'ready';
  /** Where it came from: the background's answer, or the snapshot shown until that answer comes. */
  source: 'live' | 'snapshot';
  tabId: number | null;
  status: TabStatus | null;
  quiet: boolean;
  pace: PaceSummary | null;
  saved: SavedPreview;
  /** The summary of the user's own profile (null: never read); absent when the background did not answer. */
  ownProfile?: OwnProfileSummary | null;
}

const NO_SAVED: SavedPreview = { people: [], total: 0, due: 0 };

const EMPTY_VIEW: ReadyView = {
  state: 'ready',
  source: 'live',
  tabId: null,
  status: null,
  quiet: false,
  pace: null,
  saved: NO_SAVED,
};

export async function targetTabId(): Promise<number | null> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested >= 0 && location.search.includes('tab=')) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Everything the popup shows (the tab's verdict, pace, saved people: the first few, or everyone
 * with `allSaved`), or null if the background did not answer.
 */
export async function askPopupView(tabId: Promise<number | null>, allSaved = false): Promise<ReadyView | null> {
  try {
    const id = await tabId.catch(() => null);
    const answer = await ask({ type: 'popup-view', tabId: id, ...(allSaved ? { allSaved } : {}) }).catch(() => null);
    if (!answer) return null;
    return {
      state: 'ready',
      source: 'live',
      tabId: id,
      status: answer.status ?? null,
      quiet: answer.quietMode ?? false,
      pace: answer.pace ?? null,
      saved: answer.saved ?? NO_SAVED,
      ownProfile: answer.ownProfile ?? null,
    };
  } catch {
    return null;
  }
}

/**
 * The popup's first view: the background's answer, or an empty view if it cannot answer. Started
 * before the first render (entrypoints/popup-script.tsx), so the round trip overlaps Preact's first
 * render and paint instead of waiting for them.
 */
export async function readPopupView(tabId: Promise<number | null>): Promise<ReadyView> {
  const id = tabId.catch(() => null);
  return (await askPopupView(id)) ?? { ...EMPTY_VIEW, tabId: await id };
}

/**
 * The background's answer: asked for at once when no kept view can be painted, and after the
 * kept view's first frame when one can. Asking wakes a stopped worker, and its start (its script,
 * then reading and checking the ledger) competes with the popup's first frame on a small machine.
 */
export async function readPopupViewAfter(
  early: Promise<ReadyView | null>,
  tabId: Promise<number | null>,
): Promise<ReadyView> {
  if (await early) await afterNextFrame();
  return readPopupView(tabId);
}

/** The kept view with the tab's status beside it, or null when none can be shown as exact now. */
export async function readSnapshotView(tabId: Promise<number | null>): Promise<ReadyView | null> {
  try {
    const [id, stored] = await Promise.all([
      tabId.catch(() => null),
      browser.storage.session.get([POPUP_SNAPSHOT_KEY, TAB_STATUS_KEY]),
    ]);
    const snapshot = usablePopupSnapshot(stored[POPUP_SNAPSHOT_KEY], Date.now(), localTimeZone());
    if (!snapshot) return null;
    const tabs = stored[TAB_STATUS_KEY] as Record<string, TabStatus> | undefined;
    return {
      state: 'ready',
      source: 'snapshot',
      tabId: id,
      status: (id !== null && tabs?.[id]) || null,
      quiet: snapshot.quietMode,
      pace: snapshot.pace,
      saved: snapshot.saved,
      ownProfile: snapshot.ownProfile,
    };
  } catch {
    return null;
  }
}
