/** Talking to the background's message handler as its real senders do, in unit tests. */

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type HandlerEnv, handleMessage } from '../../lib/background/handle-message';
import type { PopupView } from '../../lib/protocol';

export const EXTENSION_ID = 'test-extension-id';

export function testEnv(now: () => number): HandlerEnv {
  return { extensionId: EXTENSION_ID, extensionBaseUrl: `chrome-extension://${EXTENSION_ID}/`, now };
}

export const POPUP_SENDER = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` };

/** LockLens's content script in a LinkedIn tab. */
export function contentScriptSender(tabId: number, url = 'https://www.linkedin.com/in/dana-example/') {
  return { id: EXTENSION_ID, url, tab: { id: tabId } };
}

/** What the popup is told, as it asks. */
export async function askPopupView(env: HandlerEnv, tabId: number | null = null): Promise<PopupView> {
  return (await handleMessage({ type: 'popup-view', tabId }, POPUP_SENDER, env)) as PopupView;
}

/**
 * Starts `question` while storage.sync answers 20 ms late (the background reads the other
 * browsers' counts there), so that something else can land while it waits; sync answers
 * promptly again for everything started after.
 */
export async function whileSyncReadsAreSlow<T>(question: () => Promise<T>): Promise<{ asking: Promise<T> }> {
  const sync = fakeBrowser.storage.sync;
  const get = sync.get.bind(sync);
  sync.get = (async (...args: Parameters<typeof get>) => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return get(...args);
  }) as typeof sync.get;
  const asking = question();
  await new Promise((resolve) => setTimeout(resolve, 5));
  sync.get = get;
  // Wrapped: an async function returning the promise itself would wait for it.
  return { asking };
}
