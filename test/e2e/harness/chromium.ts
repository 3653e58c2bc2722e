/**
 * Debian's Chromium through playwright-core, with the built extension loaded unpacked.
 * Service-worker requests are only reported with PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadExtensionFlags, QUIET_CHROMIUM_FLAGS, routeToFixtures, stopServiceWorker } from './chromium-context';
import { builtExtensionDir, requireExecutable } from './extension';
import { capturePages } from './failure-screenshots';
import type { E2EPage, E2ESession, RecordedRequest } from './types';

process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

function wrap(page: Page): E2EPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) => {
      // Interval polling: requestAnimationFrame does not run in background tabs.
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 100 });
    },
    press: (key) => page.keyboard.press(key as never),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    close: () => page.close(),
  };
}

export async function launchChromium(options: { locale?: string } = {}): Promise<E2ESession> {
  const executablePath = requireExecutable('/usr/bin/chromium', 'chromium');
  const extensionDir = builtExtensionDir('chrome-mv3');
  const userDataDir = mkdtempSync(join(tmpdir(), 'locklens-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      ...loadExtensionFlags(extensionDir),
      ...QUIET_CHROMIUM_FLAGS,
      // The browser's UI language is what extension i18n follows.
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
    ...(options.locale ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale } } : {}),
  });
  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return;
    requests.push({ url, source: request.serviceWorker() ? 'service-worker' : 'page' });
  });
  await routeToFixtures(context);

  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;

  return {
    browserName: 'chromium',
    runtimeId: extensionId,
    requests,
    async stopServiceWorker() {
      // A marker in the running worker: if a later worker lacks it, the worker really restarted.
      const mark = () => (globalThis as unknown as { __stopMarker?: boolean }).__stopMarker;
      for (const worker of context.serviceWorkers()) {
        await worker
          .evaluate(() => {
            (globalThis as unknown as { __stopMarker?: boolean }).__stopMarker = true;
          })
          .catch(() => {});
      }
      await stopServiceWorker(context, extensionId);
      // Wake it through one of its own pages, then look for the marker.
      const wake = await context.newPage();
      await wake.goto(`chrome-extension://${extensionId}/popup.html`).catch(() => {});
      await wake.close();
      const markers = await Promise.all(
        context.serviceWorkers().map((worker) => worker.evaluate(mark).catch(() => 'gone' as const)),
      );
      return markers.some((m) => m !== true);
    },
    async reloadExtension() {
      // From one of its own pages: the worker may be stopped, and a page wakes nothing.
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await page
        .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
        .catch(() => {});
      // The reload closes the page; the new worker starts on the next event that needs it.
      await page.waitForEvent('close', { timeout: 10_000 }).catch(() => {});
    },
    async openLinkedIn(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
      return wrap(page);
    },
    screenshots: () =>
      capturePages(
        context.pages(),
        (page) => page.url(),
        (page) => page.screenshot(),
      ),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
