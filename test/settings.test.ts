import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, viewerFromSettings } from '../lib/settings/schema';
import { loadSettings, saveSettings } from '../lib/settings/store';

describe('settings', () => {
  test('defaults on first use', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('keeps every valid field of a damaged value and defaults the rest', () => {
    expect(parseSettings({ plan: 'sales-navigator', inmailCredits: -4, quietMode: 'yes' })).toEqual({
      ...DEFAULT_SETTINGS,
      plan: 'sales-navigator',
    });
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  test('saves only valid values', async () => {
    await saveSettings({ plan: 'recruiter-lite' });
    await saveSettings({ inmailCredits: 1.5 as number });
    expect(await loadSettings()).toMatchObject({ plan: 'recruiter-lite', inmailCredits: null });
  });

  test('a free plan carries LinkedIn’s 5-note monthly quota; paid plans none', () => {
    expect(viewerFromSettings({ ...DEFAULT_SETTINGS }).noteQuotaPerMonth).toBe(5);
    expect(viewerFromSettings({ ...DEFAULT_SETTINGS, plan: 'premium-career' }).noteQuotaPerMonth).toBeNull();
  });
});
