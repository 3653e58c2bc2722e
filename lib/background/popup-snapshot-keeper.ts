/**
 * The background's side of the popup snapshot (lib/popup-snapshot.ts): it writes one after
 * answering the popup and a moment after any input changed, and drops it the moment an input
 * changes, so that the popup never paints an old view first.
 *
 * A snapshot computed from inputs that changed while it was being computed must not land: every
 * change bumps a generation, and a snapshot is written only if the generation it started from is
 * still current. A change whose storage event comes after that write still removes it then.
 */
import { browser } from 'wxt/browser';
import { OWN_PROFILE_KEY } from '../own-profile';
import { isLedgerKey } from '../pace/ledger-layout';
import { localTimeZone } from '../pace/windows';
import { forgetPopupSnapshot, POPUP_SNAPSHOT_KEY, type PopupSnapshot, usablePopupSnapshot } from '../popup-snapshot';
import { PACE_KEY_PREFIX } from './pace-sync';

/**
 * Whether a storage key is one the popup's view is computed from (answers.ts `popupSnapshotNow`):
 * keep this in step with it. The synced saved list is not one: it reaches the view through
 * `saved-people`.
 */
export function isPopupInput(area: string, key: string): boolean {
  if (area === 'local') return isLedgerKey(key) || key === 'saved-people' || key === OWN_PROFILE_KEY;
  if (area === 'sync') return key === 'settings' || key.startsWith(PACE_KEY_PREFIX);
  return false;
}

/** A moment after a change, so that a burst of writes (a send: ledger, then counters) makes one snapshot. */
const REFRESH_DELAY_MS = 1_000;

/**
 * A task run `delayMs` after the last `schedule()`, each call restarting the wait; it never throws
 * into the timer. What it runs is given once the worker starts (`watchPopupInputs`).
 */
function laterTask(delayMs: number) {
  let task: (() => Promise<void>) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    set(next: (() => Promise<void>) | null): void {
      task = next;
    },
    schedule(): void {
      if (!task) return;
      clearTimeout(timer);
      const run = task;
      timer = setTimeout(() => void run().catch(() => {}), delayMs);
    },
    cancel(): void {
      clearTimeout(timer);
      task = null;
    },
  };
}

let generation = 0;
/** The snapshot this worker last wrote: still in storage while its generation is current. */
let written: { generation: number; validUntil: number } | null = null;
/** Makes and keeps a snapshot. */
const refresh = laterTask(REFRESH_DELAY_MS);
/**
 * Right after a change (in a task of its own, after the writer's): a popup opened before the new
 * snapshot is kept asks the worker, which then answers from memory instead of computing a year's
 * pace first (8–21 ms after an import of a year, measured 2026-12-06). The snapshot a moment
 * later reuses the same figures, so this adds no work, it only does it sooner.
 */
const warm = laterTask(0);

/** The generation a snapshot's inputs are about to be read at; pass it to `keepPopupSnapshot`. */
export function popupSnapshotGeneration(): number {
  return generation;
}

/**
 * Writes the snapshot unless an input changed since `startedAt` (a generation), or the same one is
 * already kept: every popup opening makes one, and with a long saved list rewriting an unchanged
 * snapshot each time would be a sizeable write for nothing.
 */
export async function keepPopupSnapshot(snapshot: PopupSnapshot, startedAt: number): Promise<void> {
  if (startedAt !== generation) return;
  if (written?.generation === generation && written.validUntil === snapshot.validUntil) return;
  written = { generation, validUntil: snapshot.validUntil };
  await browser.storage.session.set({ [POPUP_SNAPSHOT_KEY]: snapshot }).catch(() => {
    written = null;
  });
}

/**
 * An input changed (or is about to be seen as changed): drops the snapshot now and makes a new
 * one a moment later. Writers in this worker await it after their write, so what they
 * acknowledge is never contradicted by the popup's first paint.
 */
export async function popupInputsChanged(): Promise<void> {
  generation++;
  await forgetPopupSnapshot();
  warm.schedule();
  refresh.schedule();
}

/**
 * Called once as the worker starts: `make` builds and keeps a snapshot. It runs a moment after the
 * start (not competing with the page that woke the worker) when none is kept or it is no longer
 * usable, and after each input change, whoever made it (the options page, another browser's sync).
 * `warmFigures`, when given, computes the popup's figures into memory without keeping them: it
 * runs at once after each input change (not as the worker starts).
 */
export function watchPopupInputs(
  make: () => Promise<void>,
  now: () => number = Date.now,
  warmFigures?: () => Promise<void>,
): void {
  refresh.set(make);
  warm.set(warmFigures ?? null);
  browser.storage.onChanged.addListener((changes, area) => {
    if (Object.keys(changes).some((key) => isPopupInput(area, key))) void popupInputsChanged();
  });
  void browser.storage.session
    .get(POPUP_SNAPSHOT_KEY)
    .then((stored) => {
      if (!usablePopupSnapshot(stored[POPUP_SNAPSHOT_KEY], now(), localTimeZone())) refresh.schedule();
    })
    .catch(() => {});
}

/** Tests: stop refreshing and start the generations over. */
export function forgetPopupSnapshotKeeper(): void {
  refresh.cancel();
  warm.cancel();
  generation = 0;
  written = null;
}
