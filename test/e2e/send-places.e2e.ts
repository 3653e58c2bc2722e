/**
 * Everywhere users send, in the real browsers, on fixtures shaped like LinkedIn's 2026 pages: the
 * full messaging page (its form in the page's own DOM), the InMail composer and the 2026
 * invitation dialog in the interop shadow root (in Polish), and Connect in people search results.
 * The composer panel shows beside each and follows the typing; each confirmed send counts once;
 * a cancel, a double click or a main-DOM dialog that is not an invitation counts nothing; quiet
 * mode inserts nothing; the extension makes no request.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { AD_OPTIONS_DIALOG } from '../fixtures/linkedin-ui';
import {
  clickIn,
  clickInTopCard,
  DIALOG,
  installFakeLinkedIn,
  interopGone,
  pressEnterIn,
  typeIn,
  type Where,
} from './harness/fake-linkedin';
import { fixtureUrl, requestsNotExplainedByPages } from './harness/fixture-server';
import { waitForHint } from './harness/hint';
import { openAnsweredPopup } from './harness/popup';
import { BROWSERS, launch } from './harness/sessions';
import type { E2EPage, E2ESession, ExtensionApi } from './harness/types';

const MESSAGING = 'messaging-thread.html';
const SEARCH = 'search-results-people.html';
const CONNECT = { file: 'second-degree-connect-primary.html', name: 'Casey Mockwell', slug: 'casey-mockwell' };
const INMAIL = { file: 'second-degree-message-primary.html', name: 'Rowan Placeholder', slug: 'rowan-placeholder' };
const BOX = '.msg-form__contenteditable';
const HOST = 'aside-note-check';

type Pace = Record<string, number>;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The popup's counts, once they equal `expected` (sends are reported asynchronously), else as they last were. */
async function paceOnce(session: E2ESession, expected: Pace): Promise<Pace> {
  let pace: Pace = {};
  for (let attempt = 0; attempt < 20; attempt++) {
    const popup = await openAnsweredPopup(session);
    pace = await popup.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('[data-metric]')].map((row) => [
          row.dataset.metric ?? '',
          Number(row.dataset.used),
        ]),
      ),
    );
    await popup.close();
    if (Object.entries(expected).every(([metric, used]) => pace[metric] === used)) break;
    await pause(150);
  }
  return pace;
}

/** The panel's findings beside the composer (in `where`), once `predicate` holds for their ids. */
async function waitForFindings(page: E2EPage, where: Where, predicate: string): Promise<string[]> {
  const args = { where, predicate, host: HOST };
  await page.waitFor(({ where, predicate, host }) => {
    const root = where === 'page' ? document : document.getElementById('interop-outlet')?.shadowRoot;
    const panel = root?.querySelector(host)?.shadowRoot?.querySelector('.ll-check');
    if (!panel) return false;
    const ids = [...panel.querySelectorAll<HTMLElement>('[data-finding]')].map((li) => li.dataset.finding);
    return new Function('ids', `return ${predicate}`)(ids);
  }, args);
  return page.evaluate(({ where, host }) => {
    const root = where === 'page' ? document : document.getElementById('interop-outlet')?.shadowRoot;
    const panel = root?.querySelector(host)?.shadowRoot?.querySelector('.ll-check');
    return [...(panel?.querySelectorAll<HTMLElement>('[data-finding]') ?? [])].map((li) => li.dataset.finding ?? '');
  }, args);
}

/** LockLens elements anywhere: the page's own DOM and the interop layer. */
function hostsInPage(page: E2EPage): Promise<number> {
  return page.evaluate(
    (host) =>
      document.querySelectorAll(host).length +
      (document.getElementById('interop-outlet')?.shadowRoot?.querySelectorAll(host).length ?? 0),
    HOST,
  );
}

async function sendOnMessagingPage(page: E2EPage, text: string, how: 'click' | 'enter'): Promise<void> {
  await typeIn(page, 'page', BOX, text);
  if (how === 'click') await clickIn(page, 'page', '.msg-form__send-button');
  else await pressEnterIn(page, 'page', BOX);
  await page.waitFor(
    (box) => document.querySelector(box)?.textContent === '' && document.querySelector('.msg-s-message-list-content'),
    BOX,
  );
}

function pendingInCard(page: E2EPage, slug: string): Promise<void> {
  return page.waitFor(
    (slug) =>
      [...document.querySelectorAll('[data-view-name="people-search-result"]')].some(
        (card) =>
          card.querySelector(`a[href*="/in/${slug}/"] svg#clock-small`) && card.textContent?.includes('Pending'),
      ),
    slug,
  );
}

describe.each(BROWSERS)('%s: where users send', (browserName) => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('the full messaging page: the panel follows the typing; a reply, a follow-up, a new message count', async () => {
    const page = await session.openLinkedIn(fixtureUrl(MESSAGING));
    await installFakeLinkedIn(page);
    await typeIn(page, 'page', BOX, 'Morgan, do not miss our limited time offer, book a demo today!');
    expect(await waitForFindings(page, 'page', "ids.includes('promotional')")).toContain('promotional');
    // The panel sits just before LinkedIn's form, in the page's own DOM.
    expect(await page.evaluate(() => document.querySelector('form.msg-form')?.previousElementSibling?.localName)).toBe(
      HOST,
    );
    await typeIn(page, 'page', BOX, 'Morgan, Tuesday works for me: shall we say 10:00?');
    expect(await waitForFindings(page, 'page', 'ids.length === 0')).toEqual([]);

    // Morgan answered last: a reply; then nothing from Morgan since: a follow-up.
    await sendOnMessagingPage(page, 'Morgan, Tuesday works for me: shall we say 10:00?', 'click');
    await sendOnMessagingPage(page, 'Morgan, I have booked a room for Tuesday.', 'enter');

    // A new message to one person: the thread starts empty, a link in a first message is flagged.
    await clickIn(page, 'page', 'a[href="/messaging/thread/new/"]');
    await typeIn(page, 'page', BOX, 'Hello, here is the agenda: https://example.com/agenda for next week.');
    expect(await waitForFindings(page, 'page', "ids.includes('link-in-first-message')")).toContain(
      'link-in-first-message',
    );
    await sendOnMessagingPage(page, 'Hello, here is the agenda for next week.', 'click');
    await page.close();

    expect(await paceOnce(session, { messages: 3, followups: 1 })).toMatchObject({ messages: 3, followups: 1 });
  });

  test('the InMail composer: subject and body checked, one InMail counted with the credits LinkedIn shows', async () => {
    const page = await session.openLinkedIn(fixtureUrl(INMAIL.file));
    await waitForHint(page);
    await installFakeLinkedIn(page, { ...INMAIL, inmail: { credits: 'Use 1 of 12 InMail credits' } });
    await clickInTopCard(page, 'a[href*="/messaging/compose/"]');
    await typeIn(page, 'interop', 'input[name="subject"]', `Limited time offer ${'for your team '.repeat(14)}`);
    await typeIn(
      page,
      'interop',
      BOX,
      'Hi Rowan, I read your post on warehouse robots and have one question about it.',
    );
    const findings = await waitForFindings(page, 'interop', "ids.includes('too-long') && ids.includes('promotional')");
    expect(findings).toEqual(expect.arrayContaining(['too-long', 'promotional']));
    await typeIn(page, 'interop', 'input[name="subject"]', 'Your post on warehouse robots');
    await clickIn(page, 'interop', '.msg-form__send-btn');
    await page.waitFor(() => document.getElementById('interop-outlet')?.shadowRoot?.querySelector('li p')?.textContent);
    await page.close();

    expect(await paceOnce(session, { inmail: 1 })).toMatchObject({ inmail: 1, messages: 4 });
    const popup = await openAnsweredPopup(session);
    expect(await popup.evaluate(() => document.querySelector('[data-metric="inmail"]')?.textContent)).toMatch(
      /1[12] credits left/,
    );
    await popup.close();
  });

  test('the 2026 invitation dialog in Polish: the note checked, counted once the profile turns to Pending', async () => {
    const page = await session.openLinkedIn(fixtureUrl(CONNECT.file));
    await waitForHint(page);
    await installFakeLinkedIn(page, { ...CONNECT, language: 'pl' });
    await clickInTopCard(page, 'a[href*="/preload/custom-invite/"]');
    await clickIn(page, 'interop', DIALOG.secondary); // "Dodaj notatkę"
    await typeIn(page, 'interop', DIALOG.note, `Cześć Casey, ${'chętnie porozmawiam o logistyce. '.repeat(8)}`);
    expect(await waitForFindings(page, 'interop', "ids.includes('too-long')")).toContain('too-long');
    await typeIn(page, 'interop', DIALOG.note, 'Cześć Casey, Twój wpis o logistyce bardzo mi pomógł.');
    await clickIn(page, 'interop', DIALOG.send, 2); // "Wyślij", twice
    await page.waitFor(() => document.querySelector('section[componentkey$="Topcard"] svg#clock-small'));
    await page.close();

    expect(await paceOnce(session, { invites: 1, notes: 1 })).toMatchObject({ invites: 1, notes: 1 });
  });

  test('people search results: each Connect counted once when its card turns to Pending; a cancel counts nothing', async () => {
    const page = await session.openLinkedIn(fixtureUrl(SEARCH));
    await installFakeLinkedIn(page);
    await clickIn(page, 'page', 'a[href*="vanityName=sam-placeholder-42"]');
    await clickIn(page, 'interop', DIALOG.send, 2); // "Send without a note", double-clicked
    await pendingInCard(page, 'sam-placeholder-42');

    await clickIn(page, 'page', 'a[href*="vanityName=kim-fakename"]');
    await clickIn(page, 'interop', DIALOG.secondary);
    await typeIn(page, 'interop', DIALOG.note, 'Hi Kim, about warehouse planning');
    await clickIn(page, 'interop', DIALOG.close);
    await interopGone(page, DIALOG.dialog);
    await pause(300);

    await clickIn(page, 'page', 'a[href*="vanityName=kim-fakename"]');
    await clickIn(page, 'interop', DIALOG.send);
    await pendingInCard(page, 'kim-fakename');
    await page.close();

    expect(await paceOnce(session, { invites: 3 })).toMatchObject({ invites: 3, notes: 1 });
  });

  test('a dialog of the page’s own DOM that is not an invitation: no panel, nothing counted', async () => {
    const page = await session.openLinkedIn(fixtureUrl(SEARCH));
    await installFakeLinkedIn(page);
    await page.evaluate((markup) => {
      document.body.insertAdjacentHTML('beforeend', markup);
      const dialog = document.body.lastElementChild as HTMLElement;
      dialog.querySelector('.artdeco-button--primary')?.addEventListener('click', () => dialog.remove());
    }, AD_OPTIONS_DIALOG);
    await typeIn(page, 'page', '[role="dialog"] textarea', 'Not relevant to me, a limited time offer is spam');
    await clickIn(page, 'page', '[role="dialog"] .artdeco-button--primary');
    await pause(1000);
    expect(await hostsInPage(page)).toBe(0);
    await page.close();

    expect(await paceOnce(session, { invites: 3 })).toMatchObject({ invites: 3, notes: 1, messages: 4 });
  });

  test('quiet mode: nothing is inserted beside any composer', async () => {
    const ext = await session.openExtensionPage('options.html');
    const setQuiet = (quiet: boolean) =>
      ext.evaluate(
        (settings) => {
          const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
          return settings ? api.storage.sync.set({ settings }) : api.storage.sync.remove('settings');
        },
        quiet ? { ...DEFAULT_SETTINGS, quietMode: true } : null,
      );
    await setQuiet(true);
    try {
      const messaging = await session.openLinkedIn(fixtureUrl(MESSAGING));
      await installFakeLinkedIn(messaging);
      await typeIn(messaging, 'page', BOX, 'Hello! Limited time offer at https://example.com/deal');
      const search = await session.openLinkedIn(fixtureUrl(SEARCH));
      await installFakeLinkedIn(search);
      await clickIn(search, 'page', 'a[href*="vanityName=kim-fakename"]');
      await clickIn(search, 'interop', DIALOG.secondary);
      await typeIn(search, 'interop', DIALOG.note, 'Hello! Limited time offer at https://example.com/deal');
      await pause(1000);
      expect(await hostsInPage(messaging)).toBe(0);
      expect(await hostsInPage(search)).toBe(0);
      await messaging.close();
      await search.close();
    } finally {
      await setQuiet(false);
      await ext.close();
    }
  });

  test('made no network request of its own', () => {
    const urls = session.requests.map((r) => r.url);
    expect(requestsNotExplainedByPages(urls, [MESSAGING, SEARCH, CONNECT.file, INMAIL.file])).toEqual([]);
  });
});
