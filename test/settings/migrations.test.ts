import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MIGRATIONS, migrateSettings } from '../../lib/settings/migrations';
import { SETTINGS_VERSION, settingsSchema } from '../../lib/settings/schema';
import { SETTINGS_EXAMPLES } from './examples';

describe('settings migrations', () => {
  test('every version from 1 to the latest has a frozen example and (after 1) a migration', () => {
    for (let version = 1; version <= SETTINGS_VERSION; version++) {
      expect(SETTINGS_EXAMPLES[version], `add test/settings/examples/v${version}.ts`).toBeDefined();
      if (version > 1)
        expect(MIGRATIONS[version], `add MIGRATIONS[${version}] in lib/settings/migrations.ts`).toBeDefined();
    }
  });

  test('each migration turns one version’s example into the next one’s', () => {
    for (let version = 1; version < SETTINGS_VERSION; version++) {
      const from = SETTINGS_EXAMPLES[version] ?? {};
      expect(migrateSettings({ ...from }, version)).toEqual(
        migrateSettings({ ...SETTINGS_EXAMPLES[version + 1] }, version + 1),
      );
      expect(MIGRATIONS[version + 1]?.({ ...from })).toEqual(SETTINGS_EXAMPLES[version + 1]);
    }
  });

  test('walking all of them from version 1 gives valid current settings', () => {
    const latest = migrateSettings({ ...SETTINGS_EXAMPLES[1] }, 1);
    expect(settingsSchema.safeParse(latest).success).toBe(true);
    expect(latest).toEqual(SETTINGS_EXAMPLES[SETTINGS_VERSION]);
  });

  test('storage migrates a version 1 value in place when it is read', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...SETTINGS_EXAMPLES[1] }, settings$: { v: 1 } });
    const { loadSettings } = await import('../../lib/settings/store');
    expect(await loadSettings()).toEqual(SETTINGS_EXAMPLES[SETTINGS_VERSION]);
  });
});
