/**
 * Waiting on the bench page's own marks without polling it: the page script reports each mark
 * with `console.debug('bench:<name> <json>')` (see pages.ts), which arrives over CDP and runs no
 * script in the page. Register the wait before triggering what produces the mark.
 */
import type { Page } from 'playwright-core';
import { HINT_HOST } from './pages';

export async function nextMark<T = number>(page: Page, name: string, timeoutMs = 10_000): Promise<T> {
  const prefix = `bench:${name}`;
  const message = await page.waitForEvent('console', {
    predicate: (m) => m.text() === prefix || m.text().startsWith(`${prefix} `),
    timeout: timeoutMs,
  });
  const detail = message.text().slice(prefix.length).trim();
  return (detail === '' ? undefined : JSON.parse(detail)) as T;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether the hint's chip is on the page now (one evaluation, no polling). */
export function hintShown(page: Page): Promise<boolean> {
  return page.evaluate((host) => !!document.querySelector(host)?.shadowRoot?.querySelector('.ll-chip'), HINT_HOST);
}

/** Waits (polling) for the hint; only outside a measured window. */
export async function waitForHint(page: Page, timeoutMs = 10_000): Promise<void> {
  await page.waitForFunction((host) => document.querySelector(host)?.shadowRoot?.querySelector('.ll-chip'), HINT_HOST, {
    timeout: timeoutMs,
    polling: 50,
  });
}
