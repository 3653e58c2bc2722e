/**
 * The first thing LockLens does on a LinkedIn page, as it starts loading (document_start): one
 * message that wakes the background (Chromium stops it after 30 s idle) and has it read what the
 * profile's report will need while the page loads. Without it, a profile opened after a pause
 * showed its hint ~0.5 s after the page's load with a year of sends (2026-12-04). It reads and
 * writes nothing in the page. Listed in the manifest by wxt.config.ts (an unlisted script has no
 * content-script wrapper: no context, no listeners).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export default defineUnlistedScript(() => {
  try {
    browser.runtime.sendMessage({ type: 'warm-up' }).catch(() => {});
  } catch {
    // An orphaned copy (the extension was reloaded): nothing to wake.
  }
});
