import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EN } from '../lib/messages/en';
import { useCatalogue } from '../lib/messages/format';
import { configurePropertyTests } from './helpers/property-tests';

// The extension reads its texts through browser.i18n (generated _locales); tests read English directly.
useCatalogue(EN);

// fast-check: seeds kept on failure, and time enough under load (test/helpers/property-tests.ts).
configurePropertyTests();

// WxtVitest does not reset the fake browser between tests. What the background keeps in memory
// lives in its state, and each test makes its own (test/helpers/background.ts).
beforeEach(() => {
  fakeBrowser.reset();
});
