/**
 * The popup paints the view the background kept for it (lib/storage/popup-snapshot.ts) while the
 * background wakes, and replaces it with the background's answer; without a usable one it waits.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/popup/popup-app';
import {
  readPopupView,
  readPopupViewAfter,
  readSnapshotView,
  targetTabId,
} from '../../components/popup/read-popup-view';
import { type PaceSummary, paceSummary } from '../../lib/pace/pace-summary';
import { DAY_MS, localTimeZone } from '../../lib/pace/windows';
import type { PopupView } from '../../lib/protocol/answers';
import { POPUP_SNAPSHOT_KEY, TAB_STATUS_KEY } from '../../lib/storage/keys';
import type { PopupSnapshot } from '../../lib/storage/popup-snapshot';
import { yearOfHeavyUse } from '../helpers/year-of-heavy-use';

const now = Date.now();
/** Nobody saved. */
const NO_SAVED = { people: [], total: 0, due: 0 };
let pace: PaceSummary;

beforeEach(() => {
  window.history.replaceState(null, '', '/popup.html?tab=4');
  pace ??= paceSummary(yearOfHeavyUse({ firstMorning: now - 365 * DAY_MS }).ledger, {
    now,
    timeZone: localTimeZone(),
    plan: 'free',
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

/** The background's answer, held back until the test lets it through. */
function backgroundAnswersLater(): (view: PopupView) => void {
  let answer: (view: PopupView) => void = () => {};
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    () => new Promise((resolve) => (answer = resolve as (view: PopupView) => void)),
  );
  return (view) => answer(view);
}

/** As entrypoints/popup-script.tsx opens it. */
function openPopup() {
  const tabId = targetTabId();
  const early = readSnapshotView(tabId);
  return render(<PopupApp live={readPopupViewAfter(early, tabId)} early={early} />);
}

/** Records whether the kept view was on screen when the background was asked; never answers. */
function recordWhenAsked(container: () => Element | null): { asked: () => boolean; snapshotShown: () => boolean } {
  let shown: boolean | null = null;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => {
    shown ??= container()?.querySelector('main[data-source="snapshot"]') != null;
    return new Promise(() => {});
  });
  return { asked: () => shown !== null, snapshotShown: () => shown === true };
}

const snapshot = (change: Partial<PopupSnapshot> = {}): PopupSnapshot => ({
  v: 3,
  at: now - 60_000,
  validUntil: now + 3_600_000,
  quietMode: false,
  pace,
  saved: NO_SAVED,
  ownProfile: null,
  ...change,
});

const invitesShown = (container: Element) =>
  container.querySelector<HTMLElement>('[data-metric="invites"]')?.dataset.used;

test('a usable snapshot is painted while the background is still waking, then its answer replaces it', async () => {
  await fakeBrowser.storage.session.set({
    [POPUP_SNAPSHOT_KEY]: snapshot(),
    [TAB_STATUS_KEY]: { 4: { url: 'https://www.linkedin.com/feed/', status: 'not-profile', at: now } },
  });
  const answer = backgroundAnswersLater();
  const { container } = openPopup();
  await waitFor(() => expect(container.querySelector('main[data-source="snapshot"]')).not.toBeNull());
  expect(invitesShown(container)).toBe(String(pace.invites.last7Days));
  expect(screen.queryByText(/reading/i)).toBeNull();

  await waitFor(() => expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalled());
  answer({
    status: null,
    quietMode: false,
    pace: { ...pace, invites: { ...pace.invites, last7Days: 1 } },
    saved: NO_SAVED,
    ownProfile: null,
  });
  await waitFor(() => expect(container.querySelector('main[data-source="live"]')).not.toBeNull());
  expect(invitesShown(container)).toBe('1');
});

test('without a usable snapshot the popup says it is reading until the background answers', async () => {
  for (const kept of [undefined, snapshot({ validUntil: now - 1 }), snapshot({ at: now + 60_000 })]) {
    await fakeBrowser.storage.session.clear();
    if (kept) await fakeBrowser.storage.session.set({ [POPUP_SNAPSHOT_KEY]: kept });
    const answer = backgroundAnswersLater();
    const { container, unmount } = openPopup();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByText(/reading/i)).toBeTruthy();
    expect(container.querySelector('main[data-ready]')).toBeNull();
    answer({ status: null, quietMode: false, pace, saved: NO_SAVED, ownProfile: null });
    await waitFor(() => expect(container.querySelector('main[data-source="live"]')).not.toBeNull());
    unmount();
  }
});

test('with a usable snapshot the background is asked once it is painted; without one, at once', async () => {
  // Asking wakes a stopped worker, whose start would compete with the popup's first frame.
  let root: Element | null = null;
  const withKept = recordWhenAsked(() => root);
  await fakeBrowser.storage.session.set({ [POPUP_SNAPSHOT_KEY]: snapshot() });
  root = openPopup().container;
  await waitFor(() => expect(withKept.asked()).toBe(true));
  expect(withKept.snapshotShown()).toBe(true);
  cleanup();
  vi.restoreAllMocks();

  const withoutKept = recordWhenAsked(() => root);
  await fakeBrowser.storage.session.clear();
  root = openPopup().container;
  await waitFor(() => expect(withoutKept.asked()).toBe(true));
  expect(withoutKept.snapshotShown()).toBe(false);
  expect(screen.getByText(/reading/i)).toBeTruthy();
});

test('an answer that comes first is never replaced by the snapshot', async () => {
  await fakeBrowser.storage.session.set({ [POPUP_SNAPSHOT_KEY]: snapshot() });
  const session = fakeBrowser.storage.session;
  const get = session.get.bind(session);
  vi.spyOn(session, 'get').mockImplementation(async (...args) => {
    await new Promise((resolve) => setTimeout(resolve, 30));
    return get(...(args as Parameters<typeof get>));
  });
  const view: PopupView = {
    status: null,
    quietMode: false,
    pace: { ...pace, invites: { ...pace.invites, last7Days: 1 } },
    saved: NO_SAVED,
    ownProfile: null,
  };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(view as never);
  // PopupApp's own guarantee, whoever asks first: here the answer is asked for at once.
  const tabId = targetTabId();
  const { container } = render(<PopupApp live={readPopupView(tabId)} early={readSnapshotView(tabId)} />);
  await waitFor(() => expect(container.querySelector('main[data-source="live"]')).not.toBeNull());
  await new Promise((resolve) => setTimeout(resolve, 60));
  expect(container.querySelector('main')?.dataset.source).toBe('live');
  expect(invitesShown(container)).toBe('1');
});

test('"Your profile" shows what the background says, and is left out when it does not answer', async () => {
  const answer = backgroundAnswersLater();
  const { container, unmount } = openPopup();
  await waitFor(() => expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalled());
  answer({
    status: null,
    quietMode: false,
    pace,
    saved: NO_SAVED,
    ownProfile: {
      parts: { photo: false, headline: true, about: true, experience: true, activity: true },
      connections: 300,
      completeness: 0.8,
      readAt: now - 2 * DAY_MS,
    },
  });
  await waitFor(() => expect(container.querySelector('main[data-source="live"][data-complete]')).not.toBeNull());
  expect(screen.getByRole('region', { name: 'Your profile' }).textContent).toContain('Add a photo');
  unmount();

  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
  const silent = openPopup();
  await waitFor(() => expect(silent.container.querySelector('main[data-ready][data-complete]')).not.toBeNull());
  expect(screen.queryByRole('region', { name: 'Your profile' })).toBeNull();
});
