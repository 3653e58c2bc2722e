/**
 * Every item LockLens keeps, defined once (WXT storage: area, key, fallback, version and
 * migrations) and used through its definition everywhere that loads WXT's storage: the background
 * and the options page. Names come from ./keys.ts; the pace ledger is stored as a head and records
 * by its layout (lib/pace/ledger-layout.ts, written by lib/background/ledger-store.ts), and each
 * device's synced counters and the synced saved list under keys of their own (`pace-<device>`,
 * `saved-<n>`).
 */
import { storage } from 'wxt/utils/storage';
import type { TabStatus } from '../protocol/answers';
import type { SavedPerson } from '../saved/schema';
import type { Tombstones } from '../saved/sync';
import { MIGRATIONS } from '../settings/migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../settings/schema';
import {
  DETECTED_PLAN_KEY,
  DISMISSED_KEY,
  LEDGER_BACKUP_KEY,
  OWN_PROFILE_KEY,
  POPUP_SNAPSHOT_KEY,
  PROBLEMS_KEY,
  SAVED_BACKUP_KEY,
  SAVED_KEY,
  SAVED_REMOVED_KEY,
  SETTINGS_KEY,
  TAB_STATUS_KEY,
} from './keys';

/** The settings; written by the options page, read everywhere (lib/settings/store.ts). */
export const settingsItem = storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS as Record<number, (old: unknown) => Settings>,
});

/** The saved list, whole, on this browser (its newest part is synced as well). */
export const savedItem = storage.defineItem<SavedPerson[]>(`local:${SAVED_KEY}`, { fallback: [], version: 1 });
/** Removals of saved people, merged from every browser: a removed person does not come back. */
export const savedRemovedItem = storage.defineItem<Tombstones>(`local:${SAVED_REMOVED_KEY}`, { fallback: {} });
/** A damaged saved list as it was read, set aside. */
export const savedBackupItem = storage.defineItem<unknown>(`local:${SAVED_BACKUP_KEY}`);
/** A damaged ledger as it was read, set aside. */
export const ledgerBackupItem = storage.defineItem<unknown>(`local:${LEDGER_BACKUP_KEY}`);
/** The summary of the user's own profile, checked as it is read (it may be damaged). */
export const ownProfileItem = storage.defineItem<unknown>(`local:${OWN_PROFILE_KEY}`, { fallback: null });
/** Hidden hints, as salted hashes; the content script adds to them by their name (lib/storage/dismissed-hints.ts). */
export const dismissedHintsItem = storage.defineItem<string[]>(`local:${DISMISSED_KEY}`, { fallback: [] });

export interface DetectedPlan {
  plan: 'free';
  evidence: 'premium-trial-upsell';
  at: number;
}

/** A suggestion for the options page: LockLens never changes the user's plan by itself. */
export const detectedPlanItem = storage.defineItem<DetectedPlan | null>(`local:${DETECTED_PLAN_KEY}`, {
  fallback: null,
});
/** Problems met with stored data (./problems.ts checks each as it reads them). */
export const problemsItem = storage.defineItem<unknown>(`local:${PROBLEMS_KEY}`, { fallback: [] });

/** What each tab shows; the popup reads it by name to paint before the background answers. */
export const tabStatusItem = storage.defineItem<Record<string, TabStatus>>(`session:${TAB_STATUS_KEY}`, {
  fallback: {},
});
/** The popup's view while exact (./popup-snapshot.ts); the popup reads it by name. */
export const popupSnapshotItem = storage.defineItem<unknown>(`session:${POPUP_SNAPSHOT_KEY}`);
