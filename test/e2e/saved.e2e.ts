/**
 * Save for later, in Chromium and Firefox: save a pending profile from the hint; later the same
 * person is 1st-degree and the hint and the popup say what changed; a due follow-up shows in the
 * popup and on the toolbar badge.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { savedPerson } from '../helpers/saved-person';
import { tabIdFor } from './harness/extension-api';
import { clearOverrides, fixtureHtml, fixtureUrl, serveInstead } from './harness/fixture-server';
import { waitForHint } from './harness/hint';
import { openAnsweredPopup } from './harness/popup';
import { BROWSERS, launch } from './harness/sessions';
import type { E2EPage, E2ESession, ExtensionApi } from './harness/types';

const PENDING = 'pending.html';
const QUINN = fixtureUrl(PENDING);

/** The same person some days later, now a 1st-degree connection. */
function quinnConnected(): string {
  return fixtureHtml('first-degree.html')
    .replaceAll('dana-example', 'quinn-prototype')
    .replaceAll('Dana Example', 'Quinn Prototype')
    .replaceAll('Dana', 'Quinn');
}

function inHint<T>(page: E2EPage, fn: (root: ShadowRoot) => T): Promise<T> {
  return page.evaluate((source) => {
    const root = document.querySelector('aside-note-card')?.shadowRoot;
    if (!root) throw new Error('no hint');
    return new Function('root', `return (${source})(root)`)(root);
  }, fn.toString()) as Promise<T>;
}

describe.each(BROWSERS)('%s: save for later', (browserName) => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(async () => {
    clearOverrides();
    await session?.close();
  });

  test('saves a pending profile from the hint, then reports the change when they are connected', async () => {
    const page = await session.openLinkedIn(QUINN);
    await waitForHint(page, 'Message locked');
    await inHint(page, (root) => root.querySelector<HTMLElement>('.ll-chip')?.click());
    await page.waitFor(() =>
      document.querySelector('aside-note-card')?.shadowRoot?.querySelector('[data-step="save-for-later"] button'),
    );
    await inHint(page, (root) => root.querySelector<HTMLElement>('[data-step="save-for-later"] button')?.click());
    await page.waitFor(() => document.querySelector('aside-note-card')?.shadowRoot?.querySelector('.ll-save-form'));
    await inHint(page, (root) => {
      const note = root.querySelector<HTMLTextAreaElement>('#ll-save-note');
      if (note) {
        note.value = 'Met at the logistics fair';
        note.dispatchEvent(new Event('input', { bubbles: true }));
      }
      root.querySelector<HTMLButtonElement>('.ll-save-form button[type="submit"]')?.click();
    });
    await page.waitFor(() => document.querySelector('aside-note-card')?.shadowRoot?.querySelector('.ll-saved'));

    // Weeks later: the same person, now connected.
    serveInstead(QUINN, quinnConnected());
    await page.goto(QUINN);
    await waitForHint(page, 'Free to message');
    await inHint(page, (root) => root.querySelector<HTMLElement>('.ll-chip')?.click());
    await page.waitFor(() => document.querySelector('aside-note-card')?.shadowRoot?.querySelector('.ll-notices'));
    const notices = await inHint(page, (root) => root.querySelector('.ll-notices')?.textContent ?? '');
    expect(notices).toContain('Now 1st-degree: you can message them for free.');

    const ext = await session.openExtensionPage('options.html');
    const tabId = await tabIdFor(ext, QUINN);
    const popup = await openAnsweredPopup(session, `?tab=${tabId}`);
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Now 1st-degree: you can message them for free.');
    expect(text).toContain('Quinn Prototype');
    expect(text).toContain('Met at the logistics fair');
    await page.close();
  });

  test('a due follow-up shows first in the popup and as a count on the toolbar badge', async () => {
    clearOverrides();
    const page = await session.openLinkedIn(QUINN);
    await waitForHint(page, 'Message locked');
    const ext = await session.openExtensionPage('options.html');
    const tabId = await tabIdFor(ext, QUINN);
    await ext.evaluate(
      (id) =>
        (globalThis as unknown as { browser: ExtensionApi }).browser.runtime.sendMessage({
          type: 'save-tab',
          tabId: id,
          step: 'wait-for-acceptance',
          note: 'Ask about the warehouse project',
          followUpAt: Date.now() - 60_000,
        }),
      tabId,
    );
    const badge = await ext.evaluate(() =>
      (globalThis as unknown as { browser: ExtensionApi }).browser.action.getBadgeText({}),
    );
    expect(badge).toBe('1');
    const popup = await openAnsweredPopup(session);
    await popup.waitFor(() => document.querySelector('[data-person]'));
    const first = await popup.evaluate(() => {
      const item = document.querySelector<HTMLElement>('[data-person]');
      return { key: item?.dataset.person, due: item?.dataset.due, text: item?.textContent };
    });
    expect(first).toMatchObject({ key: 'quinn-prototype', due: 'true' });
    expect(first.text).toContain('follow-up due since');
    expect(await popup.evaluate(() => document.getElementById('ll-saved-title')?.textContent)).toContain('1 due');
    await page.close();
  });

  test('a long saved list: the first 20 as the popup opens, the rest on request, from the keyboard', async () => {
    const ext = await session.openExtensionPage('options.html');
    const imported = await ext.evaluate(
      async (people) => {
        const { runtime } = (globalThis as unknown as { browser: ExtensionApi }).browser;
        const file = JSON.parse((await runtime.sendMessage({ type: 'export-data' })) as string);
        file.saved = [...file.saved, ...people];
        return runtime.sendMessage({ type: 'import-data', text: JSON.stringify(file) });
      },
      Array.from({ length: 24 }, (_, i) => savedPerson(`sam-sample-${i}`, Date.now() - 86_400_000 + i)),
    );
    expect(imported).toMatchObject({ ok: true });

    const popup = await openAnsweredPopup(session);
    // The background sends the popup the first 20 and the counts, not all 25.
    const sent = await popup.evaluate(async () => {
      const { runtime } = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const view = (await runtime.sendMessage({ type: 'popup-view', tabId: null })) as {
        saved: { people: unknown[]; total: number; due: number };
      };
      return { people: view.saved.people.length, total: view.saved.total, due: view.saved.due };
    });
    expect(sent).toEqual({ people: 20, total: 25, due: 1 });
    const shown = () => popup.evaluate(() => document.querySelectorAll('li[data-person]').length);
    expect(await shown()).toBe(20);
    // The due follow-up of the test before is still first.
    expect(await popup.evaluate(() => document.querySelector<HTMLElement>('li[data-person]')?.dataset.person)).toBe(
      'quinn-prototype',
    );
    const label = await popup.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => /^Show \d+ more$/.test(b.textContent ?? ''));
      button?.focus();
      return button?.textContent;
    });
    expect(label).toBe('Show 5 more');
    await popup.press('Enter');
    await popup.waitFor(() => document.querySelectorAll('li[data-person]').length === 25);
    expect(
      await popup.evaluate(() => document.activeElement === document.querySelectorAll('li[data-person] a')[20]),
    ).toBe(true);
    await popup.close();
    await ext.close();
  });
});
