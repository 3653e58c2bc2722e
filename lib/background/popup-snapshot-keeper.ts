/**
 * The background's side of the popup snapshot (lib/storage/popup-snapshot.ts): it writes one after
 * answering the popup and a moment after any input changed, and drops it the moment an input
 * changes, so that the popup never paints an old view first.
 *
 * A snapshot computed from inputs that changed while it was being computed must not land: every
 * change moves the inputs' version on, and a snapshot is written only if the version its inputs
 * were read at is still current. A change whose storage event comes after that write still
 * removes it then.
 */
import { localTimeZone } from '../pace/windows';
import { popupSnapshotItem } from '../storage/items';
import { forgetPopupSnapshot, type PopupSnapshot, usablePopupSnapshot } from '../storage/popup-snapshot';

/** A moment after a change, so that a burst of writes (a send: ledger, then counters) makes one snapshot. */
const REFRESH_DELAY_MS = 1_000;

export interface PopupSnapshotKeeper {
  /** The inputs' version now: read the inputs, then pass it to `keep` with what was made of them. */
  version(): number;
  /**
   * Writes the snapshot unless an input changed since `readAt` (a version), or the same one is
   * already kept: every popup opening makes one, and with a long saved list rewriting an unchanged
   * snapshot each time would be a sizeable write for nothing.
   */
  keep(snapshot: PopupSnapshot, readAt: number): Promise<void>;
  /**
   * An input changed (or is about to be seen as changed): drops the snapshot now and makes a new
   * one a moment later. Writers await it after their write, so what they acknowledge is never
   * contradicted by the popup's first paint.
   */
  inputsChanged(): Promise<void>;
  /**
   * Called once as the worker starts: `make` builds and keeps a snapshot. It runs a moment after
   * the start (not competing with the page that woke the worker) when none is kept or it is no
   * longer usable, and after each input change, whoever made it (the options page, another
   * browser's sync). `warm`, when given, computes the popup's figures into memory without keeping
   * them: it runs at once after each input change (not as the worker starts), so that a popup
   * opened before the new snapshot is kept is answered from memory.
   */
  start(make: () => Promise<void>, warm?: () => Promise<void>): void;
}

/**
 * A task run `delayMs` after the last `schedule()`, each call restarting the wait; it never throws
 * into the timer. Nothing runs until it is given a task.
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
  };
}

export function popupSnapshotKeeper(now: () => number): PopupSnapshotKeeper {
  let version = 0;
  /** The snapshot this keeper last wrote: still in storage while its version is current. */
  let written: { version: number; validUntil: number } | null = null;
  const refresh = laterTask(REFRESH_DELAY_MS);
  // In a task of its own, after the writer's.
  const warm = laterTask(0);
  return {
    version: () => version,
    async keep(snapshot, readAt) {
      if (readAt !== version) return;
      if (written?.version === version && written.validUntil === snapshot.validUntil) return;
      written = { version, validUntil: snapshot.validUntil };
      await popupSnapshotItem.setValue(snapshot).catch(() => {
        written = null;
      });
    },
    async inputsChanged() {
      version++;
      await forgetPopupSnapshot();
      warm.schedule();
      refresh.schedule();
    },
    start(make, warmFigures) {
      refresh.set(make);
      warm.set(warmFigures ?? null);
      void popupSnapshotItem
        .getValue()
        .then((stored) => {
          if (!usablePopupSnapshot(stored, now(), localTimeZone())) refresh.schedule();
        })
        .catch(() => {});
    },
  };
}
