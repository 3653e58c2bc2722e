/**
 * The name of everything LockLens keeps, by storage area: each name is written here and nowhere
 * else. lib/storage/items.ts defines the storage item of each (fallback, version, migrations), and
 * every context that can afford WXT's storage uses those items. The content script and the popup
 * load no WXT storage (their size budgets): they read the few names they need from here. The pace
 * ledger's own names (a head and its records) are its layout's: lib/pace/ledger-layout.ts.
 */

// storage.sync: what follows the user to their other browsers.

/** The settings (lib/settings/schema.ts); WXT keeps their version under `settings$`. */
export const SETTINGS_KEY = 'settings';
/** Each device's day counters, `pace-<device>` (lib/background/pace-sync.ts). */
export const PACE_KEY_PREFIX = 'pace-';
/** The saved list's synced parts, `saved-<n>` (lib/saved/sync.ts). */
export const SAVED_SYNC_PREFIX = 'saved-';
/** Removed saved people (tombstones), in sync and, merged, in local storage. */
export const SAVED_REMOVED_KEY = 'saved-removed';

// storage.local: this browser's own.

/** The saved list, whole. */
export const SAVED_KEY = 'saved-people';
/** A damaged saved list, set aside as it was read. */
export const SAVED_BACKUP_KEY = 'saved-backup';
/** A damaged ledger, set aside as it was read. */
export const LEDGER_BACKUP_KEY = 'ledger-backup';
/** The summary of the user's own profile (lib/own-profile/summary.ts). */
export const OWN_PROFILE_KEY = 'own-profile';
/** Profiles whose hint the user hid, as salted hashes (lib/storage/dismissed-hints.ts). */
export const DISMISSED_KEY = 'dismissed-hints';
/** What LinkedIn's page suggested about the user's plan, for the options page to offer. */
export const DETECTED_PLAN_KEY = 'detected-plan';
/** Problems met with stored data, for the options page (./problems.ts). */
export const PROBLEMS_KEY = 'storage-problems';

// storage.session: until the browser closes.

/** What each tab shows, as its content script reported it. */
export const TAB_STATUS_KEY = 'tab-status';
/** The popup's view, kept while exact (./popup-snapshot.ts). */
export const POPUP_SNAPSHOT_KEY = 'popup-snapshot';
