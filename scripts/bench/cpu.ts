/**
 * A plain profile view: the unmodified full-size profile (no bench script), opened from a blank
 * LinkedIn page in the same tab, measured from the navigation until a fixed window after `load`
 * (the hint is up well within it). Nothing polls the page meanwhile. Profiled (the V8 sampler on
 * the page, and on the service worker, which evaluates the profile and answers), or not (the
 * page's script and task time only).
 */

import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browsers';
import { type CpuSplit, type PageMetrics, splitProfile, startMeasuring, startMetrics } from './cdp';
import { hintShown, sleep } from './page-marks';
import { BLANK_URL, PROFILE_URL } from './pages';
import { profileServiceWorker } from './worker-profiler';

export interface CpuResult {
  split: CpuSplit;
  metrics: PageMetrics;
  /** The service worker over the same window (with an extension only). */
  worker: CpuSplit | null;
}

export const WINDOW_MS = 1200;

export function extensionPrefix(browser: BenchBrowser): string | null {
  return browser.extensionId ? `chrome-extension://${browser.extensionId}/` : null;
}

/** The view in a fresh tab: `measure` runs from just before the navigation to the end of the window. */
async function view<T>(browser: BenchBrowser, measure: (page: Page) => Promise<() => Promise<T>>): Promise<T> {
  const page = await browser.newPage();
  try {
    await page.goto(BLANK_URL, { waitUntil: 'load' });
    await sleep(300);
    const stop = await measure(page);
    await page.goto(PROFILE_URL, { waitUntil: 'load' });
    await sleep(WINDOW_MS);
    const result = await stop();
    if (browser.showsHint && !(await hintShown(page))) {
      throw new Error(`${browser.name}: profile view: no hint within ${WINDOW_MS} ms of load`);
    }
    return result;
  } finally {
    await page.close();
  }
}

/**
 * The view without the profiler: the page's script time (ScriptDuration, which here is the
 * extension's scripts alone: the profile page runs none) and task time. V8's sampler, at 100 µs,
 * slows the code it samples: on 2026-12-04 the same build measured 13.1 ms of script time without
 * it and 18.3 ms with it (9 views each), and no difference at 1 ms sampling.
 */
export function unprofiledView(browser: BenchBrowser): Promise<PageMetrics> {
  return view(browser, async (page) => {
    const metrics = await startMetrics(page);
    return () => metrics.stop();
  });
}

/** The view under the profiler: whose samples they were, and the service worker's. */
export function profileView(browser: BenchBrowser): Promise<CpuResult> {
  return view(browser, async (page) => {
    const worker = browser.extensionId ? await profileServiceWorker(browser) : null;
    const measurement = await startMeasuring(page);
    return async () => {
      const { profile, metrics } = await measurement.stop();
      const workerProfile = worker ? await worker.stop() : null;
      const prefix = extensionPrefix(browser);
      return {
        split: splitProfile(profile, prefix),
        metrics,
        worker: workerProfile ? splitProfile(workerProfile, prefix) : null,
      };
    };
  });
}
