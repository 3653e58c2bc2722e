import { afterEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor } from '../../lib/background/badge';
import { handleMessage } from '../../lib/background/handle-message';
import { evaluate } from '../../lib/evaluator/evaluate';
import { messagingFrom } from '../../lib/evaluator/messaging';
import { DE } from '../../lib/messages/de';
import { EN } from '../../lib/messages/en';
import { useCatalogue } from '../../lib/messages/format';
import { DAY_MS } from '../../lib/pace/windows';
import type { PageContext, ProfileAnswer } from '../../lib/protocol/answers';
import { saveSettings } from '../../lib/settings/store';
import { dismiss } from '../../lib/storage/dismissed-hints';
import { askPopupView, contentScriptSender, testEnv, testState } from '../helpers/background';
import { savedPerson } from '../helpers/saved-person';
import { signalsFrom } from '../helpers/signals';

const locked = evaluate(signalsFrom({ degree: '3rd' }), { plan: 'free' });

const free = evaluate(signalsFrom({ degree: '1st', connect: 'none' }), { plan: 'free' });
const env = testEnv(() => 5);
const contentScript = contentScriptSender(4);
const tabStatus = async () => (await askPopupView(env, 4)).status;

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
  test('a profile report is evaluated with the viewer’s plan, answered, kept for the popup, and shown on the badge', async () => {
    const report = {
      type: 'page-report',
      url: contentScript.url,
      status: 'profile',
      signals: signalsFrom({ degree: '3rd' }),
    };
    expect(await handleMessage(report, contentScript, env)).toMatchObject({
      verdict: { messaging: 'locked' },
      saved: null,
    });
    expect(await tabStatus()).toMatchObject({ verdict: { messaging: 'locked' } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('🔒');
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toMatch(/^LockLens: Message locked/);

    await saveSettings({ plan: 'premium-business', inmailCredits: 4 });
    const paid = (await handleMessage(report, contentScript, env)) as ProfileAnswer;
    expect(paid.verdict.nextSteps.map((s) => s.id)).toContain('send-inmail');
    expect((await tabStatus())?.verdict).toEqual(paid.verdict);
  });

  test('a report with malformed signals is dropped', async () => {
    const signals = { ...signalsFrom({ degree: '3rd' }), degree: { value: 'fifth', evidence: [] } };
    const report = { type: 'page-report', url: contentScript.url, status: 'profile', signals };
    expect(await handleMessage(report, contentScript, env)).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  test('checks a text being written, with the pace and past sends it knows', async () => {
    const check = {
      type: 'check-text',
      kind: 'message',
      text: 'Hello! Limited time offer: book a demo at https://example.com today.',
      firstMessage: true,
      language: 'en',
      recipient: { firstName: 'Dana', company: 'Examplecorp', headlineWords: [] },
    };
    const answer = (await handleMessage(check, contentScript, env)) as { findings: { id: string }[] };
    expect(answer.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['promotional', 'link-in-first-message']));
    expect(await handleMessage({ ...check, text: 'x'.repeat(100_001) }, contentScript, env)).toBeUndefined();
    await saveSettings({ quietMode: true });
    expect(await handleMessage(check, contentScript, env)).toEqual({ enabled: false, findings: [], paceLine: null });
  });

  test('content scripts get this install’s salt up front, and nothing more', async () => {
    const answer = await handleMessage({ type: 'page-context' }, contentScript, env);
    expect(answer).toEqual({ salt: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(await handleMessage({ type: 'page-context' }, contentScript, env)).toEqual(answer);
  });

  test('a profile’s context says, ahead of its top card, whether to show the hint', async () => {
    const ask = () =>
      handleMessage({ type: 'page-context', slug: 'Dana-Example' }, contentScript, env) as Promise<PageContext>;
    const first = await ask();
    expect(first.profile).toEqual({
      showHint: true,
      lastContact: null,
      chipTexts: {
        'messaging.free': 'Free to message',
        'messaging.locked': 'Message locked',
        'messaging.unknown': 'Messaging unclear',
        'ui.why': 'why?',
        'ui.has-news': expect.any(String),
      },
    });
    await saveSettings({ quietMode: true });
    expect((await ask()).profile?.showHint).toBe(false);
    await saveSettings({ quietMode: false, hintsEnabled: false });
    expect((await ask()).profile?.showHint).toBe(false);
    await saveSettings({ hintsEnabled: true });
    expect((await ask()).profile?.showHint).toBe(true);
    await dismiss('dana-example', first.salt);
    expect((await ask()).profile?.showHint).toBe(false);
  });

  test('the hint’s chip and the background’s verdict agree on every profile fixture and plan', () => {
    for (const degree of ['1st', '2nd', '3rd', 'out-of-network', 'self', null] as const) {
      for (const pending of [true, false]) {
        const signals = signalsFrom({ degree, pending });
        for (const plan of ['free', 'premium-career', 'sales-navigator'] as const) {
          expect(messagingFrom(degree, pending)).toBe(evaluate(signals, { plan }).messaging);
        }
      }
    }
  });
});

describe('repeat protection', () => {
  test('a profile the user already invited says when, from the ledger’s salted recipient hash', async () => {
    const { hash53 } = await import('../../lib/pace/hash');
    const now = Date.UTC(2026, 10, 21, 12);
    const later = { ...env, state: testState(() => now) };
    const ledger = await later.state.ledger.load();
    const at = now - 9 * 86_400_000;
    await later.state.ledger.recordSend(
      { id: 'earlier-invite-1', kind: 'invite', at, recipient: hash53(`${ledger.salt}|dana-example`) },
      now,
    );
    const report = {
      type: 'page-report',
      url: contentScript.url,
      status: 'profile',
      slug: 'dana-example',
      signals: signalsFrom({ degree: '2nd', pending: true }),
    };
    await handleMessage(report, contentScript, later);
    expect((await askPopupView(later, 4)).status).toMatchObject({ lastContact: { kind: 'invite', at } });
    const context = (await handleMessage(
      { type: 'page-context', slug: 'dana-example' },
      contentScript,
      later,
    )) as PageContext;
    expect(context.profile?.lastContact).toEqual({ kind: 'invite', at });
    await handleMessage({ ...report, slug: 'someone-else' }, contentScript, later);
    expect((await askPopupView(later, 4)).status).toMatchObject({ lastContact: null });
  });
});

describe('contact under either name', () => {
  test('an InMail sent from the messaging page (which names people by member id) is contact on their profile', async () => {
    const { hash53 } = await import('../../lib/pace/hash');
    const now = Date.UTC(2026, 11, 8, 12);
    const later = { ...env, state: testState(() => now) };
    const ledger = await later.state.ledger.load();
    const memberId = 'ACoAAFAKE0000000000000000000000000000042';
    const at = now - 3 * 86_400_000;
    await later.state.ledger.recordSend(
      { id: 'inmail-from-inbox', kind: 'inmail', at, recipient: hash53(`${ledger.salt}|${memberId}`) },
      now,
    );
    const report = {
      type: 'page-report',
      url: contentScript.url,
      status: 'profile',
      slug: 'dana-example',
      signals: signalsFrom({ degree: '3rd' }),
      withContext: true,
    };
    // Without the member id the profile's report cannot know; with it, it does.
    const unknownId = (await handleMessage(report, contentScript, later)) as ProfileAnswer;
    expect(unknownId.context?.profile?.lastContact).toBeNull();
    const answer = (await handleMessage({ ...report, profileId: memberId }, contentScript, later)) as ProfileAnswer;
    expect(answer.context?.profile?.lastContact).toEqual({ kind: 'inmail', at });
    // The answer says it too: after an SPA navigation the context was asked by vanity name alone.
    expect(answer.lastContact).toEqual({ kind: 'inmail', at });
    expect(answer.verdict.nextSteps.map((step) => step.id)).toContain('reply-in-conversation');
    expect((await askPopupView(later, 4)).status).toMatchObject({ lastContact: { kind: 'inmail', at } });
  });
});

describe('the toolbar’s titles are in the user’s language', () => {
  afterEach(() => useCatalogue(EN));

  test('a page it could not read, and follow-ups due, in German', async () => {
    useCatalogue(DE, 'de');
    expect(badgeFor({ url: 'https://www.linkedin.com/', at: 0, status: 'unreadable' }).title).toBe(
      'LockLens konnte diese Seite nicht lesen',
    );
    const state = testState(() => 10 * DAY_MS);
    await state.saved.replace([savedPerson('dana-fixture', 0, { followUpAt: DAY_MS })]);
    await state.saved.showDueCount(10 * DAY_MS);
    expect(await fakeBrowser.action.getTitle({})).toBe('LockLens: 1 Nachfassen fällig');
    await state.saved.replace([]);
    await state.saved.showDueCount(10 * DAY_MS);
    expect(await fakeBrowser.action.getTitle({})).toBe('LockLens');
  });
});
