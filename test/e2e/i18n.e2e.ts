/** Started with German as the browser's language, LockLens speaks German in the hint and the popup. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tabIdFor } from './harness/extension-api';
import { fixtureUrl } from './harness/fixture-server';
import { waitForHint } from './harness/hint';
import { openAnsweredPopup } from './harness/popup';
import { BROWSERS, launch } from './harness/sessions';
import type { E2ESession } from './harness/types';

describe.each(BROWSERS)('%s in German', (browserName) => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await launch(browserName, { locale: 'de' });
  });
  afterAll(async () => {
    await session?.close();
  });

  test('the hint and the popup are in German, on a German LinkedIn page', async () => {
    const url = fixtureUrl('german-second-degree.html');
    const page = await session.openLinkedIn(url);
    await waitForHint(page, 'Nachricht gesperrt');
    await page.evaluate(() =>
      document.querySelector('aside-note-card')?.shadowRoot?.querySelector<HTMLElement>('.ll-chip')?.click(),
    );
    await page.waitFor(() => document.querySelector('aside-note-card')?.shadowRoot?.querySelector('.ll-panel'));
    const panel = await page.evaluate(
      () => document.querySelector('aside-note-card')?.shadowRoot?.querySelector('.ll-panel')?.textContent ?? '',
    );
    expect(panel).toContain('Nächste Schritte');
    expect(panel).not.toContain('Next steps');

    const ext = await session.openExtensionPage('options.html');
    const tabId = await tabIdFor(ext, url);
    const popup = await openAnsweredPopup(session, `?tab=${tabId}`);
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Nachricht gesperrt');
    expect(text).not.toContain('Message locked');
    await page.close();
  });
});
