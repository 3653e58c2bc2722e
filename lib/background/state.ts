/**
 * The background's state: the one owner of what the worker reads from storage and keeps in memory
 * (the ledger, the saved list, the hidden hints, the own-profile summary, the other browsers'
 * counters, the tabs' statuses), of the one memo of the pace summary, and of the popup's snapshot.
 * One path drops what is kept: `changed`, fed by `storage.onChanged` and by the state's own writes.
 * The worker makes one as it starts (entrypoints/background.ts) and hands it to every message's
 * function; each test makes its own.
 *
 * Which stored values the popup's view is computed from is said once, in STORED below: a change to
 * any of them drops the popup's snapshot.
 */
import { browser } from 'wxt/browser';
import type { DeviceCounters } from '../pace/device-counters';
import type { Ledger } from '../pace/ledger';
import { isLedgerKey, LEDGER_KEY } from '../pace/ledger-layout';
import { type PaceSummary, paceSummary } from '../pace/pace-summary';
import { paceSummaryValidUntil } from '../pace/summary-valid-until';
import { localTimeZone } from '../pace/windows';
import { isSavedSyncKey } from '../saved/sync';
import type { Settings } from '../settings/schema';
import { loadSettings } from '../settings/store';
import { loadDismissed } from '../storage/dismissed-hints';
import {
  DETECTED_PLAN_KEY,
  DISMISSED_KEY,
  OWN_PROFILE_KEY,
  SAVED_KEY,
  SAVED_REMOVED_KEY,
  SETTINGS_KEY,
} from '../storage/keys';
import { cachedRead } from './cached-read';
import { type DetectedPlanStore, detectedPlanStore } from './detected-plan';
import { type LedgerStore, ledgerStore } from './ledger-store';
import { type OwnProfileStore, ownProfileStore } from './own-profile-store';
import { isPaceKey, laterPush, readSyncedCounters } from './pace-sync';
import { type PopupSnapshotKeeper, popupSnapshotKeeper } from './popup-snapshot-keeper';
import { type SavedStore, savedStore } from './saved-store';
import { type TabStatusStore, tabStatusStore } from './tab-status';

type Area = 'local' | 'sync' | 'session';
type Part = 'settings' | 'ledger' | 'saved' | 'savedSync' | 'ownProfile' | 'hiddenHints' | 'counters' | 'detectedPlan';

/**
 * What the state reads from storage, by area and key, and whether the popup's view is computed from
 * it. The settings are never kept (the options page saves a plan, and the report that follows must
 * be weighed with it); the ledger's only writer is this worker, which keeps what it writes.
 */
const STORED: readonly { part: Part; area: Area; is: (key: string) => boolean; popupInput?: true }[] = [
  { part: 'settings', area: 'sync', is: (key) => key === SETTINGS_KEY, popupInput: true },
  { part: 'counters', area: 'sync', is: isPaceKey, popupInput: true },
  { part: 'savedSync', area: 'sync', is: (key) => isSavedSyncKey(key) || key === SAVED_REMOVED_KEY },
  { part: 'ledger', area: 'local', is: isLedgerKey, popupInput: true },
  { part: 'saved', area: 'local', is: (key) => key === SAVED_KEY, popupInput: true },
  { part: 'ownProfile', area: 'local', is: (key) => key === OWN_PROFILE_KEY, popupInput: true },
  { part: 'hiddenHints', area: 'local', is: (key) => key === DISMISSED_KEY },
  { part: 'detectedPlan', area: 'local', is: (key) => key === DETECTED_PLAN_KEY },
];

/** The other browsers' counters when sync cannot be read: one object, so that the pace memo holds. */
const NO_COUNTERS: DeviceCounters = Object.freeze({});

/** Whether the popup's view is computed from this stored key. */
export function isPopupInput(area: string, key: string): boolean {
  return STORED.some((stored) => stored.popupInput && stored.area === area && stored.is(key));
}

/** The figures every answer about the viewer starts from. */
export interface Current {
  settings: Settings;
  ledger: Ledger;
  pace: PaceSummary;
  /** The first instant the pace summary may have changed with time alone. */
  validUntil: number;
}

export interface State {
  /** The worker's clock. */
  now: () => number;
  settings(): Promise<Settings>;
  /** Settings, ledger and the pace summary at `now`. */
  current(now: number): Promise<Current>;
  /**
   * Has what `current` needs ready in memory (a LinkedIn page is starting: its report will ask):
   * the ledger read, and the pace summary computed unless the one kept still holds, as far as this
   * worker has heard (the report reads the settings again, whatever this one skipped).
   */
  warm(now: number): Promise<void>;
  ledger: LedgerStore;
  saved: SavedStore;
  ownProfile: OwnProfileStore;
  tabs: TabStatusStore;
  detectedPlan: DetectedPlanStore;
  /** Every device's synced counters, merged (none when sync cannot be read: not kept then). */
  counters(): Promise<DeviceCounters>;
  /** The profiles whose hint the user hid, as `dismissKey` hashes. */
  hiddenHints(): Promise<readonly string[]>;
  popup: PopupSnapshotKeeper;
  /** Something the state reads changed in storage: drop what was kept of it. */
  changed(area: string, keys: readonly string[]): Promise<void>;
}

export function createState({ now = Date.now }: { now?: () => number } = {}): State {
  const popup = popupSnapshotKeeper(now);
  // The state's own writes take the same path as everyone else's.
  const ledger = ledgerStore({ written: () => changed('local', [LEDGER_KEY]), sent: () => pushLater() });
  const pushLater = laterPush(ledger.load);
  const saved = savedStore({ written: () => changed('local', [SAVED_KEY]) });
  const ownProfile = ownProfileStore({ written: () => changed('local', [OWN_PROFILE_KEY]) });
  const synced = cachedRead(readSyncedCounters);
  const counters = () => synced.get().catch(() => NO_COUNTERS);
  const hiddenHints = cachedRead(loadDismissed);
  const detectedPlan = detectedPlanStore();

  const forget: Partial<Record<Part, () => void>> = {
    counters: synced.forget,
    saved: saved.forget,
    ownProfile: ownProfile.forget,
    hiddenHints: hiddenHints.forget,
    detectedPlan: detectedPlan.forget,
  };
  /** Moves on with each change heard of the settings or the other browsers' counts (the pace memo's other inputs). */
  let paceInputs = 0;

  async function changed(area: string, keys: readonly string[]): Promise<void> {
    let popupInput = false;
    for (const stored of STORED) {
      if (stored.area !== area || !keys.some(stored.is)) continue;
      forget[stored.part]?.();
      if (stored.part === 'settings' || stored.part === 'counters') paceInputs++;
      popupInput ||= stored.popupInput === true;
      // The saved list from the user's other browsers, and due follow-ups on the toolbar icon.
      if (stored.part === 'savedSync') void saved.pullSynced(now());
    }
    if (popupInput) await popup.inputsChanged();
  }

  /**
   * The pace summary is recomputed only when something it reads changed: the ledger, the settings
   * it uses, the other browsers' counts, or the time, at the first instant one of its windows can
   * change (`paceSummaryValidUntil`; a clock set back counts too). With a year of sends it costs
   * tens of milliseconds. The memo holds the very ledger object it was computed from (a ledger is
   * never changed in place, every write makes a new one): a send recorded while the settings were
   * still being read cannot leave the older ledger's summary behind as if it were the newer one's.
   * The other browsers' counts are kept as one object until they change (state's `counters`): the
   * memo holds that very object too, instead of comparing a year of them as text on every call.
   */
  let memo: {
    ledger: Ledger;
    others: DeviceCounters;
    key: string;
    /** `paceInputs` when its settings and counts were read. */
    inputs: number;
    pace: PaceSummary;
    validUntil: number;
  } | null = null;

  const holds = (at: number) => memo !== null && at >= memo.pace.now && at < memo.validUntil;

  async function current(at: number): Promise<Current> {
    const inputs = paceInputs;
    const [settings, stored, others] = await Promise.all([loadSettings(), ledger.load(), counters()]);
    const { plan, limits, renewalDay, warnAtPercent } = settings;
    const timeZone = localTimeZone();
    const key = JSON.stringify([timeZone, plan, limits, renewalDay, warnAtPercent]);
    if (memo && memo.ledger === stored && memo.others === others && memo.key === key && holds(at)) {
      // Read after `inputs`: the memo holds as of then (a change that left it as it was counts too).
      memo.inputs = Math.max(memo.inputs, inputs);
      return { settings, ledger: stored, pace: { ...memo.pace, now: at }, validUntil: memo.validUntil };
    }
    const options = { now: at, timeZone, plan, overrides: limits, renewalDay, warnAtPercent, others };
    const pace = paceSummary(stored, options);
    const validUntil = paceSummaryValidUntil(stored, options);
    memo = { ledger: stored, others, key, inputs, pace, validUntil };
    return { settings, ledger: stored, pace, validUntil };
  }

  /**
   * A page's warm-up used to read the settings (a storage.sync call and their validation) on every
   * LinkedIn page only to find the memo holding: it now reads them only when something the memo is
   * computed from changed since, or it no longer holds at `at`.
   */
  async function warm(at: number): Promise<void> {
    const stored = await ledger.load();
    if (memo && memo.ledger === stored && memo.inputs === paceInputs && holds(at)) return;
    await current(at);
  }

  browser.storage.onChanged.addListener((changes, area) => void changed(area, Object.keys(changes)));

  return {
    now,
    settings: loadSettings,
    current,
    warm,
    ledger,
    saved,
    ownProfile,
    tabs: tabStatusStore(),
    detectedPlan,
    counters,
    hiddenHints: hiddenHints.get,
    popup,
    changed,
  };
}
