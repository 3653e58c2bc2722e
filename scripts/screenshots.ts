// `npm run screenshots`: pictures of the hint and the popup for the README, taken in Chromium
// from the fixtures (fake people only) on the built extension (`npm run build` first). The popup
// is taken at the size Chrome gives it (its own width, at most 600 px high: what shows without
// scrolling), after a made-up month of sends imported through the extension's own data controls,
// so that its pace line and chart have something to show.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { addEvent, type Ledger } from '../lib/pace/ledger';
import type { SendKind } from '../lib/pace/types';
import { builtExtensionDir } from '../test/e2e/harness/extension';
import { fixtureUrl, respondTo } from '../test/e2e/harness/fixture-server';

const OUT = join(import.meta.dirname, '../docs');
/** Chrome's largest popup is 800 × 600; LockLens's is as wide as its content. */
const POPUP_MAX_HEIGHT = 600;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A month of one user's sends, ending now: 18 invitations in the rolling 7 days (4 of them today,
 * with a note: near the free plan's 5 a month), 6 messages today, and a few a day before that.
 */
function monthOfSends(ledger: Ledger, now: number): Ledger {
  let next = ledger;
  let n = 0;
  const send = (kind: SendKind, at: number) => {
    n++;
    next = addEvent(next, { id: `shot-${n}`, kind, at, recipient: `fake-${n}`, device: ledger.device });
  };
  for (let day = 29; day >= 1; day--) {
    const morning = now - day * DAY - 2 * HOUR;
    for (let i = 0; i < (day % 3) + 1; i++) send('message', morning + i * HOUR);
    if (day <= 6) for (let i = 0; i < (day <= 2 ? 3 : 2); i++) send('invite', morning - i * HOUR);
    if (day % 5 === 0) send('followup', morning + 5 * HOUR);
  }
  for (let i = 0; i < 4; i++) send('invite-note', now - (i + 1) * HOUR);
  for (let i = 0; i < 6; i++) send('message', now - i * 10 * 60_000 - 60_000);
  return next;
}

interface ExtensionPageApi {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

/** Replaces the extension's ledger through `export-data` and `import-data`, from one of its pages. */
async function importSends(page: Page, now: number): Promise<void> {
  const exported = await page.evaluate(
    () =>
      (globalThis as unknown as ExtensionPageApi).chrome.runtime.sendMessage({
        type: 'export-data',
      }) as Promise<string>,
  );
  const file = JSON.parse(exported);
  file.ledger = monthOfSends(file.ledger, now);
  const answer = await page.evaluate(
    (text) =>
      (globalThis as unknown as ExtensionPageApi).chrome.runtime.sendMessage({ type: 'import-data', text }) as Promise<{
        ok: boolean;
      }>,
    JSON.stringify(file),
  );
  if (!answer.ok) throw new Error(`screenshots: the extension refused the made-up sends: ${JSON.stringify(answer)}`);
}

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
await popup.goto(`chrome-extension://${extensionId}/manifest.json`);
await importSends(popup, Date.now());
await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
await popup.locator('main[data-source="live"][data-complete] .ll-pace-line').waitFor();
const width = await popup.evaluate(() => Math.ceil(document.querySelector('main')?.getBoundingClientRect().width ?? 0));
await popup.setViewportSize({ width, height: POPUP_MAX_HEIGHT });
await popup.screenshot({ path: join(OUT, 'popup.png') });
await context.close();
console.info(`screenshots written to ${OUT}`);
