/**
 * Lifecycle. In Chromium (where tests can stop the MV3 service worker and reload the extension):
 * no send is lost or doubled when the worker is stopped in the middle of a burst, and an
 * extension reload under open LinkedIn tabs leaves the old script quiet and breaks nothing. In
 * Firefox (which injects the new version into open tabs): after an update the new script takes
 * over, with one hint, and keeps working.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clickInInterop, clickInTopCard, installFakeLinkedIn, typeInInterop } from './harness/fake-linkedin';
import { fixtureHtml, fixtureUrl } from './harness/fixture-server';
import { swapInProfile, waitForHint } from './harness/hint';
import { openAnsweredPopup } from './harness/popup';
import { launch } from './harness/sessions';
import type { E2EPage, E2ESession } from './harness/types';

const FIRST = { file: 'first-degree.html', name: 'Dana Example', slug: 'dana-example' };

async function sendMessage(page: E2EPage, text: string): Promise<void> {
  await typeInInterop(page, '[role="textbox"]', text);
  await clickInInterop(page, 'button.msg-form__send-button');
  await page.waitFor(
    () => document.getElementById('interop-outlet')?.shadowRoot?.querySelector('[role="textbox"]')?.textContent === '',
  );
}

async function messagesCounted(session: E2ESession): Promise<number> {
  const popup = await openAnsweredPopup(session);
  const used = await popup.evaluate(() =>
    Number(document.querySelector<HTMLElement>('[data-metric="messages"]')?.dataset.used),
  );
  await popup.close();
  return used;
}

describe('chromium: lifecycle', () => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await launch('chromium');
  });
  afterAll(async () => {
    await session?.close();
  });

  test('the service worker stopped in the middle of a burst of sends: nothing lost, nothing doubled', async () => {
    const tabs = await Promise.all([0, 1].map(() => session.openLinkedIn(fixtureUrl(FIRST.file))));
    for (const page of tabs) {
      await waitForHint(page);
      await installFakeLinkedIn(page, FIRST);
      await clickInTopCard(page, 'a[href*="/messaging/compose/"]');
    }
    const perTab = 6;
    const stops: boolean[] = [];
    await Promise.all(
      tabs.map(async (page, tab) => {
        for (let i = 0; i < perTab; i++) {
          await sendMessage(page, `Tab ${tab}, message ${i}: about the Examplecorp fair`);
          if (tab === 0 && (i === 2 || i === 4)) stops.push((await session.stopServiceWorker?.()) ?? false);
        }
      }),
    );
    expect(stops.some(Boolean), 'the service worker was really stopped at least once').toBe(true);
    const expected = tabs.length * perTab;
    let counted = 0;
    for (let attempt = 0; attempt < 20 && counted < expected; attempt++) {
      counted = await messagesCounted(session);
      if (counted < expected) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(counted).toBe(expected);
    await Promise.all(tabs.map((page) => page.close()));
  });

  // Runs last: in this headless setup a reloaded command-line extension does not come back, so
  // this is the orphaned-script half of an update (the new script's half is every other test).
  test('an extension reload under an open profile: the orphaned script goes quiet and breaks nothing', async () => {
    const page = await session.openLinkedIn(fixtureUrl('third-degree-message-primary.html'));
    await waitForHint(page, 'Message locked');
    const errors: string[] = [];
    await page.evaluate(() => {
      window.addEventListener('error', (event) => {
        (window as unknown as { __errors: string[] }).__errors.push(String(event.message));
      });
      (window as unknown as { __errors: string[] }).__errors = [];
    });
    await session.reloadExtension?.();
    // LinkedIn navigates: the orphaned script must not react, throw, or leave a second hint.
    await page.evaluate((url) => history.pushState({}, '', url), fixtureUrl('pending.html'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.evaluate(() => document.querySelectorAll('aside-note-card').length)).toBeLessThanOrEqual(1);
    errors.push(...(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)));
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => location.pathname)).toBe('/in/quinn-prototype/');
    await page.close();
  });
});

describe('firefox: an update under an open profile', () => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await launch('firefox');
  });
  afterAll(async () => {
    await session?.close();
  });

  test('the new script takes over: one hint, no error, and it follows the next navigation', async () => {
    const page = await session.openLinkedIn(fixtureUrl('third-degree-message-primary.html'));
    await waitForHint(page, 'Message locked');
    await page.evaluate(() => {
      const errors: string[] = [];
      (window as unknown as { __errors: string[] }).__errors = errors;
      window.addEventListener('error', (event) => errors.push(String(event.message)));
      // Marks the old copy's hint (an expando the page's world sees, the extension's does not).
      (document.querySelector('aside-note-card') as HTMLElement & { __old?: true }).__old = true;
    });
    await session.updateExtension?.();
    // The new copy's hint replaces what the old one left in the page: never two.
    await page.waitFor(() => {
      const hosts = [...document.querySelectorAll('aside-note-card')] as (HTMLElement & { __old?: true })[];
      return hosts.length === 1 && !hosts[0]?.__old && hosts[0]?.shadowRoot?.querySelector('.ll-chip');
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await page.evaluate(() => document.querySelectorAll('aside-note-card').length)).toBe(1);
    // The new script is alive: an SPA navigation gets the next person's hint.
    await page.evaluate((url) => history.pushState({}, '', url), fixtureUrl(FIRST.file));
    await swapInProfile(page, fixtureHtml(FIRST.file));
    await waitForHint(page, 'Free to message');
    expect(await page.evaluate(() => document.querySelectorAll('aside-note-card').length)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    await page.close();
  });
});
