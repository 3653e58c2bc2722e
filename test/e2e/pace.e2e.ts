/**
 * Counting confirmed sends in the real browsers: invitations with and without a note, a
 * cancelled dialog, a double click, messages and a follow-up, several tabs sending at once;
 * then the popup shows exactly what was sent.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  clickInInterop,
  clickInTopCard,
  DIALOG,
  installFakeLinkedIn,
  interopGone,
  typeInInterop,
} from './harness/fake-linkedin';
import { fixtureUrl, requestsNotExplainedByPages } from './harness/fixture-server';
import { waitForHint } from './harness/hint';
import { openAnsweredPopup } from './harness/popup';
import { BROWSERS, launch } from './harness/sessions';
import type { E2EPage, E2ESession, ExtensionApi } from './harness/types';

const CONNECT = { file: 'second-degree-connect-primary.html', name: 'Casey Mockwell', slug: 'casey-mockwell' };
const CONNECT_ES = { file: 'spanish-second-degree.html', name: 'Lucía Ejemplo', slug: 'lucia-ejemplo' };
const FIRST = { file: 'first-degree.html', name: 'Dana Example', slug: 'dana-example' };

interface Metric {
  used: number;
  limit: string;
  warning: string;
}

async function readPace(session: E2ESession): Promise<Record<string, Metric>> {
  const popup = await openAnsweredPopup(session);
  return popup.evaluate(() => {
    const out: Record<string, { used: number; limit: string; warning: string }> = {};
    for (const row of document.querySelectorAll<HTMLElement>('[data-metric]')) {
      out[row.dataset.metric ?? ''] = {
        used: Number(row.dataset.used),
        limit: row.dataset.limit ?? '',
        warning: row.dataset.warning ?? '',
      };
    }
    return out;
  });
}

async function openProfile(session: E2ESession, profile: typeof CONNECT): Promise<E2EPage> {
  const page = await session.openLinkedIn(fixtureUrl(profile.file));
  await waitForHint(page);
  await installFakeLinkedIn(page, { name: profile.name, slug: profile.slug });
  return page;
}

function pendingShown(page: E2EPage): Promise<void> {
  return page.waitFor(() => document.querySelector('section[componentkey$="Topcard"] svg#clock-small'));
}

async function sendMessage(page: E2EPage, text: string, clicks = 1): Promise<void> {
  await typeInInterop(page, '[role="textbox"]', text);
  await clickInInterop(page, 'button.msg-form__send-button', clicks);
  await page.waitFor(
    () => document.getElementById('interop-outlet')?.shadowRoot?.querySelector('[role="textbox"]')?.textContent === '',
  );
}

describe.each(BROWSERS)('%s: the pace tracker', (browserName) => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('starts empty', async () => {
    const pace = await readPace(session);
    expect(pace.invites?.used).toBe(0);
    expect(pace.messages?.used).toBe(0);
  });

  test('counts an invitation with a note once the profile turns to Pending', async () => {
    const page = await openProfile(session, CONNECT);
    await clickInTopCard(page, 'a[href*="/preload/custom-invite/"]');
    await clickInInterop(page, DIALOG.secondary);
    await typeInInterop(page, DIALOG.note, 'Hi Casey, I enjoyed your talk on logistics.');
    await clickInInterop(page, DIALOG.send);
    await pendingShown(page);
    await page.close();
  });

  test('a cancelled dialog counts nothing; a double click on Send counts once', async () => {
    const cancelled = await openProfile(session, CONNECT);
    await clickInTopCard(cancelled, 'a[href*="/preload/custom-invite/"]');
    await clickInInterop(cancelled, DIALOG.secondary);
    await typeInInterop(cancelled, DIALOG.note, 'Never mind');
    await clickInInterop(cancelled, DIALOG.close);
    await interopGone(cancelled, DIALOG.dialog);
    await cancelled.close();

    const doubled = await openProfile(session, CONNECT_ES);
    await clickInTopCard(doubled, 'a[href*="/preload/custom-invite/"]');
    await clickInInterop(doubled, DIALOG.send, 2);
    await pendingShown(doubled);
    await doubled.close();
  });

  test('counts a message, a double-clicked message once, and a follow-up without a reply', async () => {
    const page = await openProfile(session, FIRST);
    await clickInTopCard(page, 'a[href*="/messaging/compose/"]');
    await sendMessage(page, 'Hi Dana, congratulations on the new role!', 2);
    await sendMessage(page, 'Dana, just checking you saw my note above.');
    await page.close();

    const pace = await readPace(session);
    expect(pace.invites).toMatchObject({ used: 2, warning: 'none' });
    expect(pace.notes?.used).toBe(1);
    expect(pace.messages?.used).toBe(2);
    expect(pace.followups?.used).toBe(1);
  });

  test('the line at the top of the popup: the same counts in one labelled region, and Enter on it reaches the dashboard', async () => {
    const popup = await openAnsweredPopup(session);
    const line = await popup.evaluate(() => {
      const region = document.querySelector<HTMLElement>('main > section.ll-pace-line');
      return {
        // Right under the title, before the verdict or what to do on this page.
        atTop: document.querySelector('main > h1')?.nextElementSibling === region,
        label: region?.getAttribute('aria-label'),
        items: [...(region?.querySelectorAll<HTMLElement>('[data-limit]') ?? [])].map(
          (item) =>
            `${item.dataset.limit} ${item.dataset.warning}: ${item.querySelector('.ll-pace-label')?.textContent} ${item.querySelector('.ll-pace-figure')?.textContent}`,
        ),
        // One row: every cell on the same line at the popup's width.
        tops: new Set(
          [...(region?.querySelectorAll('[data-limit]') ?? [])].map((item) => item.getBoundingClientRect().top),
        ).size,
      };
    });
    expect(line.atTop).toBe(true);
    expect(line.label).toBe('Your pace at a glance');
    expect(line.items).toEqual([
      'invites-per-week none: Invitations, 7 days 2/100',
      'notes-per-month none: Notes this month 1/5',
      'messages-per-day none: Messages today 2/40',
    ]);
    expect(line.tops).toBe(1);
    await popup.evaluate(() => document.querySelector<HTMLElement>('.ll-pace-line a')?.focus());
    await popup.press('Enter');
    await popup.waitFor(() => document.activeElement?.id === 'll-pace-title');
    await popup.close();
  });

  test('several tabs sending at once: the ledger holds exactly what was sent', async () => {
    const tabs = await Promise.all([0, 1, 2].map(() => openProfile(session, FIRST)));
    const perTab = 5;
    await Promise.all(
      tabs.map(async (page, tab) => {
        await clickInTopCard(page, 'a[href*="/messaging/compose/"]');
        for (let i = 0; i < perTab; i++) await sendMessage(page, `Tab ${tab} message ${i} about the Examplecorp event`);
      }),
    );
    await Promise.all(tabs.map((page) => page.close()));
    // Confirmations are reported asynchronously: wait until all of them have landed.
    const popup = await openAnsweredPopup(session);
    await popup
      .waitFor(
        (expected) =>
          Number(document.querySelector<HTMLElement>('[data-metric="messages"]')?.dataset.used) === expected,
        2 + tabs.length * perTab,
      )
      .catch(() => {});
    const pace = await readPace(session);
    expect(pace.messages?.used).toBe(2 + tabs.length * perTab);
  });

  test("the view kept for the popup (in this browser's session storage) holds what the popup showed", async () => {
    const shown = await readPace(session);
    const page = await session.openExtensionPage('popup.html');
    let kept: { invites: number; messages: number } | null = null;
    // Kept a moment after the popup's answer (or the last send): poll the way the popup reads it.
    for (let i = 0; i < 50 && !kept; i++) {
      kept = await page.evaluate(async () => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        const snapshot = (await api.storage.session.get('popup-snapshot'))['popup-snapshot'] as
          | { at: number; validUntil: number; pace: { invites: { last7Days: number }; messages: { today: number } } }
          | undefined;
        const now = Date.now();
        if (!snapshot || snapshot.at > now || now >= snapshot.validUntil) return null;
        return { invites: snapshot.pace.invites.last7Days, messages: snapshot.pace.messages.today };
      });
      if (!kept) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(kept).toEqual({ invites: shown.invites?.used, messages: shown.messages?.used });
    await page.close();
  });

  test('made no network request of its own', () => {
    const urls = session.requests.map((r) => r.url);
    expect(requestsNotExplainedByPages(urls, [CONNECT.file, CONNECT_ES.file, FIRST.file])).toEqual([]);
  });
});
