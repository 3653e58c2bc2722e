// `npm run screenshots`: pictures of the hint and the popup for the README, taken in Chromium
// from the fixtures (fake people only) on the built extension (`npm run build` first).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { builtExtensionDir } from '../test/e2e/harness/extension';
import { fixtureUrl, respondTo } from '../test/e2e/harness/fixture-server';

const OUT = join(import.meta.dirname, '../docs');
mkdirSync(OUT, { recursive: true });
const dir = builtExtensionDir('chrome-mv3');
const context = await chromium.launchPersistentContext('', {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 720, height: 1000 },
  deviceScaleFactor: 2,
  args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--disable-gpu', '--no-first-run'],
});
await context.route(/^https?:/, async (route) => {
  const response = respondTo(route.request().url());
  if (response.kind === 'html') await route.fulfill({ contentType: 'text/html', body: response.body });
  else await route.abort();
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

const page = await context.newPage();
await page.goto(fixtureUrl('third-degree-message-primary.html'));
await page.locator('aside-note-card .ll-chip').click();
await page.locator('aside-note-card .ll-panel').waitFor();
await page.locator('aside-note-card .ll-hint').screenshot({ path: join(OUT, 'hint.png') });

const tabId = await worker.evaluate(async () => {
  const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
  return (await api.tabs.query({ url: 'https://www.linkedin.com/*' }))[0]?.id;
});
const popup = await context.newPage();
await popup.setViewportSize({ width: 360, height: 600 });
await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
await popup.locator('main[data-source="live"]').waitFor();
await popup.locator('main').screenshot({ path: join(OUT, 'popup.png') });
await context.close();
console.info(`screenshots written to ${OUT}`);
