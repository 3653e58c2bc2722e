import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../lib/background/handle-message';
import { refreshPopupSnapshot, warmPopupView } from '../lib/background/popup-view';
import { createState } from '../lib/background/state';

export default defineBackground(() => {
  const state = createState();
  const env = { extensionId: browser.runtime.id, extensionBaseUrl: browser.runtime.getURL('/'), state };
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, env));
  browser.tabs.onRemoved.addListener((tabId) => void state.tabs.forget(tabId));
  // The saved list from the user's other browsers, and due follow-ups on the toolbar icon:
  // refreshed whenever the worker starts (no alarms permission) and whenever sync delivers (state.ts).
  void state.saved.pullSynced(state.now());
  // The popup paints the view kept for it while this worker wakes (lib/storage/popup-snapshot.ts).
  state.popup.start(
    () => refreshPopupSnapshot(state, state.now()),
    () => warmPopupView(state, state.now()),
  );
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome=1') });
  });
});
