/** Reading and writing the settings item. Every context may read; the options page writes. */
import { browser } from 'wxt/browser';
import { settingsItem } from '../storage/items';
import { SETTINGS_KEY } from '../storage/keys';
import { forgetPopupSnapshot } from '../storage/popup-snapshot';
import { reportProblem } from '../storage/problems';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION, type Settings, settingsSchema } from './schema';

/** Where WXT keeps the settings' version, beside them. */
const META_KEY = `${SETTINGS_KEY}$`;

/** Settings written by a newer LockLens (on another browser, or before a downgrade). */
const isNewer = (meta: unknown) => {
  const version = (meta as { v?: unknown } | undefined)?.v;
  return typeof version === 'number' && version > SETTINGS_VERSION;
};

async function storedByNewerVersion(): Promise<boolean> {
  return isNewer((await browser.storage.sync.get(META_KEY).catch(() => ({}) as Record<string, unknown>))[META_KEY]);
}

/**
 * WXT migrates the stored value once, as this context starts: reads wait for that, once. After it,
 * the value and its version come in one read (the background reads the settings twice per profile
 * view: as the page starts, and with its report).
 */
let migrated: Promise<unknown> | null = null;

/**
 * The settings, whatever is stored. A value from a newer LockLens (its version is ahead of ours,
 * so WXT refuses to migrate it) is read field by field and left untouched in storage; damaged
 * fields fall back to their defaults. Either is recorded for the options page.
 */
export async function loadSettings(): Promise<Settings> {
  migrated ??= settingsItem.getMeta().catch(() => null);
  await migrated;
  const read = await browser.storage.sync.get([SETTINGS_KEY, META_KEY]).catch(() => ({}) as Record<string, unknown>);
  const stored: unknown = read[SETTINGS_KEY];
  if (isNewer(read[META_KEY])) await reportProblem('settings-newer-version', 'settings');
  const settings = parseSettings(stored);
  if (stored !== null && stored !== undefined) {
    const reset = Object.keys(DEFAULT_SETTINGS).filter(
      (key) =>
        JSON.stringify((stored as Record<string, unknown>)?.[key]) !== JSON.stringify(settings[key as keyof Settings]),
    );
    if (reset.length > 0 && !settingsSchema.safeParse(stored).success) {
      await reportProblem('settings-fields-reset', reset.join(', '));
    }
  }
  return settings;
}

/** Saves valid settings. Rejects (and records why) when the browser refuses, e.g. a full sync quota. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  // Writing now would turn a newer LockLens's settings into this version's: refuse instead.
  if (await storedByNewerVersion()) throw new Error('Settings belong to a newer LockLens');
  const next = parseSettings({ ...(await loadSettings()), ...change });
  try {
    await settingsItem.setValue(next);
    await forgetPopupSnapshot();
  } catch (error) {
    await reportProblem('sync-quota', String(error));
    throw error;
  }
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}
