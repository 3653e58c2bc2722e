/**
 * The popup snapshot (lib/storage/popup-snapshot.ts) is kept while exact: written with each popup answer
 * and a moment after any input changed, dropped before a change is acknowledged, and never
 * written from inputs that changed while it was being made.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../lib/background/handle-message';
import { refreshPopupSnapshot } from '../../lib/background/popup-view';
import { isPopupInput } from '../../lib/background/state';
import { localTimeZone } from '../../lib/pace/windows';
import type { PopupView } from '../../lib/protocol/answers';
import { SHOWN_AT_FIRST } from '../../lib/saved/bounds';
import { saveSettings } from '../../lib/settings/store';
import { POPUP_SNAPSHOT_KEY } from '../../lib/storage/keys';
import { type PopupSnapshot, usablePopupSnapshot } from '../../lib/storage/popup-snapshot';
import {
  askPopupView,
  contentScriptSender,
  POPUP_SENDER,
  testEnv,
  testState,
  whileSyncReadsAreSlow,
} from '../helpers/background';
import { savedPerson } from '../helpers/saved-person';
import { signalsFrom } from '../helpers/signals';

const NOW = Date.UTC(2026, 10, 16, 10, 30);
let now = NOW;
const env = testEnv(() => now);
const contentScript = contentScriptSender(7);

const send = (n: number) => ({
  type: 'send',
  event: { id: `invite-${String(n).padStart(5, '0')}`, kind: 'invite', at: now, recipient: 'r' },
});

async function kept(): Promise<PopupSnapshot | undefined> {
  return (await fakeBrowser.storage.session.get(POPUP_SNAPSHOT_KEY))[POPUP_SNAPSHOT_KEY] as PopupSnapshot | undefined;
}

/** The snapshot once the write the answer started has landed. */
async function keptSoon(): Promise<PopupSnapshot | undefined> {
  await vi.waitFor(async () => expect(await kept()).toBeDefined());
  return kept();
}

// The first question makes the install's ledger: that write is itself a change to the snapshot's
// inputs, so the answer it was read for is (rightly) not kept. Every test starts after it.
beforeEach(async () => {
  await askPopupView(env);
});

afterEach(() => {
  now = NOW;
  vi.useRealTimers();
});

describe('what the popup may paint', () => {
  const snapshot = (change: Partial<PopupSnapshot> = {}): PopupSnapshot =>
    ({
      v: 3,
      at: NOW,
      validUntil: NOW + 3_600_000,
      quietMode: false,
      pace: { now: NOW, timeZone: 'Europe/Berlin' },
      saved: { people: [], total: 0, due: 0 },
      ownProfile: null,
      ...change,
    }) as PopupSnapshot;

  test('a snapshot is shown from its making until its validity ends, told as of now', () => {
    expect(usablePopupSnapshot(snapshot(), NOW, 'Europe/Berlin')?.pace.now).toBe(NOW);
    expect(usablePopupSnapshot(snapshot(), NOW + 3_599_999, 'Europe/Berlin')?.pace.now).toBe(NOW + 3_599_999);
    expect(usablePopupSnapshot(snapshot(), NOW + 3_600_000, 'Europe/Berlin')).toBeNull();
  });

  test('a clock set back, another time zone, another shape or nothing at all is not shown', () => {
    expect(usablePopupSnapshot(snapshot(), NOW - 1, 'Europe/Berlin')).toBeNull();
    expect(usablePopupSnapshot(snapshot(), NOW, 'America/New_York')).toBeNull();
    expect(usablePopupSnapshot({ ...snapshot(), v: 4 }, NOW, 'Europe/Berlin')).toBeNull();
    // Version 2 (before 2026-12) had no summary of the user's own profile.
    const { ownProfile: _, ...withoutOwnProfile } = snapshot();
    expect(usablePopupSnapshot({ ...withoutOwnProfile, v: 2 }, NOW, 'Europe/Berlin')).toBeNull();
    expect(usablePopupSnapshot(withoutOwnProfile, NOW, 'Europe/Berlin')).toBeNull();
    expect(usablePopupSnapshot(snapshot({ saved: undefined }), NOW, 'Europe/Berlin')).toBeNull();
    const noCounts = { people: [] } as unknown as PopupSnapshot['saved'];
    expect(usablePopupSnapshot(snapshot({ saved: noCounts }), NOW, 'Europe/Berlin')).toBeNull();
    const noDue = { people: [], total: 0 } as unknown as PopupSnapshot['saved'];
    expect(usablePopupSnapshot(snapshot({ saved: noDue }), NOW, 'Europe/Berlin')).toBeNull();
    // Version 1 (before 2026-12-05) held the whole saved list.
    expect(usablePopupSnapshot({ ...snapshot(), v: 1, saved: [] }, NOW, 'Europe/Berlin')).toBeNull();
    for (const junk of [undefined, null, 'snapshot', 42, {}, { v: 1 }]) {
      expect(usablePopupSnapshot(junk, NOW, 'Europe/Berlin')).toBeNull();
    }
  });
});

describe('the snapshot the background keeps', () => {
  test('the popup answer is kept, exactly, until the pace can change', async () => {
    const view = await askPopupView(env);
    const snapshot = await keptSoon();
    expect(snapshot).toMatchObject({
      v: 3,
      at: NOW,
      quietMode: false,
      pace: view.pace,
      saved: view.saved,
      ownProfile: null,
    });
    expect(snapshot?.validUntil).toBeGreaterThan(NOW);
    expect(usablePopupSnapshot(snapshot, NOW + 1, localTimeZone())?.pace).toEqual({ ...view.pace, now: NOW + 1 });
  });

  test('it keeps the first saved people only, and ends when the next follow-up falls due', async () => {
    const inTenMinutes = NOW + 10 * 60_000;
    const people = Array.from({ length: SHOWN_AT_FIRST + 5 }, (_, i) =>
      savedPerson(`person-${i}`, NOW - 86_400_000, { followUpAt: i === 7 ? inTenMinutes : null }),
    );
    await fakeBrowser.storage.local.set({ 'saved-people': people });
    await vi.waitFor(async () => expect(await kept()).toBeUndefined());
    const everyone = (await handleMessage(
      { type: 'popup-view', tabId: null, allSaved: true },
      POPUP_SENDER,
      env,
    )) as PopupView;
    expect(everyone.saved).toMatchObject({ total: SHOWN_AT_FIRST + 5, due: 0 });
    expect(everyone.saved.people).toHaveLength(SHOWN_AT_FIRST + 5);

    const snapshot = await keptSoon();
    expect(snapshot?.saved.people.map((p) => p.key)).toEqual(
      everyone.saved.people.slice(0, SHOWN_AT_FIRST).map((p) => p.key),
    );
    expect(snapshot?.saved).toMatchObject({ total: SHOWN_AT_FIRST + 5, due: 0 });
    expect(snapshot?.validUntil).toBe(inTenMinutes);
    // At that moment the heading's "1 due" would be missing: the popup waits for the background.
    expect(usablePopupSnapshot(snapshot, inTenMinutes - 1, localTimeZone())).not.toBeNull();
    expect(usablePopupSnapshot(snapshot, inTenMinutes, localTimeZone())).toBeNull();
    now = inTenMinutes;
    expect((await askPopupView(env)).saved.due).toBe(1);
  });

  test('with no follow-up still to come, it ends when the pace can change, as with no one saved', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    env.state.popup.start(() => refreshPopupSnapshot(env.state, now));
    await askPopupView(env);
    const paceOnly = (await keptSoon())?.validUntil;
    const people = [
      savedPerson('no-follow-up', NOW - 86_400_000),
      savedPerson('already-due', NOW - 86_400_000, { followUpAt: NOW - 60_000 }),
      savedPerson('done', NOW - 86_400_000, { followUpAt: NOW + 60_000, done: true }),
    ];
    await fakeBrowser.storage.local.set({ 'saved-people': people });
    await vi.waitFor(async () => expect(await kept()).toBeUndefined());
    await vi.advanceTimersByTimeAsync(1_000);
    const snapshot = await keptSoon();
    expect(snapshot?.saved).toMatchObject({ total: 3, due: 1 });
    expect(snapshot?.validUntil).toBe(paceOnly);
  });

  test('an unchanged snapshot is not written again on the next opening; a changed one is', async () => {
    await askPopupView(env);
    await keptSoon();
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    now += 60_000;
    await askPopupView(env);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(set).not.toHaveBeenCalled();
    await handleMessage(send(3), contentScript, env);
    await askPopupView(env);
    await vi.waitFor(() => expect(set).toHaveBeenCalledTimes(1));
    expect((await kept())?.pace.invites.last7Days).toBe(1);
    set.mockRestore();
  });

  test('a send, a saved person and the options page saving settings each drop it before they are done', async () => {
    await askPopupView(env);
    await keptSoon();
    await handleMessage(send(1), contentScript, env);
    expect(await kept()).toBeUndefined();

    await askPopupView(env);
    await keptSoon();
    await handleMessage(
      {
        type: 'page-report',
        url: 'https://www.linkedin.com/in/dana-example/',
        status: 'profile',
        signals: signalsFrom(),
        slug: 'dana-example',
      },
      contentScript,
      env,
    );
    expect(
      await handleMessage({ type: 'save-profile', step: null, note: '', followUpAt: null }, contentScript, env),
    ).toMatchObject({ ok: true });
    expect(await kept()).toBeUndefined();

    await askPopupView(env);
    await keptSoon();
    await saveSettings({ quietMode: true });
    expect(await kept()).toBeUndefined();
  });

  test('one made from a ledger that changed while it was being made never lands', async () => {
    await askPopupView(env);
    // The popup's request waits on storage.sync (the other browsers' counts) while a send lands.
    const { asking: viewing } = await whileSyncReadsAreSlow(() => askPopupView(env));
    await handleMessage(send(2), contentScript, env);
    await viewing;
    await new Promise((resolve) => setTimeout(resolve, 30));
    const snapshot = await kept();
    // Either none, or one with the send in it: never the older count.
    if (snapshot) expect(snapshot.pace.invites.last7Days).toBe(1);
  });

  test('a change made elsewhere drops it, and a new one follows a moment later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    env.state.popup.start(() => refreshPopupSnapshot(env.state, now));
    await askPopupView(env);
    await vi.waitFor(async () => expect(await kept()).toBeDefined());
    // The options page (or another browser) changes the plan; the worker only hears of it.
    await fakeBrowser.storage.sync.set({ settings: { plan: 'premium-career' } });
    await vi.waitFor(async () => expect(await kept()).toBeUndefined());
    now += 5_000;
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(async () => expect((await kept())?.pace.plan).toBe('premium-career'));
    expect((await kept())?.at).toBe(now);
  });

  test('after a change, the figures are computed at once and the snapshot kept a moment later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const make = vi.fn(() => refreshPopupSnapshot(env.state, now));
    const warm = vi.fn(async () => {});
    env.state.popup.start(make, warm);
    await askPopupView(env);
    await keptSoon();
    await vi.advanceTimersByTimeAsync(5_000);
    make.mockClear();
    // A send, then its second write (the synced counters) in the same moment: one each.
    await handleMessage(send(4), contentScript, env);
    await fakeBrowser.storage.sync.set({ 'pace-4f1c': { v: 1 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(warm).toHaveBeenCalledTimes(1);
    expect(make).not.toHaveBeenCalled();
    expect(await kept()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(make).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect((await kept())?.pace.invites.last7Days).toBe(1));
  });

  test('a worker that starts without a usable snapshot makes one; with one, it leaves it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const make = vi.fn(() => refreshPopupSnapshot(env.state, now));
    env.state.popup.start(make);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(make).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect(await kept()).toBeDefined());

    // The next worker, a minute later.
    const again = vi.fn(async () => {});
    testState(() => now + 60_000).popup.start(again);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(again).not.toHaveBeenCalled();
  });

  test('its inputs are the ledger, the saved list, the own profile, the settings and the synced pace counters', () => {
    const inputs: [string, string][] = [
      ['local', 'ledger'],
      ['local', 'saved-people'],
      ['local', 'own-profile'],
      ['sync', 'settings'],
      ['sync', 'pace-4f1c'],
    ];
    for (const [area, key] of inputs) {
      expect(isPopupInput(area, key)).toBe(true);
    }
    const others: [string, string][] = [
      ['local', 'storage-problems'],
      ['local', 'detected-plan'],
      ['sync', 'saved-0'],
      ['session', 'tab-status'],
      ['session', POPUP_SNAPSHOT_KEY],
    ];
    for (const [area, key] of others) {
      expect(isPopupInput(area, key)).toBe(false);
    }
  });
});
