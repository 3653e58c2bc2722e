/**
 * Puts the extension in a known pace state through its own data controls, as a user would: an
 * extension page sends `reset-data` (a fresh install's state) or `export-data` then `import-data`
 * with the year's ledger and the given saved list (none unless told) in place of the current ones.
 * Writing `chrome.storage.local` directly would go unseen: the service worker keeps the parsed
 * ledger and saved list in memory. Returns storage bytes in use.
 */

import type { SavedPerson } from '../../lib/saved/schema';
import type { BenchBrowser } from './browsers';
import type { CaseContext, DataState } from './cases';
import type { YearLedger } from './ledger-year';
import { sleep } from './page-marks';

interface ExtensionPageApi {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    storage: { local: { getBytesInUse(keys: null): Promise<number> } };
  };
}

export async function setLedgerState(
  browser: BenchBrowser,
  year: YearLedger | null,
  saved: readonly SavedPerson[] = [],
): Promise<number> {
  if (!browser.extensionId) throw new Error('ledger: the extension is not loaded');
  const page = await browser.newPage();
  let bytes: number;
  try {
    // Any page of the extension's own origin counts as an extension page for the background.
    await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
    const error = await page.evaluate(
      async ([ledger, people]) => {
        const { runtime } = (globalThis as unknown as ExtensionPageApi).chrome;
        if (!ledger) {
          await runtime.sendMessage({ type: 'reset-data' });
          return null;
        }
        const file = JSON.parse((await runtime.sendMessage({ type: 'export-data' })) as string);
        file.ledger = ledger;
        file.saved = people;
        const answer = (await runtime.sendMessage({ type: 'import-data', text: JSON.stringify(file) })) as {
          ok: boolean;
          error?: string;
        };
        return answer.ok ? null : (answer.error ?? 'import refused');
      },
      [year?.ledger ?? null, saved] as const,
    );
    if (error) throw new Error(`ledger: the extension refused the year's data: ${error}`);
    // From the extension page, not the worker: the bench stops the worker at times (§4).
    bytes = await page.evaluate(() =>
      (globalThis as unknown as ExtensionPageApi).chrome.storage.local.getBytesInUse(null),
    );
  } finally {
    await page.close();
  }
  return bytes;
}

/**
 * The cases' control of LockLens's data in the browsers named `lockLens` (others have none): a
 * state is imported only when it is not there already, or when a case asks for it again. Keeps the
 * storage in use after each state.
 */
export function dataControl(
  lockLens: readonly string[],
  year: YearLedger,
  saved: readonly SavedPerson[],
): CaseContext & { bytesInUse: Partial<Record<DataState, number>> } {
  const current = new Map<string, { state: DataState; changedAt: number }>();
  const bytesInUse: Partial<Record<DataState, number>> = {};
  return {
    bytesInUse,
    async setData(browser, state, fresh) {
      if (!lockLens.includes(browser.name)) return;
      if (current.get(browser.name)?.state === state && !fresh) return;
      bytesInUse[state] = await setLedgerState(
        browser,
        state === 'empty' ? null : year,
        state === 'year-saved' ? saved : [],
      );
      current.set(browser.name, { state, changedAt: performance.now() });
    },
    async dataSettled(browser, ms) {
      const wait = (current.get(browser.name)?.changedAt ?? 0) + ms - performance.now();
      if (wait > 0) await sleep(wait);
    },
  };
}
