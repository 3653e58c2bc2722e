/**
 * The composer panel in the real browsers: it appears beside LinkedIn's message box inside the
 * interop shadow root, finds what is generic, promotional or linked in a first message, finds
 * nothing in a personal note with a reason, and goes away with the composer.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
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
import { BROWSERS, launch } from './harness/sessions';
import type { E2EPage, E2ESession } from './harness/types';

const FIRST = { file: 'first-degree.html', name: 'Dana Example', slug: 'dana-example' };
const CONNECT = { file: 'second-degree-connect-primary.html', name: 'Casey Mockwell', slug: 'casey-mockwell' };

function panelFindings(page: E2EPage): Promise<string[] | null> {
  return page.evaluate(() => {
    const host = document.getElementById('interop-outlet')?.shadowRoot?.querySelector('aside-note-check');
    const panel = host?.shadowRoot?.querySelector('.ll-check');
    if (!panel) return null;
    return [...panel.querySelectorAll<HTMLElement>('[data-finding]')].map((li) => li.dataset.finding ?? '');
  });
}

async function waitForFindings(page: E2EPage, predicate: string): Promise<void> {
  await page.waitFor((test) => {
    const host = document.getElementById('interop-outlet')?.shadowRoot?.querySelector('aside-note-check');
    const panel = host?.shadowRoot?.querySelector('.ll-check');
    if (!panel) return false;
    const ids = [...panel.querySelectorAll<HTMLElement>('[data-finding]')].map((li) => li.dataset.finding);
    return new Function('ids', `return ${test}`)(ids);
  }, predicate);
}

describe.each(BROWSERS)('%s: the composer checker', (browserName) => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('flags a generic promotional first message with a link, clears for a personal one, leaves with the composer', async () => {
    const page = await session.openLinkedIn(fixtureUrl(FIRST.file));
    await waitForHint(page);
    await installFakeLinkedIn(page, FIRST);
    await clickInTopCard(page, 'a[href*="/messaging/compose/"]');

    await typeInInterop(
      page,
      '[role="textbox"]',
      'Hello! Check out our amazing limited time offer at https://example.com/deal and book a demo today.',
    );
    await waitForFindings(page, "ids.includes('link-in-first-message')");
    expect(await panelFindings(page)).toEqual(
      expect.arrayContaining(['not-personal', 'promotional', 'link-in-first-message']),
    );

    await typeInInterop(
      page,
      '[role="textbox"]',
      'Hi Dana, I noticed your post on supply chains and would like to ask you one question about it.',
    );
    await waitForFindings(page, 'ids.length === 0');
    expect(await panelFindings(page)).toEqual([]);

    await clickInInterop(page, '.msg-overlay-bubble-header .close');
    await interopGone(page, '.msg-overlay-conversation-bubble');
    expect(await panelFindings(page)).toBeNull();
    await page.close();
  });

  test('checks an invitation note against the note length of a free account', async () => {
    const page = await session.openLinkedIn(fixtureUrl(CONNECT.file));
    await waitForHint(page);
    await installFakeLinkedIn(page, CONNECT);
    await clickInTopCard(page, 'a[href*="/preload/custom-invite/"]');
    await clickInInterop(page, DIALOG.secondary);
    await typeInInterop(page, DIALOG.note, `Hi Casey, ${'I would love to connect about logistics. '.repeat(6)}`);
    await waitForFindings(page, "ids.includes('too-long')");
    await clickInInterop(page, DIALOG.close);
    await interopGone(page, DIALOG.dialog);
    await page.close();
  });

  test('quiet mode: nothing is inserted next to the composer', async () => {
    const ext = await session.openExtensionPage('options.html');
    await ext.evaluate(
      (settings) =>
        (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.storage.sync.set({
          settings,
        }),
      { ...DEFAULT_SETTINGS, quietMode: true },
    );
    try {
      const page = await session.openLinkedIn(fixtureUrl(FIRST.file));
      await page.waitFor(() => document.getElementById('interop-outlet'));
      await installFakeLinkedIn(page, FIRST);
      await clickInTopCard(page, 'a[href*="/messaging/compose/"]');
      await typeInInterop(page, '[role="textbox"]', 'Hello! Limited time offer at https://example.com/deal');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(
        await page.evaluate(
          () => document.getElementById('interop-outlet')?.shadowRoot?.querySelectorAll('aside-note-check').length,
        ),
      ).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('aside-note-card').length)).toBe(0);
      await page.close();
    } finally {
      await ext.evaluate(() =>
        (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.storage.sync.remove(
          'settings',
        ),
      );
    }
  });

  test('made no network request of its own', () => {
    const urls = session.requests.map((r) => r.url);
    expect(requestsNotExplainedByPages(urls, [FIRST.file, CONNECT.file])).toEqual([]);
  });
});
