import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshPopupSnapshot, warmPopupView } from '../lib/background/answers';
import { handleMessage } from '../lib/background/handle-message';
import { watchPopupInputs } from '../lib/background/popup-snapshot-keeper';
import { pullSynced } from '../lib/background/saved-store';
import { forgetTab } from '../lib/background/tab-status';

export default defineBackground(() => {
  const env = {
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    now: Date.now,
  };
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, env));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // The saved list from the user's other browsers, and due follow-ups on the toolbar icon:
  // refreshed whenever the worker starts (no alarms permission) and whenever sync delivers.
  void pullSynced(Date.now());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some((key) => key.startsWith('saved-'))) void pullSynced(Date.now());
  });
  // The popup paints the view kept for it while this worker wakes (lib/popup-snapshot.ts).
  watchPopupInputs(
    () => refreshPopupSnapshot(Date.now()),
    Date.now,
    () => warmPopupView(Date.now()),
  );
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome=1') });
  });
});
