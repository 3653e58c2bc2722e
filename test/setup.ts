import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EN } from '../lib/messages/en';
import { useCatalogue } from '../lib/messages/format';

// The extension reads its texts through browser.i18n (generated _locales); tests read English directly.
useCatalogue(EN);

// WxtVitest does not reset the fake browser between tests.
beforeEach(() => {
  fakeBrowser.reset();
});
