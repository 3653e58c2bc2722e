import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EN } from '../lib/messages/en';
import { useCatalogue } from '../lib/messages/format';
import { configurePropertyTests } from './helpers/property-tests';

// The extension reads its texts through browser.i18n (generated _locales); tests read English directly.
useCatalogue(EN);

// fast-check: seeds kept on failure, and time enough under load (test/helpers/property-tests.ts).
configurePropertyTests();

// WxtVitest does not reset the fake browser between tests.
beforeEach(async () => {
  fakeBrowser.reset();
  // The background keeps the parsed ledger and the tabs' statuses in memory (it is their only
  // writer); storage was just wiped. Imported here, not at the top: the fake browser must be in place first.
  (await import('../lib/background/ledger-store')).forgetCachedLedger();
  (await import('../lib/background/cached-read')).forgetCachedReads();
  (await import('../lib/background/tab-status')).forgetCachedTabStatus();
  (await import('../lib/background/popup-snapshot-keeper')).forgetPopupSnapshotKeeper();
});
