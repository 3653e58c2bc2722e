import { browser } from 'wxt/browser';
import type { PageContext, PageReport } from '../protocol';

/** Tells the background what this tab shows. An orphaned script (extension reloaded) just stays quiet. */
export function sendReport(report: PageReport): void {
  try {
    browser.runtime.sendMessage(report).catch(() => {});
  } catch {
    // runtime is gone after an extension reload: nothing to tell anyone.
  }
}

/** Asks the background for the viewer's context and display settings (it owns settings and counts). */
export async function requestPageContext(): Promise<PageContext> {
  return (await browser.runtime.sendMessage({ type: 'page-context' })) as PageContext;
}

/** Calls `onChange` when the user's settings change, until `signal` aborts. */
export function onSettingsChanged(onChange: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && 'settings' in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
