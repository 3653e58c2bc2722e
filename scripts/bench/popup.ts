/**
 * Scenario 4, the popup: `popup.html` opened as a page, timed on its own Performance timeline
 * (milliseconds since navigation start) until the pace dashboard (`main[data-ready] [data-metric]`)
 * is in the DOM, and until the end of the frame that paints it, with a year of heavy use in the
 * ledger or none (ledger-state.ts puts it there).
 */

import type { BenchBrowser } from './browsers';
import { type CpuProfile, type Measurement, startMeasuring } from './cdp';

export interface PopupTiming {
  /** The dashboard is in the DOM. */
  readyMs: number;
  /** The frame showing it has been painted (first meaningful paint). */
  paintedMs: number;
  /** The browser's first contentful paint (the heading, before the data arrives). */
  firstContentfulPaintMs: number | null;
  /** What the dashboard was painted from: the worker's answer, or the view it kept (lib/popup-snapshot.ts). */
  source: 'live' | 'snapshot' | null;
}

/** Runs in the popup before its own scripts. */
const WATCH = `(() => {
  const done = (ready, source) => requestAnimationFrame(() => setTimeout(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    window.__benchPopup = { readyMs: ready, paintedMs: performance.now(), firstContentfulPaintMs: fcp ? fcp.startTime : null, source };
  }));
  const watch = new MutationObserver(() => {
    if (!document.querySelector('main[data-ready] [data-metric]')) return;
    watch.disconnect();
    done(performance.now(), document.querySelector('main')?.dataset.source ?? null);
  });
  watch.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready'] });
})();`;

/**
 * Opens the popup in a fresh tab. `profiled`: the tab first shows another page of the extension (same
 * origin, same renderer process), so the profiler started there follows the navigation to the popup.
 */
export async function openPopup(
  browser: BenchBrowser,
  profiled = false,
): Promise<PopupTiming & { profile?: CpuProfile }> {
  const page = await browser.newPage();
  try {
    const base = `chrome-extension://${browser.extensionId}/`;
    let measurement: Measurement | null = null;
    if (profiled) {
      await page.goto(`${base}manifest.json`);
      measurement = await startMeasuring(page);
    }
    await page.addInitScript(WATCH);
    await page.goto(`${base}popup.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => '__benchPopup' in window, undefined, { timeout: 10_000, polling: 50 });
    const timing = await page.evaluate(() => (window as unknown as { __benchPopup: PopupTiming }).__benchPopup);
    return measurement ? { ...timing, profile: (await measurement.stop()).profile } : timing;
  } finally {
    await page.close();
  }
}
