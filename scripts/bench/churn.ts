/**
 * Scenario 3, churn: a feed-like container in the right rail inserting and removing thousands of
 * nodes per second, profiled throughout: the extension's own CPU against the page's script time.
 * `shown`: 10 s on the full profile with its hint up (the case). `waiting`: 5 s while the
 * profile's top card has not arrived yet, so the content script's observer on `#root` sees every
 * node; the card then goes in and, with the extension, the hint must still follow.
 */

import { type CpuSplit, type PageMetrics, splitProfile, startMeasuring } from './cdp';
import type { BenchBrowser } from './chromium-pair';
import { extensionPrefix } from './cpu';
import { nextMark, sleep, waitForHint } from './page-marks';
import { churnPage, PROFILE_URL } from './pages';

export type ChurnMode = 'shown' | 'waiting';

export const CHURN_MS: Record<ChurnMode, number> = { shown: 10_000, waiting: 5_000 };
/** Post-sized subtrees (7 nodes each) added, and as many removed, every 10 ms. */
const POSTS_PER_TICK = 6;
const url = (mode: ChurnMode) => `${PROFILE_URL}?bench=churn-${mode}`;

export interface ChurnResult {
  split: CpuSplit;
  metrics: PageMetrics;
  addedPerSecond: number;
  removedPerSecond: number;
}

export function serveChurn(browser: BenchBrowser): void {
  browser.serve(url('shown'), churnPage(true));
  browser.serve(url('waiting'), churnPage(false));
}

export async function churn(browser: BenchBrowser, mode: ChurnMode): Promise<ChurnResult> {
  const page = await browser.newPage();
  try {
    await page.goto(url(mode), { waitUntil: 'load' });
    if (browser.variant === 'with' && mode === 'shown') await waitForHint(page);
    // The content script (document_idle) is up and, when `waiting`, observing.
    await sleep(mode === 'shown' ? 500 : 1000);
    const measurement = await startMeasuring(page);
    const done = nextMark<{ addedPerSecond: number; removedPerSecond: number }>(
      page,
      'churn-done',
      CHURN_MS[mode] + 10_000,
    );
    await page.evaluate(`window.__bench.churn(${CHURN_MS[mode]}, ${POSTS_PER_TICK})`);
    const rates = await done;
    const { profile, metrics } = await measurement.stop();
    if (mode === 'waiting' && browser.variant === 'with') {
      const hint = nextMark(page, 'hint-rendered');
      await page.evaluate('window.__bench.insertTopCard()');
      await hint;
    }
    return { split: splitProfile(profile, extensionPrefix(browser)), metrics, ...rates };
  } finally {
    await page.close();
  }
}
