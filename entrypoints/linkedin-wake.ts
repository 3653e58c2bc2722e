/**
 * The first thing LockLens does on a LinkedIn page, as it starts loading (document_start): one
 * message that wakes the background (Chromium stops it after 30 s idle) and has it read what the
 * profile's report will need while the page loads, instead of when the report comes: with a year
 * of sends, a profile opened after a pause would otherwise wait for it. It reads and
 * writes nothing in the page. Listed in the manifest by wxt.config.ts (an unlisted script has no
 * content-script wrapper: no context, no listeners).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ask } from '../lib/protocol/ask';

export default defineUnlistedScript(() => {
  // An orphaned copy (the extension was reloaded) has nothing to wake.
  void ask({ type: 'warm-up' }).catch(() => {});
});
