import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOnLinkedIn } from '../lib/content/start';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  // CSS is inlined into the shadow root by the UI itself: nothing is web-accessible.
  cssInjectionMode: 'manual',
  main(ctx) {
    startOnLinkedIn(ctx);
  },
});
