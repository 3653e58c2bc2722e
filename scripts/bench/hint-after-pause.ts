/**
 * An extra case of §1: a profile opened in a new tab after a pause. Chromium stops an idle
 * extension service worker after 30 s, so here the bench stops it just before. The figure runs
 * from the page's `load` to the hint's chip, which is the wait for a woken worker to answer the
 * profile's report. The bench polls for the chip on animation frames in the page's main world (no
 * mark of the extension's), so a hint that came before `load` counts as 0.
 */
import type { BenchBrowser } from './browsers';
import { HINT_HOST, PROFILE_URL } from './pages';

export async function hintAfterPause(browser: BenchBrowser): Promise<number> {
  await browser.stopWorker();
  const page = await browser.newPage();
  try {
    await page.goto(PROFILE_URL, { waitUntil: 'commit' });
    const seen = await page.waitForFunction(
      (host) => {
        const marks = globalThis as { benchChipAt?: number };
        if (marks.benchChipAt === undefined && document.querySelector(host)?.shadowRoot?.querySelector('.ll-chip')) {
          marks.benchChipAt = performance.now();
        }
        const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        const load = navigation?.loadEventEnd ?? 0;
        return marks.benchChipAt !== undefined && load > 0 ? Math.max(0, marks.benchChipAt - load) : null;
      },
      HINT_HOST,
      { polling: 'raf', timeout: 15_000 },
    );
    return (await seen.jsonValue()) as number;
  } finally {
    await page.close();
  }
}
