/**
 * The same Debian Chromium twice, launched as the end-to-end harness does (test/e2e/harness/chromium.ts):
 * one persistent context with the built extension, one without any. Each serves only the pages the
 * bench registers and aborts every other request, so nothing reaches the network.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadExtensionFlags, QUIET_CHROMIUM_FLAGS } from '../../test/e2e/harness/chromium-context';
import { builtExtensionDir, requireExecutable } from '../../test/e2e/harness/extension';

export type Variant = 'with' | 'without';

export interface BenchBrowser {
  variant: Variant;
  context: BrowserContext;
  /** The extension's id (only with the extension). */
  extensionId: string | null;
  /** Serves `html` at `url` (an https URL) from now on. */
  serve(url: string, html: string): void;
  /** A fresh tab; the caller closes it. */
  newPage(): Promise<Page>;
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

export async function launchBrowser(variant: Variant, extensionDir: string): Promise<BenchBrowser> {
  const executablePath = requireExecutable('/usr/bin/chromium', 'chromium');
  const userDataDir = mkdtempSync(join(tmpdir(), `locklens-bench-${variant}-`));
  const extensionFlags = variant === 'with' ? loadExtensionFlags(extensionDir) : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...extensionFlags, ...QUIET_CHROMIUM_FLAGS],
  });
  const pages = new Map<string, string>();
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const html = pages.get(route.request().url());
      if (html !== undefined) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else await route.abort('blockedbyclient');
    },
  );

  let extensionId: string | null = null;
  if (variant === 'with') {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    // On install the extension opens its options page: let it, then close it so both browsers idle alike.
    const welcome = (page: Page) => page.url().includes('/options.html');
    if (!context.pages().some(welcome)) {
      await context.waitForEvent('page', { predicate: welcome, timeout: 5000 }).catch(() => {});
    }
  }
  for (const page of context.pages()) if (page.url() !== 'about:blank') await page.close();

  return {
    variant,
    context,
    extensionId,
    serve: (url, html) => void pages.set(url, html),
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
