/**
 * Every address LinkedIn shows a profile at, in Chromium and Firefox: vanity names in any case
 * and encoding, member ids (`/in/ACoAA…/`, from the feed, messaging and search) with their query
 * strings, secondary-language profiles; an SPA navigation between the forms; and LinkedIn
 * rewriting the address from one form to the other while the profile is on screen.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { tabIdFor } from './harness/extension-api';
import { clearOverrides, fixtureHtml, fixtureUrl, serveInstead } from './harness/fixture-server';
import { HOST, hintState, swapInProfile, waitForHint } from './harness/hint';
import { BROWSERS, launch } from './harness/sessions';
import type { E2EPage, E2ESession, ExtensionApi } from './harness/types';

const LOCKED = 'pending.html';
const LOCKED_ID = 'ACoAAFAKE000000000000000000000000000008';
const FREE = 'first-degree.html';
const FREE_ID = 'ACoAAFAKE000000000000000000000000000001';
const BASE = 'https://www.linkedin.com/in/';

/** The same page LinkedIn serves for `pending.html`'s person, at each form of address. */
const LOCKED_FORMS = [
  `${BASE}Quinn-Prototype/`,
  `${BASE}quinn%2Dprototype/`,
  `${BASE}${LOCKED_ID}/`,
  `${BASE}${LOCKED_ID}/?lipi=urn%3Ali%3Apage%3Ad_flagship3_feed%3BAbCdEf%3D%3D`,
  `${BASE}${LOCKED_ID}?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3A${LOCKED_ID}`,
  `${BASE}quinn-prototype/fr/`,
  `${BASE}quinn-prototype/?locale=de_DE`,
];

interface TabReport {
  status: string | null;
  at: number | null;
  messaging: string | null;
}

async function tabReport(ext: E2EPage, tabId: number): Promise<TabReport> {
  return ext.evaluate(async (id) => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const reply = await api.runtime.sendMessage({ type: 'popup-view', tabId: id });
    return {
      status: reply?.status?.status ?? null,
      at: reply?.status?.at ?? null,
      messaging: reply?.status?.verdict?.messaging ?? null,
    };
  }, tabId);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BROWSERS)('%s: every profile address', (browserName) => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await launch(browserName);
    for (const url of LOCKED_FORMS) serveInstead(url, fixtureHtml(LOCKED));
    serveInstead(`${BASE}${FREE_ID}/`, fixtureHtml(FREE));
  });
  afterAll(async () => {
    clearOverrides();
    await session?.close();
  });
  afterEach(() => {
    for (const url of LOCKED_FORMS) serveInstead(url, fixtureHtml(LOCKED));
  });

  test.each(LOCKED_FORMS)('%s: one hint, the badge and the popup’s verdict on a fresh load', async (url) => {
    const page = await session.openLinkedIn(url);
    await waitForHint(page, 'Message locked');
    expect((await hintState(page)).hosts).toBe(1);
    const ext = await session.openExtensionPage('options.html');
    const tabId = await tabIdFor(ext, await page.evaluate(() => location.href));
    await ext.waitFor(async (id) => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const reply = await api.runtime.sendMessage({ type: 'popup-view', tabId: id });
      return reply?.status?.verdict?.messaging === 'locked';
    }, tabId);
    expect(
      await ext.evaluate(
        (id) => (globalThis as unknown as { browser: ExtensionApi }).browser.action.getBadgeText({ tabId: id }),
        tabId,
      ),
    ).toBe('🔒');
    await ext.close();
    await page.close();
  });

  test('an SPA navigation from a vanity URL to a member-id URL and back: the right hint each time', async () => {
    const page = await session.openLinkedIn(fixtureUrl(LOCKED));
    await waitForHint(page, 'Message locked');
    await page.evaluate((url) => history.pushState({}, '', url), `${BASE}${FREE_ID}/`);
    await page.waitFor((host) => document.querySelectorAll(host).length === 0, HOST);
    await swapInProfile(page, fixtureHtml(FREE));
    await waitForHint(page, 'Free to message');
    expect(await hintState(page)).toMatchObject({ hosts: 1, chip: 'Free to message' });

    await page.evaluate((url) => history.pushState({}, '', url), fixtureUrl(LOCKED));
    await page.waitFor((host) => document.querySelectorAll(host).length === 0, HOST);
    await swapInProfile(page, fixtureHtml(LOCKED));
    await waitForHint(page, 'Message locked');
    expect(await hintState(page)).toMatchObject({ hosts: 1, chip: 'Message locked · why?' });
    await page.close();
  });

  test('the previous person’s card is not read at a member-id URL while the next one renders', async () => {
    const page = await session.openLinkedIn(fixtureUrl(FREE));
    await waitForHint(page, 'Free to message');
    await page.evaluate((url) => history.pushState({}, '', url), `${BASE}${LOCKED_ID}/`);
    await page.waitFor((host) => document.querySelectorAll(host).length === 0, HOST);
    // LinkedIn is slow to render: the old card stays, and no hint may come from it.
    await pause(1500);
    expect((await hintState(page)).hosts).toBe(0);
    await swapInProfile(page, fixtureHtml(LOCKED));
    await waitForHint(page, 'Message locked');
    expect((await hintState(page)).hosts).toBe(1);
    await page.close();
  });

  test.each([
    ['a member id to the vanity name', `${BASE}${LOCKED_ID}/?lipi=abc`, fixtureUrl(LOCKED)],
    ['the vanity name to a member id', fixtureUrl(LOCKED), `${BASE}${LOCKED_ID}/`],
  ])('the address rewritten from %s mid-view: the same single hint, reported once', async (_, from, to) => {
    const page = await session.openLinkedIn(from);
    await waitForHint(page, 'Message locked');
    await page.evaluate((host) => {
      (document.querySelector(host) as HTMLElement & { __first?: boolean }).__first = true;
    }, HOST);
    const ext = await session.openExtensionPage('options.html');
    const tabId = await tabIdFor(ext, from);
    await ext.waitFor(async (id) => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const reply = await api.runtime.sendMessage({ type: 'popup-view', tabId: id });
      return reply?.status?.status === 'profile';
    }, tabId);
    const before = await tabReport(ext, tabId);
    await page.evaluate((url) => history.replaceState({}, '', url), to);
    // Longer than the content script's slowest way of noticing a new address (a 1 s poll).
    await pause(2500);
    const after = await hintState(page);
    expect(after).toMatchObject({ hosts: 1, chip: 'Message locked · why?' });
    expect(
      await page.evaluate(
        (host) => (document.querySelector(host) as HTMLElement & { __first?: boolean }).__first,
        HOST,
      ),
    ).toBe(true);
    expect(await tabReport(ext, tabId)).toEqual(before);
    await ext.close();
    await page.close();
  });
});
