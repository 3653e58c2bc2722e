import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../lib/background/handle-message';
import type { ProfileAnswer } from '../../lib/protocol/answers';
import { detectedPlanItem } from '../../lib/storage/items';
import { askPopupView, contentScriptSender, POPUP_SENDER, testEnv } from '../helpers/background';
import { signalsFrom } from '../helpers/signals';

const env = testEnv(() => 1000);
const contentScript = contentScriptSender(7);
const report = { type: 'page-report', url: 'https://www.linkedin.com/in/dana-example/', status: 'profile' };
/** What the popup is told about a tab. */
const statusOf = async (tabId: number) => (await askPopupView(env, tabId)).status;

describe('handleMessage', () => {
  test('stores a content script report and answers the popup with it', async () => {
    expect(await handleMessage(report, contentScript, env)).toBeNull();
    expect(await statusOf(7)).toEqual({ url: report.url, status: 'profile', at: 1000 });
    expect(await statusOf(8)).toBeNull();
  });

  test.each([
    ['another extension', { ...contentScript, id: 'someone-else' }],
    ['a content script on another site', { ...contentScript, url: 'https://evil.example/in/x/' }],
    ['a LinkedIn subdomain', { ...contentScript, url: 'https://de.linkedin.com/in/x/' }],
    ['a sender with no URL', { id: 'test-extension-id', tab: { id: 7 } }],
    ['a sender with a broken URL', { ...contentScript, url: 'not a url' }],
  ])('ignores messages from %s', async (_label, sender) => {
    expect(await handleMessage(report, sender, env)).toBeUndefined();
    expect(await statusOf(7)).toBeNull();
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

  test('a warm-up (a LinkedIn page starting) answers nothing but has the ledger read, once, for the report', async () => {
    expect(await fakeBrowser.storage.local.get('ledger')).toEqual({});
    expect(await handleMessage({ type: 'warm-up' }, contentScript, env)).toBeNull();
    // A fresh install's ledger was created and kept in memory: the report after it finds it there.
    const { ledger } = (await fakeBrowser.storage.local.get('ledger')) as { ledger: { device: string } };
    expect(ledger.device).toEqual(expect.any(String));
    expect(await handleMessage(report, contentScript, env)).toBeNull();
    expect(((await fakeBrowser.storage.local.get('ledger')) as { ledger: { device: string } }).ledger.device).toBe(
      ledger.device,
    );
    // Only LockLens's content scripts send it.
    expect(await handleMessage({ type: 'warm-up' }, POPUP_SENDER, env)).toBeUndefined();
  });

  test('does not let a content script ask about other tabs', async () => {
    expect(await handleMessage({ type: 'popup-view', tabId: 7 }, contentScript, env)).toBeUndefined();
  });

  test('does not take an extension page that merely starts like ours', async () => {
    const lookalike = { ...POPUP_SENDER, url: 'chrome-extension://test-extension-idX/popup.html' };
    expect(await handleMessage({ type: 'popup-view', tabId: 7 }, lookalike, env)).toBeUndefined();
  });

  test('does not let an extension page write reports', async () => {
    expect(await handleMessage(report, { ...POPUP_SENDER, tab: { id: 3 } }, env)).toBeUndefined();
  });

  test('a profile report asking withContext gets the verdict and what page-context would say, in one answer', async () => {
    const signals = signalsFrom({ degree: '2nd', connect: 'primary' });
    const profileReport = { ...report, signals, slug: 'dana-example', name: 'Dana Example' };
    const plain = (await handleMessage(profileReport, contentScript, env)) as ProfileAnswer;
    expect(plain.verdict.messaging).toBe('locked');
    expect(plain.context).toBeUndefined();
    const both = (await handleMessage({ ...profileReport, withContext: true }, contentScript, env)) as ProfileAnswer;
    expect(both.verdict).toEqual(plain.verdict);
    expect(both.context).toEqual(
      await handleMessage({ type: 'page-context', slug: 'dana-example' }, contentScript, env),
    );
    expect(both.context?.profile?.showHint).toBe(true);
  });

  test('a plan hint rides on a page report and is kept as a suggestion', async () => {
    expect(await detectedPlanItem.getValue()).toBeNull();
    await handleMessage({ ...report, status: 'not-profile' }, contentScript, env);
    expect(await detectedPlanItem.getValue()).toBeNull();
    const planHint = { plan: 'free', evidence: 'premium-trial-upsell' };
    expect(await handleMessage({ ...report, status: 'not-profile', planHint }, contentScript, env)).toBeNull();
    expect(await detectedPlanItem.getValue()).toEqual({ ...planHint, at: 1000 });
    // The separate message it used to be is gone.
    expect(await handleMessage({ type: 'plan-hint', ...planHint }, contentScript, env)).toBeUndefined();
  });
});
