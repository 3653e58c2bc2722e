/**
 * The in-page hint, the toolbar badge, the popup and quiet mode, on fixtures served as
 * https://www.linkedin.com/in/…, in Chromium and Firefox.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tabIdFor } from './harness/extension-api';
import { fixtureHtml, fixtureUrl, requestsNotExplainedByPages } from './harness/fixture-server';
import { hintState, pageMarkupWithoutHint, pristineMarkup, swapInProfile, waitForHint } from './harness/hint';
import { openAnsweredPopup } from './harness/popup';
import { BROWSERS, launch } from './harness/sessions';
import type { E2EPage, E2ESession, ExtensionApi } from './harness/types';

const LOCKED = 'third-degree-message-primary.html';
const FREE = 'first-degree.html';

async function setSettings(ext: E2EPage, settings: Record<string, unknown> | null): Promise<void> {
  await ext.evaluate(async (value) => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    if (value === null) await api.storage.sync.remove('settings');
    else await api.storage.sync.set({ settings: value });
  }, settings);
}

async function waitForReport(ext: E2EPage, tabId: number, status: string): Promise<void> {
  await ext.waitFor(
    async ({ tabId, status }) => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const reply = await api.runtime.sendMessage({ type: 'popup-view', tabId });
      return reply?.status?.status === status;
    },
    { tabId, status },
  );
}

function badgeText(ext: E2EPage, tabId: number): Promise<string> {
  return ext.evaluate(
    (id) => (globalThis as unknown as { browser: ExtensionApi }).browser.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

describe.each(BROWSERS)('%s: hint, badge, popup, quiet mode', (browserName) => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('a locked profile gets "Message locked · why?", which expands with a mouse and with the keyboard', async () => {
    const page = await session.openLinkedIn(fixtureUrl(LOCKED));
    await waitForHint(page, 'Message locked');
    let state = await hintState(page);
    expect(state).toMatchObject({ hosts: 1, chip: 'Message locked · why?', expanded: 'false', panel: null });

    // The chip's CSS alone is parsed on a profile view; the panel's comes with its first opening.
    const styles = () =>
      page.evaluate((host) => {
        const shadow = document.querySelector(host)?.shadowRoot;
        const css = [...(shadow?.querySelectorAll('style') ?? [])].map((style) => style.textContent ?? '').join('\n');
        const panel = shadow?.querySelector('.ll-panel');
        return {
          chip: css.includes('.ll-chip'),
          panel: css.includes('.ll-panel'),
          panelWidth: panel ? getComputedStyle(panel).width : null,
        };
      }, 'aside-note-card');
    expect(await styles()).toEqual({ chip: true, panel: false, panelWidth: null });

    // A mouse click focuses the button, then activates it.
    await page.evaluate((host) => {
      const chip = document.querySelector(host)?.shadowRoot?.querySelector<HTMLElement>('.ll-chip');
      chip?.focus();
      chip?.click();
    }, 'aside-note-card');
    state = await hintState(page);
    expect(state.expanded).toBe('true');
    expect(state.panel).toContain('You are not connected');
    expect(state.panel).toContain("LinkedIn's own rule");
    // The claim's source (lib/evaluator/claims.ts): the LinkedIn Help answers, with the date checked.
    expect(state.panel).toContain('LinkedIn Help a554575, 1584 · checked 2026-12-07');
    expect(state.panel).toContain('Next steps, cheapest first');
    expect(state.panel).toContain('Connect from the More menu');
    expect(await styles()).toEqual({ chip: true, panel: true, panelWidth: '360px' });

    await page.press('Escape');
    state = await hintState(page);
    expect(state).toMatchObject({ expanded: 'false', panel: null, focusedInHint: 'll-chip' });

    await page.press('Enter');
    state = await hintState(page);
    expect(state.expanded).toBe('true');
    await page.press('Escape');
    expect((await hintState(page)).panel).toBeNull();

    // The hint does not move LinkedIn's layout: the action row sits where it sits without it.
    const shift = await page.evaluate((host) => {
      const more = document.querySelector('section[componentkey$="Topcard"] button[aria-expanded]');
      const before = more?.getBoundingClientRect();
      const hint = document.querySelector(host);
      const parent = hint?.parentNode;
      const next = hint?.nextSibling ?? null;
      hint?.remove();
      const after = more?.getBoundingClientRect();
      if (hint && parent) parent.insertBefore(hint, next);
      return before && after ? Math.abs(before.top - after.top) + Math.abs(before.left - after.left) : -1;
    }, 'aside-note-card');
    expect(shift).toBe(0);

    // The page's own markup is untouched outside the hint's host.
    expect(await pageMarkupWithoutHint(page)).toBe(await pristineMarkup(page, fixtureHtml(LOCKED)));
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toMatch(/chrome-extension:|moz-extension:/);
    await page.close();
  });

  test('a 1st-degree profile gets "Free to message"; the badge and the popup agree', async () => {
    const page = await session.openLinkedIn(fixtureUrl(FREE));
    await waitForHint(page, 'Free to message');
    expect((await hintState(page)).chip).toBe('Free to message');
    const ext = await session.openExtensionPage('options.html');
    const tabId = await tabIdFor(ext, fixtureUrl(FREE));
    expect(await badgeText(ext, tabId)).toBe('✓');
    const popup = await openAnsweredPopup(session, `?tab=${tabId}`);
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Free to message');
    expect(text).toContain('Message now');
    await page.close();
  });

  test('an SPA navigation to another profile replaces the hint with the right one, announcing nothing', async () => {
    const page = await session.openLinkedIn(fixtureUrl(LOCKED));
    await waitForHint(page, 'Message locked');
    // WXT's own content-script context dispatched events named "<extension id>:linkedin:wxt:…"
    // on window and document, which a page knowing LockLens's id could listen for. LockLens's
    // context dispatches none: listen for every name WXT would have used.
    await page.evaluate((id) => {
      const heard: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = heard;
      for (const name of ['wxt:locationchange', 'wxt:content-script-started']) {
        for (const target of [window, document])
          target.addEventListener(`${id}:linkedin:${name}`, () => heard.push(name));
      }
    }, session.runtimeId);
    // LinkedIn's router: the URL changes first, the new profile renders a moment later.
    await page.evaluate((url) => history.pushState({}, '', url), fixtureUrl(FREE));
    await page.waitFor((host) => document.querySelectorAll(host).length === 0, 'aside-note-card');
    await swapInProfile(page, fixtureHtml(FREE));
    await waitForHint(page, 'Free to message');
    expect(await hintState(page)).toMatchObject({ hosts: 1, chip: 'Free to message' });
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);

    const ext = await session.openExtensionPage('options.html');
    const tabId = await tabIdFor(ext, fixtureUrl(FREE));
    expect(await badgeText(ext, tabId)).toBe('✓');
    await page.close();
  });

  test('the badge shows a lock on a locked profile, and the popup explains it', async () => {
    const page = await session.openLinkedIn(fixtureUrl('pending.html'));
    await waitForHint(page, 'Message locked');
    const ext = await session.openExtensionPage('options.html');
    const tabId = await tabIdFor(ext, fixtureUrl('pending.html'));
    expect(await badgeText(ext, tabId)).toBe('🔒');
    const popup = await openAnsweredPopup(session, `?tab=${tabId}`);
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Your invitation is still pending');
    expect(text).toContain('Wait for them to accept');
    await page.close();
  });

  test('quiet mode inserts nothing into the page; the badge still carries the verdict', async () => {
    const ext = await session.openExtensionPage('options.html');
    await setSettings(ext, { plan: 'free', inmailCredits: null, hintsEnabled: true, quietMode: true });
    try {
      const page = await session.openLinkedIn(fixtureUrl(LOCKED));
      const tabId = await tabIdFor(ext, fixtureUrl(LOCKED));
      await waitForReport(ext, tabId, 'profile');
      expect(await badgeText(ext, tabId)).toBe('🔒');
      expect((await hintState(page)).hosts).toBe(0);
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(await pristineMarkup(page, fixtureHtml(LOCKED)));
      await page.close();
    } finally {
      await setSettings(ext, null);
    }
  });

  test('made no network request of its own through all of the above', () => {
    const urls = session.requests.map((r) => r.url);
    expect(session.requests.filter((r) => r.source === 'service-worker')).toEqual([]);
    expect(requestsNotExplainedByPages(urls, [LOCKED, FREE, 'pending.html'])).toEqual([]);
  });
});
