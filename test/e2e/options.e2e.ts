/**
 * The options page drives the rest: changing the plan changes the hint on an open profile,
 * and a limit override shows in the popup. In Chromium and Firefox.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureUrl } from './harness/fixture-server';
import { waitForHint } from './harness/hint';
import { openAnsweredPopup } from './harness/popup';
import { BROWSERS, launch } from './harness/sessions';
import type { E2EPage, E2ESession } from './harness/types';

const LOCKED = 'third-degree-message-primary.html';

/** Opens the hint's panel and returns its step ids. */
async function hintSteps(page: E2EPage): Promise<string[]> {
  await page.waitFor(() => document.querySelector('aside-note-card')?.shadowRoot?.querySelector('.ll-chip'));
  await page.evaluate(() => {
    const chip = document.querySelector('aside-note-card')?.shadowRoot?.querySelector<HTMLElement>('.ll-chip');
    if (chip?.getAttribute('aria-expanded') !== 'true') chip?.click();
  });
  await page.waitFor(() => document.querySelector('aside-note-card')?.shadowRoot?.querySelector('.ll-step'));
  return page.evaluate(() => {
    const root = document.querySelector('aside-note-card')?.shadowRoot;
    return [...(root?.querySelectorAll<HTMLElement>('.ll-step') ?? [])].map((li) => li.dataset.step ?? '');
  });
}

describe.each(BROWSERS)('%s: options', (browserName) => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('changing the plan changes the hint on an open profile', async () => {
    const page = await session.openLinkedIn(fixtureUrl(LOCKED));
    await waitForHint(page, 'Message locked');
    const before = await hintSteps(page);
    expect(before).toContain('upgrade');
    expect(before).not.toContain('send-inmail');

    const options = await session.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('main[data-ready] select#plan'));
    await options.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('select#plan');
      if (!select) return;
      select.value = 'premium-business';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await options.waitFor(() => document.body.textContent?.includes('Saved.'));

    await page.waitFor(() => {
      const root = document.querySelector('aside-note-card')?.shadowRoot;
      return root?.querySelector('.ll-chip')?.getAttribute('aria-expanded') === 'false';
    });
    const after = await hintSteps(page);
    expect(after).toContain('send-inmail');
    expect(after).not.toContain('upgrade');
    await page.close();
  });

  test('a limit override shows in the popup; an invalid one is refused with a message', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('main[data-ready] #limit-invites-per-week'));
    // Where the default comes from: its claim's level and the sites that report it.
    expect(await options.evaluate(() => document.querySelector('#limit-invites-per-week-hint')?.textContent)).toMatch(
      /^Default 100 \(Community claim, not confirmed by LinkedIn · Reported on theumg\.io/,
    );
    const typeInto = (value: string) =>
      options.evaluate((text) => {
        const input = document.querySelector<HTMLInputElement>('#limit-invites-per-week');
        if (!input) return;
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);

    await typeInto('9000');
    await options.waitFor(() => document.querySelector('#limit-invites-per-week-error'));
    expect(await options.evaluate(() => document.querySelector('#limit-invites-per-week-error')?.textContent)).toMatch(
      /whole number from 1 to 500/,
    );
    await typeInto('42');
    await options.waitFor(() => !document.querySelector('#limit-invites-per-week-error'));
    await options.waitFor(() => document.body.textContent?.includes('Saved.'));

    const popup = await openAnsweredPopup(session);
    expect(
      await popup.evaluate(() => document.querySelector<HTMLElement>('[data-metric="invites"]')?.dataset.limit),
    ).toBe('42');
    expect(await popup.evaluate(() => document.querySelector('[data-metric="invites"]')?.textContent)).toContain(
      'Your own limit',
    );
  });
});
