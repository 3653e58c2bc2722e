/**
 * What every Chromium LockLens is tested or measured in shares (the e2e harness, the release and
 * store-screenshot tests, the bench): the built extension loaded unpacked, Chromium's own background
 * traffic off (the tests count every request), LinkedIn served from the fixtures, and stopping the
 * extension's service worker as Chromium does when it has been idle. No side effects.
 */
import type { BrowserContext } from 'playwright-core';
import { respondTo } from './fixture-server';

/** No GPU, no first-run UI, and none of Chromium's own network traffic. */
export const QUIET_CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Loads the unpacked extension at `dir`, and no other. */
export function loadExtensionFlags(dir: string): string[] {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}

/** Serves `https://www.linkedin.com/…` from the fixtures (404 for an unknown page); aborts every other request. */
export async function routeToFixtures(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const response = respondTo(route.request().url());
      if (response.kind === 'html') {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: response.body });
      } else if (response.kind === 'not-found') {
        await route.fulfill({ status: 404, body: '' });
      } else {
        await route.abort('blockedbyclient');
      }
    },
  );
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  attached: boolean;
}

/** The extension's service-worker targets among a browser's CDP targets (`Target.getTargets`). */
export function extensionWorkerTargets<T extends TargetInfo>(targets: readonly T[], extensionId: string): T[] {
  return targets.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
}

/**
 * Stops the extension's service worker (as Chromium does after 30 s idle): the next message or
 * extension page starts a new one. Waits `settleMs` for the worker to be gone.
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string, settleMs = 300): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    for (const target of extensionWorkerTargets(targetInfos, extensionId)) {
      await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {});
    }
  } finally {
    await cdp.detach();
  }
  await new Promise((resolve) => setTimeout(resolve, settleMs));
}
