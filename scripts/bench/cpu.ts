/**
 * Scenario 2, extension CPU on a plain profile view: the unmodified full-size profile (no bench
 * script), opened from a blank LinkedIn page in the same tab, profiled from the navigation until a
 * fixed window after `load` (the hint is up well within it). Nothing polls the page meanwhile. The
 * service worker (which evaluates the profile and answers) is profiled over the same window.
 */

import { type CpuSplit, type PageMetrics, splitProfile, startMeasuring } from './cdp';
import type { BenchBrowser } from './chromium-pair';
import { hintShown, sleep } from './page-marks';
import { blankPage, largeProfileHtml, PROFILE_URL } from './pages';
import { profileServiceWorker } from './worker-profiler';

export interface CpuResult {
  split: CpuSplit;
  metrics: PageMetrics;
  /** The service worker over the same window (with the extension only). */
  worker: CpuSplit | null;
}

const BLANK_URL = 'https://www.linkedin.com/bench/blank';
export const WINDOW_MS = 1200;

export function serveProfileView(browser: BenchBrowser): void {
  browser.serve(BLANK_URL, blankPage());
  browser.serve(PROFILE_URL, largeProfileHtml());
}

export function extensionPrefix(browser: BenchBrowser): string | null {
  return browser.extensionId ? `chrome-extension://${browser.extensionId}/` : null;
}

/**
 * The same view without the profiler: only the page's script time (ScriptDuration, which here is
 * LockLens's scripts alone: the profile page runs none). V8's sampler, at 100 µs, slows the code it
 * samples: on 2026-12-04 the same build measured 13.1 ms of script time without it and 18.3 ms with
 * it (9 views each), and no difference at 1 ms sampling. This is closer to what a user's tab pays.
 */
export async function unprofiledView(browser: BenchBrowser, requireHint = true): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.goto(BLANK_URL, { waitUntil: 'load' });
    await sleep(300);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
    const before = await scriptSeconds();
    await page.goto(PROFILE_URL, { waitUntil: 'load' });
    await sleep(WINDOW_MS);
    const scriptMs = ((await scriptSeconds()) - before) * 1000;
    await cdp.detach();
    if (requireHint && browser.variant === 'with' && !(await hintShown(page))) {
      throw new Error(`unprofiled profile view: no hint within ${WINDOW_MS} ms of load`);
    }
    return scriptMs;
  } finally {
    await page.close();
  }
}

/** `requireHint`: false for a build with the hint cut out (`npm run bench:compare`). */
export async function profileView(browser: BenchBrowser, requireHint = true): Promise<CpuResult> {
  const page = await browser.newPage();
  try {
    await page.goto(BLANK_URL, { waitUntil: 'load' });
    await sleep(300);
    const worker = browser.extensionId ? await profileServiceWorker(browser) : null;
    const measurement = await startMeasuring(page);
    await page.goto(PROFILE_URL, { waitUntil: 'load' });
    await sleep(WINDOW_MS);
    const { profile, metrics } = await measurement.stop();
    const workerProfile = worker ? await worker.stop() : null;
    if (requireHint && browser.variant === 'with' && !(await hintShown(page))) {
      throw new Error(`profile view: no hint within ${WINDOW_MS} ms of load`);
    }
    const prefix = extensionPrefix(browser);
    return {
      split: splitProfile(profile, prefix),
      metrics,
      worker: workerProfile ? splitProfile(workerProfile, prefix) : null,
    };
  } finally {
    await page.close();
  }
}
