/**
 * Scenario 1, time to hint: from the page's own `topcard-inserted` mark to its `hint-rendered`
 * mark (the hint's host in the page with `.ll-chip` in its shadow root), both placed by the page's
 * script. The card goes in only after the content script (document_idle) is up and waiting, so the
 * figure is the extension's reaction. Both variants also give `topcard-frame`: the end of the first
 * frame after the insertion, the page's own rendering of the card, with and without the extension.
 */

import type { BenchBrowser } from './browsers';
import { type CpuProfile, startMeasuring } from './cdp';
import { nextMark, sleep, waitForHint } from './page-marks';
import { HINT_LOAD_URL, HINT_SPA_URL } from './pages';
import { profileServiceWorker } from './worker-profiler';

export interface HintTiming {
  /** Top card inserted → hint rendered; null in a browser whose extension shows none. */
  hintMs: number | null;
  /** Top card inserted → end of the next frame. */
  frameMs: number;
  /** Only when asked for (a diagnostic run: the profiler slows the page down). */
  profile?: CpuProfile;
  /** The service worker over the same window, in a diagnostic run with the extension. */
  workerProfile?: CpuProfile;
}

export type HintScenario = 'load' | 'spa';

/** After `load`: the content script runs at document_idle, by then long started. */
export const SETTLE_MS = 700;

const TRIGGER: Record<HintScenario, { url: string; call: string }> = {
  /** The full-size profile: its top card arrives after load, as LinkedIn's lazy column renders it. */
  load: { url: HINT_LOAD_URL, call: 'window.__bench.insertTopCard()' },
  /** From one member's profile to another's: pushState, then the new top card a task later. */
  spa: { url: HINT_SPA_URL, call: 'window.__bench.navigate()' },
};

export async function timeToHint(browser: BenchBrowser, scenario: HintScenario, profiled = false): Promise<HintTiming> {
  const { url, call } = TRIGGER[scenario];
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    if (browser.showsHint && scenario === 'spa') await waitForHint(page);
    await sleep(SETTLE_MS);
    const frame = nextMark<number>(page, 'topcard-frame');
    const hint = browser.showsHint ? nextMark<number>(page, 'hint-rendered') : Promise.resolve(null);
    const worker = profiled && browser.extensionId ? await profileServiceWorker(browser) : null;
    const measurement = profiled ? await startMeasuring(page) : null;
    await page.evaluate(call);
    const [frameMs, hintMs] = await Promise.all([frame, hint]);
    const profile = measurement ? (await measurement.stop()).profile : undefined;
    const workerProfile = worker ? await worker.stop() : undefined;
    return { frameMs, hintMs, ...(profile ? { profile } : {}), ...(workerProfile ? { workerProfile } : {}) };
  } finally {
    await page.close();
  }
}
