/** Calls into the extension's own API from one of its pages (popup or options). */
import type { E2EPage, ExtensionApi } from './types';

/** The id of the tab showing `url`, as the extension sees it (host permission lets it read LinkedIn URLs). */
export async function tabIdFor(extensionPage: E2EPage, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const tabs = await api.tabs.query({ url: 'https://www.linkedin.com/*' });
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

export function sendToBackground<T>(extensionPage: E2EPage, message: unknown): Promise<T> {
  return extensionPage.evaluate(
    (msg) => (globalThis as unknown as { browser: ExtensionApi }).browser.runtime.sendMessage(msg),
    message,
  ) as Promise<T>;
}
