/**
 * The user's limits and warning threshold (options page → settings) reach every place that uses
 * them alike: the hint's verdict, the popup's pace summary and the composer check. Each figure has
 * one place (lib/pace/limits.ts for its default, the settings for the user's own), so a change there
 * shows the same in all three.
 */
import { describe, expect, test } from 'vitest';
import { handleMessage } from '../../lib/background/handle-message';
import type { ProfileAnswer, TextCheckAnswer } from '../../lib/protocol/answers';
import { saveSettings } from '../../lib/settings/store';
import { askPopupView, contentScriptSender, testEnv } from '../helpers/background';
import { signalsFrom } from '../helpers/signals';

const NOW = Date.UTC(2026, 11, 8, 10);
const env = testEnv(() => NOW);
const tab = contentScriptSender(7, 'https://www.linkedin.com/in/dana-example/');
const RECIPIENT = { firstName: 'Dana', company: 'Examplecorp', headlineWords: ['engineer'] };

async function checkText(kind: string, text: string): Promise<TextCheckAnswer> {
  const check = { type: 'check-text', kind, text, firstMessage: false, language: 'en', recipient: RECIPIENT };
  return (await handleMessage(check, tab, env)) as TextCheckAnswer;
}

/** The hint's verdict on a 2nd-degree stranger, as their profile is reported. */
async function hintCauses(): Promise<string[]> {
  const report = {
    type: 'page-report',
    url: 'https://www.linkedin.com/in/dana-example/',
    status: 'profile',
    signals: signalsFrom({ degree: '2nd' }),
    slug: 'dana-example',
  };
  return ((await handleMessage(report, tab, env)) as ProfileAnswer).verdict.causes.map((c) => c.id);
}

async function sendMessages(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const event = { id: `message-${String(i).padStart(5, '0')}`, kind: 'message', at: NOW - i * 1000, recipient: 'r' };
    expect(await handleMessage({ type: 'send', event }, tab, env)).toBeNull();
  }
}

describe('the invitation note’s length', () => {
  test('an override on the options page is the limit of the popup and of the composer check', async () => {
    await saveSettings({ limits: { 'note-length': 400 } });
    expect((await askPopupView(env)).pace.limits['note-length'].value).toBe(400);

    const tooLong = (await checkText('invitation-note', `Dana, ${'a'.repeat(244)}`)).findings.find(
      (f) => f.id === 'too-long',
    );
    expect(tooLong).toBeUndefined();
    const near = (await checkText('invitation-note', `Dana, ${'a'.repeat(384)}`)).findings.find(
      (f) => f.id === 'too-long',
    );
    expect(near).toMatchObject({ severity: 'info', reason: { params: { length: 390, limit: 400 } } });
    const over = (await checkText('invitation-note', `Dana, ${'a'.repeat(395)}`)).findings.find(
      (f) => f.id === 'too-long',
    );
    expect(over).toMatchObject({ severity: 'problem', reason: { params: { length: 401, limit: 400 } } });
  });

  test('without one, the plan’s default from the limits table', async () => {
    await saveSettings({ plan: 'premium-career' });
    expect((await askPopupView(env)).pace.limits['note-length'].value).toBe(300);
    const over = (await checkText('invitation-note', `Dana, ${'a'.repeat(295)}`)).findings.find(
      (f) => f.id === 'too-long',
    );
    expect(over).toMatchObject({ severity: 'problem', reason: { params: { length: 301, limit: 300 } } });
  });
});

describe('the warning threshold', () => {
  test('a lower one warns of the message pace in the hint, the popup and the composer alike', async () => {
    await saveSettings({ warnAtPercent: 50 });
    await sendMessages(20);
    expect((await askPopupView(env)).pace.limits['messages-per-day']).toMatchObject({ used: 20, warning: 'near' });
    expect(await hintCauses()).toContain('sending-pace-high');
    expect((await checkText('message', 'Thanks, see you on Monday then.')).paceLine).toContain('20');
  });

  test('a higher one is quiet in all three below it', async () => {
    await saveSettings({ warnAtPercent: 95 });
    await sendMessages(33);
    expect((await askPopupView(env)).pace.limits['messages-per-day']).toMatchObject({ used: 33, warning: 'none' });
    expect(await hintCauses()).not.toContain('sending-pace-high');
    expect((await checkText('message', 'Thanks, see you on Monday then.')).paceLine).toBeNull();
  });

  test('the invitations near their weekly limit, at the user’s threshold, in the hint and the popup', async () => {
    await saveSettings({ warnAtPercent: 60, limits: { 'invites-per-week': 10 } });
    for (let i = 0; i < 6; i++) {
      const event = { id: `invite-${String(i).padStart(5, '0')}`, kind: 'invite', at: NOW - i * 1000, recipient: 'r' };
      await handleMessage({ type: 'send', event }, tab, env);
    }
    expect((await askPopupView(env)).pace.limits['invites-per-week']).toMatchObject({ used: 6, warning: 'near' });
    expect(await hintCauses()).toContain('invite-limit-near');
  });

  test('a message pace override counts in all three', async () => {
    await saveSettings({ limits: { 'messages-per-day': 10 } });
    await sendMessages(8);
    expect((await askPopupView(env)).pace.limits['messages-per-day']).toMatchObject({ value: 10, warning: 'near' });
    expect(await hintCauses()).toContain('sending-pace-high');
    expect((await checkText('message', 'Thanks, see you on Monday then.')).paceLine).toContain('10');
  });
});
