import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WxtVitest does not reset the fake browser between tests.
beforeEach(() => {
  fakeBrowser.reset();
});
