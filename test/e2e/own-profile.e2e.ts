/**
 * The user's own profile, in Chromium and Firefox: before it was ever opened the popup asks for
 * it; opening the sparse self view leaves a summary that the popup lists under "Your profile"
 * (what is missing, when it was read), and the next stranger's explanation names an incomplete
 * profile and a small network as community-reported possibilities. Opening another profile
 * changes nothing in the summary. No request leaves the extension.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureUrl, requestsNotExplainedByPages } from './harness/fixture-server';
import { waitForHint } from './harness/hint';
import { openAnsweredPopup } from './harness/popup';
import { BROWSERS, launch } from './harness/sessions';
import type { E2EPage, E2ESession, ExtensionApi } from './harness/types';

const SELF = 'self-incomplete.html';
const STRANGER = 'third-degree-message-primary.html';

/** What the extension keeps as the user's own profile summary, read from one of its pages. */
function ownProfileStored(ext: E2EPage): Promise<unknown> {
  return ext.evaluate(async () => {
    const { storage } = (globalThis as unknown as { browser: ExtensionApi }).browser;
    return (await storage.local.get('own-profile'))['own-profile'];
  });
}

describe.each(BROWSERS)('%s: your own profile', (browserName) => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('never opened: the popup asks for it', async () => {
    const popup = await openAnsweredPopup(session);
    const section = await popup.evaluate(() => document.querySelector('.ll-own-profile')?.textContent ?? '');
    expect(section).toContain('Your profile');
    expect(section).toContain('Open your own LinkedIn profile once so LockLens can check it.');
    await popup.close();
  });

  test('opening it leaves a summary the popup lists, and the next explanation weighs', async () => {
    const ext = await session.openExtensionPage('options.html');
    const self = await session.openLinkedIn(fixtureUrl(SELF));
    // The self view's report is what leaves the summary: wait for it in storage.
    let stored = await ownProfileStored(ext);
    for (const started = Date.now(); !stored && Date.now() - started < 10_000; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      stored = await ownProfileStored(ext);
    }
    expect(stored).toMatchObject({
      parts: { photo: false, headline: false, about: false, experience: false, activity: false },
      connections: 23,
      completeness: 0,
    });

    const popup = await openAnsweredPopup(session);
    await popup.waitFor(() => document.querySelector('.ll-own-profile li'));
    const shown = await popup.evaluate(() => ({
      missing: [...document.querySelectorAll('.ll-own-profile li')].map((li) => li.textContent),
      text: document.querySelector('.ll-own-profile')?.textContent ?? '',
      labelled: document.getElementById('ll-own-profile-title')?.textContent,
    }));
    expect(shown.labelled).toBe('Your profile');
    expect(shown.missing).toEqual([
      'Add a photo',
      'Write a headline',
      'Write an About section',
      'Add your experience',
      'Post or comment now and then',
      'Grow your network (23 connections)',
    ]);
    expect(shown.text).toContain('Read today · open your profile to refresh');
    await popup.close();

    // A stranger's locked profile: the explanation now lists both community causes.
    const stranger = await session.openLinkedIn(fixtureUrl(STRANGER));
    await waitForHint(stranger, 'Message locked');
    await stranger.evaluate(() =>
      document.querySelector('aside-note-card')?.shadowRoot?.querySelector<HTMLElement>('.ll-chip')?.click(),
    );
    await stranger.waitFor(() =>
      document.querySelector('aside-note-card')?.shadowRoot?.textContent?.includes('An incomplete profile'),
    );
    const hint = await stranger.evaluate(() => document.querySelector('aside-note-card')?.shadowRoot?.textContent);
    expect(hint).toContain('An incomplete profile may make your messages look less trustworthy.');
    expect(hint).toContain('A small network may make LinkedIn and recipients more cautious.');
    // Someone else's profile leaves the user's own summary as it was.
    expect(await ownProfileStored(ext)).toEqual(stored);
    await stranger.close();
    await self.close();
    await ext.close();
  });

  test('no request leaves the extension', () => {
    expect(session.requests.filter((r) => r.source === 'service-worker')).toEqual([]);
    const urls = session.requests.map((r) => r.url);
    expect(requestsNotExplainedByPages(urls, [SELF, STRANGER])).toEqual([]);
    console.info(`${browserName}: ${urls.length} requests seen, all from the fixture pages themselves`);
  });
});
