import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOnLinkedIn } from '../lib/content/start';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  // CSS is inlined into the shadow root by the UI itself: nothing is web-accessible.
  cssInjectionMode: 'manual',
  // WXT would also announce each start with window.postMessage, whose type carries the
  // extension's id: LinkedIn's page could read it and learn LockLens is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startOnLinkedIn(ctx);
  },
});
