import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor } from '../../lib/background/badge';
import { handleMessage } from '../../lib/background/handle-message';
import { evaluate } from '../../lib/evaluator/evaluate';
import { saveSettings } from '../../lib/settings/store';
import { signalsFrom } from '../helpers/signals';

const locked = evaluate(signalsFrom({ degree: '3rd' }), { plan: 'free' });
const free = evaluate(signalsFrom({ degree: '1st', connect: 'none' }), { plan: 'free' });
const env = {
  extensionId: 'test-extension-id',
  extensionBaseUrl: 'chrome-extension://test-extension-id/',
  now: () => 5,
};
const contentScript = { id: 'test-extension-id', url: 'https://www.linkedin.com/in/dana-example/', tab: { id: 4 } };

describe('badgeFor', () => {
  test.each([
    ['a locked profile', { status: 'profile', verdict: locked }, '🔒', /Message locked\. You are not connected/],
    ['a free profile', { status: 'profile', verdict: free }, '✓', /Free to message/],
    ['a page it could not read', { status: 'unreadable', reason: 'top-card-missing' }, '!', /could not read/],
    ['another LinkedIn page', { status: 'not-profile' }, '', /^LockLens$/],
  ] as const)('%s', (_label, status, text, title) => {
    const badge = badgeFor({ url: 'https://www.linkedin.com/', at: 0, ...status });
    expect(badge.text).toBe(text);
    expect(badge.title).toMatch(title);
  });
});

describe('background messages for the hint', () => {
  test('a verdict report sets the tab’s badge and title', async () => {
    await handleMessage(
      { type: 'page-report', url: contentScript.url, status: 'profile', verdict: locked },
      contentScript,
      env,
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('🔒');
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toMatch(/^LockLens: Message locked/);
  });

  test('a report with a malformed verdict is dropped', async () => {
    const bad = { ...locked, nextSteps: [{ id: 'hack-the-planet', why: { key: 'x' }, cost: 'free' }] };
    expect(
      await handleMessage(
        { type: 'page-report', url: contentScript.url, status: 'profile', verdict: bad },
        contentScript,
        env,
      ),
    ).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  test('content scripts get the viewer context from the settings', async () => {
    await saveSettings({ plan: 'premium-business', inmailCredits: 7, quietMode: true });
    expect(await handleMessage({ type: 'page-context' }, contentScript, env)).toEqual({
      viewer: { plan: 'premium-business', inmailCredits: 7, noteQuotaPerMonth: null },
      hintsEnabled: true,
      quietMode: true,
    });
  });
});
