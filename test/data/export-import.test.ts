/**
 * Export → import gives back the same state byte for byte; broken files are refused with a
 * message that names the problem, and the stored state is left exactly as it was.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentState, exportData, importData, resetData } from '../../lib/background/data-control';
import { parseImport } from '../../lib/data/export-file';
import type { OwnProfileSummary } from '../../lib/own-profile/summary';
import { SETTINGS_VERSION } from '../../lib/settings/schema';
import { saveSettings } from '../../lib/settings/store';
import { testEnv } from '../helpers/background';
import { SETTINGS_EXAMPLES } from '../settings/examples';

const NOW = Date.UTC(2026, 10, 21, 12);
const env = testEnv(() => NOW);

/** The summary of the user's own profile, as a self view leaves it. */
const OWN_PROFILE: OwnProfileSummary = {
  parts: { photo: true, headline: true, about: false, experience: null, activity: false },
  connections: 42,
  completeness: 0.5,
  readAt: NOW - 3 * 86_400_000,
};

async function seed(): Promise<void> {
  await saveSettings({ plan: 'sales-navigator', inmailCredits: 12, limits: { 'invites-per-week': 80 } });
  for (let i = 0; i < 5; i++) {
    await env.state.ledger.recordSend(
      {
        id: `event-0000-${i}`,
        kind: i % 2 ? 'message' : 'invite-note',
        at: NOW - i * 3_600_000,
        recipient: `r${i}`,
        fingerprint: ['00aa11bb'],
      },
      NOW,
    );
  }
  await fakeBrowser.storage.local.set({ 'dismissed-hints': ['0123456789abcd'], 'own-profile': OWN_PROFILE });
}

const snapshot = async () => JSON.stringify(await currentState(env.state));

describe('export and import', () => {
  beforeEach(seed);

  test('round trip: importing an export restores the same state, byte for byte', async () => {
    const before = await snapshot();
    const file = await exportData(env.state, new Date(NOW));
    await resetData(env.state);
    expect(await snapshot()).not.toBe(before);
    expect(await importData(env.state, file)).toEqual({ ok: true });
    expect(await snapshot()).toBe(before);
    expect(await exportData(env.state, new Date(NOW))).toBe(file);
  });

  test('the summary of the user’s own profile is exported, and restored by an import', async () => {
    const file = JSON.parse(await exportData(env.state, new Date(NOW)));
    expect(file.ownProfile).toEqual(OWN_PROFILE);
    await resetData(env.state);
    expect(await importData(env.state, JSON.stringify(file))).toEqual({ ok: true });
    expect((await fakeBrowser.storage.local.get('own-profile'))['own-profile']).toEqual(OWN_PROFILE);
  });

  test('an export made before the own-profile summary existed imports, with none (and takes the kept one away)', async () => {
    const { ownProfile: _, ...older } = JSON.parse(await exportData(env.state, new Date(NOW)));
    expect(await importData(env.state, JSON.stringify(older))).toEqual({ ok: true });
    expect((await currentState(env.state)).ownProfile).toBeNull();
    expect(await fakeBrowser.storage.local.get('own-profile')).toEqual({});
    expect(JSON.parse(await exportData(env.state, new Date(NOW))).ownProfile).toBeNull();
  });

  test('an export from settings version 1 is migrated on import', async () => {
    const file = JSON.parse(await exportData(env.state, new Date(NOW)));
    file.settingsVersion = 1;
    file.settings = { ...SETTINGS_EXAMPLES[1] };
    expect(await importData(env.state, JSON.stringify(file))).toEqual({ ok: true });
    expect((await currentState(env.state)).settings).toEqual(SETTINGS_EXAMPLES[SETTINGS_VERSION]);
  });

  const broken: [string, (file: Record<string, unknown>, text: string) => string, RegExp][] = [
    ['truncated', (_f, text) => text.slice(0, text.length / 2), /not valid JSON: it may be truncated/],
    ['not an export', () => JSON.stringify({ hello: 'world' }), /not a LockLens export file/],
    [
      'from a newer LockLens',
      (f) => JSON.stringify({ ...f, settingsVersion: 99 }),
      /newer LockLens \(settings version 99/,
    ],
    [
      'with a wrong plan',
      (f) => JSON.stringify({ ...f, settings: { ...(f.settings as object), plan: 'gold' } }),
      /^settings\.plan: /,
    ],
    [
      'with a wrong event',
      (f) => {
        const ledger = f.ledger as { events: { kind: string }[] };
        ledger.events[0] = { ...ledger.events[0], kind: 'spam' } as { kind: string };
        return JSON.stringify(f);
      },
      /^ledger\.events\[0\]\.kind: /,
    ],
    [
      'with a wrong own-profile summary',
      (f) => JSON.stringify({ ...f, ownProfile: { ...OWN_PROFILE, parts: { ...OWN_PROFILE.parts, photo: 'yes' } } }),
      /^ownProfile\.parts\.photo: /,
    ],
    ['with a wrong ledger version', (f) => JSON.stringify({ ...f, ledgerVersion: 7 }), /pace history has version 7/],
    ['huge', (f) => JSON.stringify({ ...f, padding: 'x'.repeat(6 * 1024 * 1024) }), /too large \(6\.0 MB/],
  ];

  test.each(broken)('refuses a file %s, names why, and changes nothing', async (_label, corrupt, message) => {
    const before = await snapshot();
    const text = await exportData(env.state, new Date(NOW));
    const answer = await importData(env.state, corrupt(JSON.parse(text), text));
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.error).toMatch(message);
    expect(await snapshot()).toBe(before);
  });

  test('parseImport never throws on garbage', () => {
    for (const text of [
      '',
      'null',
      '[]',
      '{"format":"locklens-export"}',
      '\u0000\uFFFF',
      '{"format":"locklens-export","settingsVersion":2.5}',
    ]) {
      expect(parseImport(text).ok).toBe(false);
    }
  });

  test('reset deletes everything and starts fresh', async () => {
    const before = await currentState(env.state);
    await resetData(env.state);
    const after = await currentState(env.state);
    expect(after.settings.plan).toBe('free');
    expect(after.ledger.events).toEqual([]);
    expect(after.ledger.device).not.toBe(before.ledger.device);
    expect(after.dismissedHints).toEqual([]);
    expect(before.ownProfile).toEqual(OWN_PROFILE);
    expect(after.ownProfile).toBeNull();
    expect(await fakeBrowser.storage.local.get('own-profile')).toEqual({});
  });
});
