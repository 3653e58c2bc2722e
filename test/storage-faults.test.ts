/**
 * Storage faults: values of the wrong shape, from a newer LockLens, damaged or huge, and a full
 * sync quota. LockLens keeps what is valid, falls back to defaults for the rest, records what
 * happened for the options page, and never wipes valid data silently.
 */
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ledgerStore } from '../lib/background/ledger-store';
import { ownProfileStore } from '../lib/background/own-profile-store';
import { pushCounters } from '../lib/background/pace-sync';
import { savedStore } from '../lib/background/saved-store';
import { emptyLedger } from '../lib/pace/ledger';
import { DEFAULT_SETTINGS } from '../lib/settings/schema';
import { loadSettings, saveSettings } from '../lib/settings/store';
import { clearProblems, loadProblems } from '../lib/storage/problems';

const NOW = Date.UTC(2026, 10, 21);
const event = (i: number, change: Record<string, unknown> = {}) => ({
  id: `event-${String(i).padStart(6, '0')}`,
  kind: 'message',
  at: NOW - i * 60_000,
  recipient: 'abc',
  device: 'dev',
  ...change,
});

describe('settings', () => {
  test('a damaged value keeps its valid fields, defaults the rest, says which, and stays as stored', async () => {
    const damaged = {
      ...DEFAULT_SETTINGS,
      plan: 'gold',
      quietMode: true,
      limits: { 'invites-per-week': -1, 'messages-per-day': 30 },
    };
    await fakeBrowser.storage.sync.set({ settings: damaged, settings$: { v: 2 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, quietMode: true, limits: { 'messages-per-day': 30 } });
    expect((await loadProblems()).map((p) => [p.kind, p.detail])).toEqual([['settings-fields-reset', 'plan, limits']]);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(damaged);
    // Read again (the same value is not validated twice): the same settings, and the problem is
    // said again once the options page has cleared it.
    await clearProblems();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, quietMode: true, limits: { 'messages-per-day': 30 } });
    expect((await loadProblems()).map((p) => [p.kind, p.detail])).toEqual([['settings-fields-reset', 'plan, limits']]);
    // Repaired: read as stored now, whatever was made of the damaged one.
    await fakeBrowser.storage.sync.set({ settings: { ...damaged, plan: 'premium-career', limits: {} } });
    expect((await loadSettings()).plan).toBe('premium-career');
  });

  test('a value from a newer LockLens is read as far as understood and never written over by reading', async () => {
    const newer = { ...DEFAULT_SETTINGS, plan: 'sales-navigator', futureOption: 'x' };
    await fakeBrowser.storage.sync.set({ settings: newer, settings$: { v: 99 } });
    expect((await loadSettings()).plan).toBe('sales-navigator');
    expect((await loadProblems()).map((p) => p.kind)).toContain('settings-newer-version');
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({
      settings: newer,
      settings$: { v: 99 },
    });
  });

  test('a full sync quota: the save is refused with the reason recorded, and nothing else changes', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveSettings({ plan: 'premium-career' })).rejects.toThrow(/QUOTA/);
    expect((await loadProblems()).map((p) => p.kind)).toContain('sync-quota');
    await pushCounters(emptyLedger('dev', 'salt'));
    set.mockRestore();
    expect((await loadSettings()).plan).toBe('free');
  });
});

describe('the pace ledger', () => {
  test('a damaged ledger keeps every valid send and its salt, and the original is set aside', async () => {
    const raw = {
      version: 1,
      device: 'dev',
      salt: 'my-salt',
      events: [event(1), event(2, { kind: 'spam' }), event(3), 'garbage', event(1)],
      days: { '2026-11-01': { message: 4 }, 'not-a-day': { message: 1 } },
      notices: 'oops',
    };
    await fakeBrowser.storage.local.set({ ledger: raw, ledger$: { v: 1 } });
    const ledger = await ledgerStore().load();
    expect(ledger.events.map((e) => e.id)).toEqual(['event-000003', 'event-000001']);
    expect(ledger.salt).toBe('my-salt');
    expect(ledger.days).toEqual({ '2026-11-01': { message: 4 } });
    expect((await fakeBrowser.storage.local.get('ledger-backup'))['ledger-backup']).toEqual(raw);
    expect((await loadProblems()).map((p) => [p.kind, p.detail])).toContainEqual(['ledger-recovered', '2/5']);
  });

  test('a huge ledger keeps the newest 50,000 sends', async () => {
    const events = Array.from({ length: 60_000 }, (_, i) => event(i, { kind: i % 7 === 0 ? 'bad' : 'message' }));
    await fakeBrowser.storage.local.set({ ledger: { version: 1, device: 'd', salt: 's', events }, ledger$: { v: 1 } });
    const ledger = await ledgerStore().load();
    expect(ledger.events.length).toBe(50_000);
    expect(ledger.events.at(-1)?.id).toBe('event-000001');
  });

  test('a truncated ledger (fields missing) is completed, not replaced', async () => {
    await fakeBrowser.storage.local.set({
      ledger: { version: 1, salt: 'keep-me', events: [event(5)] },
      ledger$: { v: 1 },
    });
    const ledger = await ledgerStore().load();
    expect(ledger.salt).toBe('keep-me');
    expect(ledger.events).toHaveLength(1);
  });
});

describe('the saved list', () => {
  test('a damaged list keeps the valid people', async () => {
    const valid = {
      key: 'dana',
      url: 'https://www.linkedin.com/in/dana/',
      name: 'Dana',
      savedAt: NOW,
      updatedAt: NOW,
      verdict: { messaging: 'locked', degree: '2nd', pending: false, topCause: null },
      step: null,
      note: '',
      followUpAt: null,
      done: false,
    };
    await fakeBrowser.storage.local.set({ 'saved-people': [valid, { key: 'broken' }, 42] });
    expect((await savedStore().load()).map((p) => p.key)).toEqual(['dana']);
    expect((await loadProblems()).map((p) => [p.kind, p.detail])).toContainEqual(['saved-recovered', '1/3']);
  });
});

describe('the summary of the user’s own profile', () => {
  test('a damaged summary is read as none, said, and left as stored (the next self view replaces it)', async () => {
    const damaged = { parts: { photo: 'maybe' }, connections: -3, readAt: 'yesterday' };
    await fakeBrowser.storage.local.set({ 'own-profile': damaged });
    expect(await ownProfileStore().load()).toBeNull();
    expect((await loadProblems()).map((p) => p.kind)).toContain('own-profile-unreadable');
    expect((await fakeBrowser.storage.local.get('own-profile'))['own-profile']).toEqual(damaged);
  });

  test('one from a newer LockLens is read as far as understood', async () => {
    const newer = {
      parts: { photo: true, headline: true, about: true, experience: true, activity: true, skills: true },
      connections: 300,
      completeness: 1,
      readAt: NOW,
      futureField: 'x',
    };
    await fakeBrowser.storage.local.set({ 'own-profile': newer });
    expect(await ownProfileStore().load()).toEqual({
      parts: { photo: true, headline: true, about: true, experience: true, activity: true },
      connections: 300,
      completeness: 1,
      readAt: NOW,
    });
    expect(await loadProblems()).toEqual([]);
  });
});
