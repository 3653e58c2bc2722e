/** Talking to the background's message handler as its real senders do, in unit tests. */

import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type HandlerEnv, handleMessage } from '../../lib/background/handle-message';
import { createState, type State } from '../../lib/background/state';
import type { PopupView } from '../../lib/protocol/answers';

export const EXTENSION_ID = 'test-extension-id';

/**
 * The background as its entrypoint wires it, with the test's clock. Called at the top of a test
 * file: each test gets a worker of its own (a fresh state), as the fake browser is reset between
 * tests and nothing a worker kept in memory may outlive the storage it was read from.
 */
export function testEnv(now: () => number): HandlerEnv {
  const env = {
    extensionId: EXTENSION_ID,
    extensionBaseUrl: `chrome-extension://${EXTENSION_ID}/`,
    state: testState(now),
  };
  beforeEach(() => {
    env.state = testState(now);
  });
  return env;
}

/** A worker's state with the test's clock (a new worker: nothing in memory). */
export function testState(now: () => number = Date.now): State {
  return createState({ now });
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
