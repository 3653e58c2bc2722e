import { describe, expect, test } from 'vitest';
import { handleMessage } from '../../lib/background/handle-message';

const env = {
  extensionId: 'test-extension-id',
  extensionBaseUrl: 'chrome-extension://test-extension-id/',
  now: () => 1000,
};
const contentScript = { id: 'test-extension-id', url: 'https://www.linkedin.com/in/dana-example/', tab: { id: 7 } };
const popup = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
const report = { type: 'page-report', url: 'https://www.linkedin.com/in/dana-example/', status: 'profile' };

describe('handleMessage', () => {
  test('stores a content script report and answers the popup with it', async () => {
    expect(await handleMessage(report, contentScript, env)).toBeNull();
    expect(await handleMessage({ type: 'tab-status', tabId: 7 }, popup, env)).toEqual({
      url: report.url,
      status: 'profile',
      at: 1000,
    });
    expect(await handleMessage({ type: 'tab-status', tabId: 8 }, popup, env)).toBeNull();
  });

  test.each([
    ['another extension', { ...contentScript, id: 'someone-else' }],
    ['a content script on another site', { ...contentScript, url: 'https://evil.example/in/x/' }],
    ['a LinkedIn subdomain', { ...contentScript, url: 'https://de.linkedin.com/in/x/' }],
    ['a sender with no URL', { id: 'test-extension-id', tab: { id: 7 } }],
    ['a sender with a broken URL', { ...contentScript, url: 'not a url' }],
  ])('ignores messages from %s', async (_label, sender) => {
    expect(await handleMessage(report, sender, env)).toBeUndefined();
    expect(await handleMessage({ type: 'tab-status', tabId: 7 }, popup, env)).toBeNull();
  });

  test.each([
    ['no type', { url: 'x', status: 'profile' }],
    ['an unknown status', { ...report, status: 'locked-forever' }],
    ['a huge URL', { ...report, url: `https://www.linkedin.com/${'a'.repeat(5000)}` }],
    ['not an object', 'page-report'],
    ['null', null],
  ])('rejects a content message with %s', async (_label, message) => {
    expect(await handleMessage(message, contentScript, env)).toBeUndefined();
  });

  test('does not let a content script ask about other tabs', async () => {
    expect(await handleMessage({ type: 'tab-status', tabId: 7 }, contentScript, env)).toBeUndefined();
  });

  test('does not take an extension page that merely starts like ours', async () => {
    const lookalike = { ...popup, url: 'chrome-extension://test-extension-idX/popup.html' };
    expect(await handleMessage({ type: 'tab-status', tabId: 7 }, lookalike, env)).toBeUndefined();
  });

  test('does not let an extension page write reports', async () => {
    expect(await handleMessage(report, { ...popup, tab: { id: 3 } }, env)).toBeUndefined();
  });
});
