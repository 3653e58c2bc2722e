import { describe, expect, test } from 'vitest';
import { evaluate } from '../../lib/evaluator/evaluate';
import type { CauseId, StepId, ViewerContext } from '../../lib/evaluator/types';
import type { SignalValues } from '../../lib/signals';
import { signalsFrom } from '../helpers/signals';

interface Case {
  name: string;
  signals: Partial<SignalValues>;
  viewer?: Partial<ViewerContext>;
  messaging: 'free' | 'locked' | 'unknown';
  topCause?: CauseId;
  causes?: CauseId[];
  notCauses?: CauseId[];
  firstStep?: StepId;
  steps?: StepId[];
  notSteps?: StepId[];
}

const FREE: ViewerContext = { plan: 'free' };

// One row per cause and per step; each says what must and must not appear.
const CASES: Case[] = [
  {
    name: '1st degree: free to message',
    signals: { degree: '1st', connect: 'none' },
    messaging: 'free',
    causes: [],
    firstStep: 'message-now',
    notSteps: ['send-inmail', 'upgrade', 'connect-with-note', 'save-for-later'],
  },
  {
    name: '2nd degree, Connect visible, free plan',
    signals: { degree: '2nd', connect: 'primary' },
    messaging: 'locked',
    topCause: 'not-connected',
    causes: ['needs-premium-for-inmail', 'recipient-may-block-inmail', 'recipient-message-cap'],
    firstStep: 'connect-with-note',
    steps: ['connect-without-note', 'upgrade', 'save-for-later'],
    notSteps: ['send-inmail', 'connect-from-more-menu', 'message-now'],
  },
  {
    name: '3rd degree, Connect in More',
    signals: { degree: '3rd', connect: 'more-menu' },
    messaging: 'locked',
    topCause: 'not-connected',
    firstStep: 'connect-from-more-menu',
    notSteps: ['connect-with-note', 'connect-without-note'],
  },
  {
    name: 'pending invitation',
    signals: { degree: '2nd', pending: true, connect: 'none' },
    messaging: 'locked',
    topCause: 'invitation-pending',
    notCauses: ['not-connected'],
    firstStep: 'wait-for-acceptance',
    notSteps: ['connect-with-note', 'connect-without-note', 'connect-from-more-menu'],
  },
  {
    name: 'out of network, nothing offered',
    signals: { degree: 'out-of-network', connect: 'none', messageAction: false, followers: null },
    messaging: 'locked',
    causes: ['out-of-network', 'not-connected'],
    notSteps: ['connect-with-note', 'connect-from-more-menu', 'connect-without-note'],
    steps: ['upgrade', 'save-for-later'],
  },
  {
    name: 'Premium recipient: Open Profile worth a try, for free',
    signals: { degree: '3rd', premiumBadge: true },
    messaging: 'locked',
    causes: ['not-connected'],
    firstStep: 'try-message-open-profile',
  },
  {
    name: 'they invited you: accepting comes first, and no Connect',
    signals: { degree: '2nd', connect: 'more-menu', incomingInvitation: true },
    messaging: 'locked',
    topCause: 'not-connected',
    firstStep: 'accept-invitation',
    notSteps: ['connect-with-note', 'connect-from-more-menu', 'connect-without-note'],
  },
  {
    name: 'a company in common: a coworker’s message request',
    signals: { degree: '3rd', highlights: ['shared-company'] },
    messaging: 'locked',
    topCause: 'not-connected',
    firstStep: 'message-request-coworker',
  },
  {
    name: 'the user wrote to them before: continue that conversation',
    signals: { degree: '2nd' },
    viewer: { lastContact: { kind: 'message', at: 1 } },
    messaging: 'locked',
    firstStep: 'reply-in-conversation',
  },
  {
    name: 'an invitation sent before is no conversation',
    signals: { degree: '2nd' },
    viewer: { lastContact: { kind: 'invite', at: 1 } },
    messaging: 'locked',
    notSteps: ['reply-in-conversation'],
  },
  {
    name: 'many old invitations: withdraw them',
    signals: { degree: '2nd', connect: 'primary' },
    viewer: { oldInvitations: 25 },
    messaging: 'locked',
    causes: ['invitations-outstanding'],
    steps: ['withdraw-old-invitations', 'connect-with-note'],
  },
  {
    name: 'a few old invitations: nothing to say',
    signals: { degree: '2nd', connect: 'primary' },
    viewer: { oldInvitations: 5 },
    messaging: 'locked',
    notCauses: ['invitations-outstanding'],
    notSteps: ['withdraw-old-invitations'],
  },
  {
    name: 'the user is at 30,000 connections: no Connect',
    signals: { degree: '2nd', connect: 'primary' },
    viewer: { ownConnections: 30_000 },
    messaging: 'locked',
    causes: ['connection-cap-reached'],
    notSteps: ['connect-with-note', 'connect-without-note', 'connect-from-more-menu'],
  },
  {
    name: 'follow-first creator',
    signals: { degree: '3rd', followPrimary: true, connect: 'more-menu', activity: true },
    messaging: 'locked',
    causes: ['follow-only-profile'],
    steps: ['connect-from-more-menu', 'engage-with-posts'],
  },
  {
    name: 'mutual connections: ask for an intro',
    signals: { degree: '2nd', connect: 'primary', mutualConnections: 4 },
    messaging: 'locked',
    steps: ['ask-mutual-for-intro'],
  },
  {
    name: 'shared group: message request',
    signals: { degree: '3rd', highlights: ['shared-group'] },
    messaging: 'locked',
    firstStep: 'message-via-shared-group',
  },
  {
    name: 'Premium Business with credits: InMail after the free routes',
    signals: { degree: '3rd' },
    viewer: { plan: 'premium-business', inmailCredits: 12 },
    messaging: 'locked',
    notCauses: ['needs-premium-for-inmail', 'inmail-credits-exhausted'],
    steps: ['send-inmail'],
    notSteps: ['upgrade'],
  },
  {
    name: 'Sales Navigator with no credits left',
    signals: { degree: '3rd' },
    viewer: { plan: 'sales-navigator', inmailCredits: 0 },
    messaging: 'locked',
    causes: ['inmail-credits-exhausted'],
    notSteps: ['send-inmail', 'upgrade'],
  },
  {
    name: 'free account with notes used up',
    signals: { degree: '2nd', connect: 'primary' },
    viewer: { notesUsedThisMonth: 5, noteQuotaPerMonth: 5 },
    messaging: 'locked',
    causes: ['note-quota-used'],
    firstStep: 'connect-without-note',
    notSteps: ['connect-with-note'],
  },
  {
    name: 'invitations at the weekly limit: no Connect, slow down',
    signals: { degree: '2nd', connect: 'primary' },
    viewer: { invitesLast7Days: 100, inviteLimit7Days: 100 },
    messaging: 'locked',
    causes: ['invite-limit-near'],
    firstStep: 'slow-down',
    notSteps: ['connect-with-note', 'connect-without-note'],
  },
  {
    name: 'invitations near the limit: still allowed, with a warning',
    signals: { degree: '2nd', connect: 'primary' },
    viewer: { invitesLast7Days: 85, inviteLimit7Days: 100 },
    messaging: 'locked',
    causes: ['invite-limit-near'],
    steps: ['slow-down', 'connect-with-note'],
  },
  {
    name: 'many messages today',
    signals: { degree: '1st', connect: 'none' },
    viewer: { messagesToday: 40, messagePacePerDay: 40 },
    messaging: 'free',
    causes: ['sending-pace-high'],
    steps: ['message-now', 'slow-down'],
  },
  {
    name: 'repeated texts',
    signals: { degree: '1st', connect: 'none' },
    viewer: { nearDuplicatesThisWeek: 6 },
    messaging: 'free',
    causes: ['repeated-text'],
    steps: ['slow-down'],
  },
  {
    name: 'incomplete own profile and small network',
    signals: { degree: '3rd' },
    viewer: { profileCompleteness: 0.4, ownConnections: 12 },
    messaging: 'locked',
    causes: ['sender-profile-incomplete', 'sender-network-small'],
    steps: ['complete-your-profile'],
  },
  {
    name: 'own profile',
    signals: { degree: 'self', connect: 'none', messageAction: false },
    messaging: 'unknown',
    topCause: 'own-profile',
    firstStep: 'complete-your-profile',
    notSteps: ['save-for-later', 'message-now'],
  },
  {
    name: 'degree not readable',
    signals: { degree: null, connect: null, messageAction: null },
    messaging: 'unknown',
    topCause: 'page-unclear',
    steps: ['save-for-later'],
    notSteps: ['message-now', 'send-inmail', 'upgrade'],
  },
];

describe('evaluate', () => {
  test.each(CASES)('$name', (c) => {
    const verdict = evaluate(signalsFrom(c.signals), { ...FREE, ...c.viewer });
    const causes = verdict.causes.map((x) => x.id);
    const steps = verdict.nextSteps.map((x) => x.id);
    expect(verdict.messaging).toBe(c.messaging);
    if (c.topCause) expect(causes[0]).toBe(c.topCause);
    if (c.causes) expect(causes).toEqual(c.causes.length === 0 ? [] : expect.arrayContaining(c.causes));
    for (const id of c.notCauses ?? []) expect(causes).not.toContain(id);
    if (c.firstStep) expect(steps[0]).toBe(c.firstStep);
    for (const id of c.steps ?? []) expect(steps).toContain(id);
    for (const id of c.notSteps ?? []) expect(steps).not.toContain(id);
  });

  test('community claims never outrank what the page shows', () => {
    const verdict = evaluate(signalsFrom({ degree: '2nd', connect: 'primary' }), FREE);
    const community = verdict.causes.filter((c) => c.source === 'community');
    expect(community.length).toBeGreaterThan(0);
    for (const c of community) expect(c.confidence).toBeLessThanOrEqual(0.5);
    expect(verdict.causes[0]?.source).not.toBe('community');
  });

  test('an invitation limit calibrated by LinkedIn’s own alert counts as observed', () => {
    const estimate = evaluate(signalsFrom({ degree: '2nd' }), { ...FREE, invitesLast7Days: 90, inviteLimit7Days: 100 });
    const calibrated = evaluate(signalsFrom({ degree: '2nd' }), {
      ...FREE,
      invitesLast7Days: 90,
      inviteLimit7Days: 100,
      inviteLimitObserved: true,
    });
    const find = (v: typeof estimate) => v.causes.find((c) => c.id === 'invite-limit-near');
    expect(find(estimate)?.source).toBe('community');
    expect(find(calibrated)?.source).toBe('observed');
    expect(find(calibrated)?.confidence ?? 0).toBeGreaterThan(find(estimate)?.confidence ?? 1);
  });

  test('a second InMail to the same member: the step says LinkedIn’s help pages differ', () => {
    const premium: ViewerContext = { plan: 'premium-career', inmailCredits: 3 };
    const again = evaluate(signalsFrom({ degree: '3rd' }), { ...premium, lastContact: { kind: 'inmail', at: 1 } });
    const first = evaluate(signalsFrom({ degree: '3rd' }), premium);
    const why = (v: typeof first) => v.nextSteps.find((s) => s.id === 'send-inmail')?.why.key;
    expect(why(again)).toBe('step.send-inmail.why-again');
    expect(why(first)).toBe('step.send-inmail.why');
  });

  test('no Connect on a Follow-first profile: their setting or the 30,000 cap', () => {
    const verdict = evaluate(signalsFrom({ degree: '3rd', followPrimary: true, connect: 'none' }), FREE);
    const follow = verdict.causes.find((c) => c.id === 'follow-only-profile');
    expect(follow?.evidence.map((e) => e.key)).toContain('evidence.no-connect-cap');
  });

  test('official causes name their LinkedIn Help answers; the unverified receive cap ranks last', () => {
    const verdict = evaluate(signalsFrom({ degree: '2nd', connect: 'primary' }), FREE);
    const notConnected = verdict.causes.find((c) => c.id === 'not-connected');
    expect(notConnected?.basis).toEqual({
      key: 'basis.help',
      params: { source: 'a554575, 1584', checked: '2026-12-07' },
    });
    expect(verdict.causes.at(-1)?.id).toBe('recipient-message-cap');
  });

  test('steps are ordered free, then credit, then paid', () => {
    const verdict = evaluate(signalsFrom({ degree: '3rd', mutualConnections: 2 }), {
      plan: 'premium-career',
      inmailCredits: 3,
    });
    const costs = verdict.nextSteps.map((s) => s.cost);
    expect(costs).toEqual(
      [...costs].sort((a, b) => ['free', 'credit', 'paid'].indexOf(a) - ['free', 'credit', 'paid'].indexOf(b)),
    );
    expect(costs.at(-1)).toBe('credit');
  });
});
