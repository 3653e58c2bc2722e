/**
 * Churn: a feed-like container in the right rail inserting and removing thousands of nodes per
 * second. `shown`: 10 s on the full profile with its hint up (the case). `waiting`: 5 s
 * while the profile's top card has not arrived yet, so the content script's observer on `#root`
 * sees every node; the card then goes in and, with the extension, the hint must still follow.
 * Profiled (the extension's own samples against the page's script time), or not (what the page
 * pays: its script and task time, with nothing slowing the extension's code).
 */

import type { BenchBrowser } from './browsers';
import { type CpuSplit, type PageMetrics, splitProfile, startMeasuring, startMetrics } from './cdp';
import { extensionPrefix } from './cpu';
import { nextMark, sleep, waitForHint } from './page-marks';
import { churnUrl } from './pages';

export type ChurnMode = 'shown' | 'waiting';

export const CHURN_MS: Record<ChurnMode, number> = { shown: 10_000, waiting: 5_000 };
/** Post-sized subtrees (7 nodes each) added, and as many removed, every 10 ms. */
const POSTS_PER_TICK = 6;

export interface ChurnResult {
  /** Null when not profiled. */
  split: CpuSplit | null;
  metrics: PageMetrics;
  addedPerSecond: number;
  removedPerSecond: number;
}

export async function churn(browser: BenchBrowser, mode: ChurnMode, profiled: boolean): Promise<ChurnResult> {
  const page = await browser.newPage();
  try {
    await page.goto(churnUrl(mode), { waitUntil: 'load' });
    if (browser.showsHint && mode === 'shown') await waitForHint(page);
    // The content script (document_idle) is up and, when `waiting`, observing.
    await sleep(mode === 'shown' ? 500 : 1000);
    const measurement = profiled ? await startMeasuring(page) : null;
    const metrics = profiled ? null : await startMetrics(page);
    const done = nextMark<{ addedPerSecond: number; removedPerSecond: number }>(
      page,
      'churn-done',
      CHURN_MS[mode] + 10_000,
    );
    await page.evaluate(`window.__bench.churn(${CHURN_MS[mode]}, ${POSTS_PER_TICK})`);
    const rates = await done;
    const measured = measurement ? await measurement.stop() : null;
    const pageMetrics = measured?.metrics ?? (await (metrics as { stop(): Promise<PageMetrics> }).stop());
    if (mode === 'waiting' && browser.showsHint) {
      const hint = nextMark(page, 'hint-rendered');
      await page.evaluate('window.__bench.insertTopCard()');
      await hint;
    }
    return {
      split: measured ? splitProfile(measured.profile, extensionPrefix(browser)) : null,
      metrics: pageMetrics,
      ...rates,
    };
  } finally {
    await page.close();
  }
}
