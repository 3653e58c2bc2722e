/**
 * The built extension really runs in both browsers: the content script runs on a LinkedIn
 * profile served from a fixture and reports to the background, the popup and options pages
 * render, and the extension itself makes no network request at all. And the harness keeps
 * screenshots of a failed test's pages.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sendToBackground, tabIdFor } from './harness/extension-api';
import { saveFailureScreenshots } from './harness/failure-screenshots';
import { fixtureUrl, requestsNotExplainedByPages } from './harness/fixture-server';
import { openAnsweredPopup } from './harness/popup';
import { BROWSERS, launch } from './harness/sessions';
import type { E2ESession, ExtensionApi } from './harness/types';

describe.each(BROWSERS)('%s: the built extension', (browserName) => {
  let session: E2ESession;
  const profile = fixtureUrl('second-degree-message-primary.html');

  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('runs its content script on a LinkedIn profile and reports to the background', async () => {
    const page = await session.openLinkedIn(profile);
    const ext = await session.openExtensionPage('options.html');
    const tabId = await tabIdFor(ext, profile);
    await ext.waitFor(async (id) => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const view = await api.runtime.sendMessage({ type: 'popup-view', tabId: id });
      return view?.status?.status === 'profile';
    }, tabId);
    const view = await sendToBackground<{ status: { url: string; status: string } }>(ext, {
      type: 'popup-view',
      tabId,
    });
    expect(view.status).toMatchObject({ url: profile, status: 'profile' });
    // The mark lives in the extension, not in the page: no extension URL is written into LinkedIn's DOM.
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toMatch(/chrome-extension:\/\/|moz-extension:\/\//);
    await page.close();
  });

  test('opens and renders the popup and the options page', async () => {
    const popup = await openAnsweredPopup(session);
    expect(await popup.evaluate(() => document.querySelector('h1')?.textContent)).toBe('LockLens');
    const options = await session.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('main[data-ready]'));
    expect(await options.evaluate(() => document.querySelector('h1')?.textContent)).toBe('LockLens options');
  });

  test('makes no network request of its own', () => {
    const urls = session.requests.map((r) => r.url);
    const workerRequests = session.requests.filter((r) => r.source === 'service-worker');
    expect(workerRequests).toEqual([]);
    expect(requestsNotExplainedByPages(urls, ['second-degree-message-primary.html'])).toEqual([]);
    console.info(`${browserName}: ${urls.length} requests seen, all from the fixture pages themselves`);
  });

  test('a failed test would leave a screenshot of each page it left open', async () => {
    const page = await session.openLinkedIn(profile);
    const dir = mkdtempSync(join(tmpdir(), 'locklens-failure-shots-'));
    try {
      const files = await saveFailureScreenshots(`smoke ${browserName}`, dir);
      expect(files.length).toBeGreaterThanOrEqual(2);
      for (const file of files) expect(readFileSync(file).subarray(1, 4).toString('ascii')).toBe('PNG');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await page.close();
    }
  });
});
