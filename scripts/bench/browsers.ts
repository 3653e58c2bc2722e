/**
 * The bench's browsers: Debian's Chromium, launched as the end-to-end harness launches it
 * (test/e2e/harness/chromium-context.ts, the one place that knows how), each in a profile of its
 * own, with one extension or none. Each serves the bench's pages (pages.ts) and aborts every other
 * request, so nothing reaches the network. The rest of the bench reaches the harness only
 * through this module.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import {
  extensionWorkerTargets,
  loadExtensionFlags,
  QUIET_CHROMIUM_FLAGS,
  stopServiceWorker,
} from '../../test/e2e/harness/chromium-context';
import { builtExtensionDir, requireExecutable } from '../../test/e2e/harness/extension';
import { benchPages } from './pages';

export { extensionWorkerTargets };

export interface BenchBrowser {
  /** What its results are kept under: `locklens`, `none`, `reference`, or a build's folder (`bench:compare`). */
  name: string;
  context: BrowserContext;
  /** Its extension's id; null without one. */
  extensionId: string | null;
  /** Its extension shows the hint's chip (`aside-note-card .ll-chip`): a case waits for it, and fails without it. */
  showsHint: boolean;
  /** A fresh tab; the caller closes it. */
  newPage(): Promise<Page>;
  /** Stops the extension's service worker, as Chromium does after 30 s idle. */
  stopWorker(): Promise<void>;
  /** Sends the extension's worker a message from one of its pages (starting it when stopped). */
  wakeWorker(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A private copy of the build (`.output/chrome-mv3`), loaded from there: a rebuild during the run
 * (`npm run build` elsewhere) would otherwise pull files from under the running extension.
 */
export function frozenBuild(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'locklens-bench-extension-'));
  cpSync(builtExtensionDir('chrome-mv3'), dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `extensionDir`: the unpacked extension to load, or null for a browser without any. */
export async function launchBrowser(
  name: string,
  extensionDir: string | null,
  { showsHint = extensionDir !== null } = {},
): Promise<BenchBrowser> {
  const executablePath = requireExecutable('/usr/bin/chromium', 'chromium');
  const userDataDir = mkdtempSync(join(tmpdir(), 'locklens-bench-browser-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...(extensionDir ? loadExtensionFlags(extensionDir) : []), ...QUIET_CHROMIUM_FLAGS],
  });
  const pages = benchPages();
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const html = pages.get(route.request().url());
      if (html !== undefined) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else await route.abort('blockedbyclient');
    },
  );

  let extensionId: string | null = null;
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    // On install the extension opens its options page (the reference does too): let it, then
    // close it so that every browser idles alike.
    const welcome = (page: Page) => page.url().includes('/options.html');
    if (!context.pages().some(welcome)) {
      await context.waitForEvent('page', { predicate: welcome, timeout: 5000 }).catch(() => {});
    }
  }
  for (const page of context.pages()) if (page.url() !== 'about:blank') await page.close();

  return {
    name,
    context,
    extensionId,
    showsHint,
    newPage: () => context.newPage(),
    async stopWorker() {
      if (!extensionId) throw new Error(`${name}: no extension, no service worker to stop`);
      await stopServiceWorker(context, extensionId);
    },
    async wakeWorker() {
      if (!extensionId) throw new Error(`${name}: no extension, no service worker to wake`);
      const page = await context.newPage();
      try {
        // Any page of the extension's own origin can message its worker.
        await page.goto(`chrome-extension://${extensionId}/manifest.json`);
        await page.evaluate(() =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).chrome.runtime
            .sendMessage({ type: 'bench-wake' })
            .catch(() => {}),
        );
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
