/** Reading and writing the settings item. Every context may read; the options page writes. */
import { storage } from 'wxt/utils/storage';
import { MIGRATIONS } from './migrations';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION, type Settings } from './schema';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS as Record<number, (old: unknown) => Settings>,
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}
