/** Talking to the background's message handler as its real senders do, in unit tests. */
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
