/** paceSummary: what the popup shows, from a ledger, at an instant, in a zone, for a plan. */
import { describe, expect, test } from 'vitest';
import { PLANS } from '../../lib/evaluator/types';
import { fingerprint } from '../../lib/pace/fingerprint';
import { addEvent, addNotice, emptyLedger, type Ledger } from '../../lib/pace/ledger';
import { type PaceOptions, paceSummary, SERIES_DAYS } from '../../lib/pace/pace-summary';
import { LIMIT_IDS, type LinkedInNotice, SEND_KINDS, type SendEvent, type SendKind } from '../../lib/pace/types';
import { DAY_MS, dayKey, startOfDayKey } from '../../lib/pace/windows';

const ZONE = 'Europe/Berlin';
const NOW = Date.parse('2026-05-20T15:00:00+02:00');
const HOUR = 3_600_000;
const SALT = 'salt';

let counter = 0;
const send = (kind: SendKind, at: number, extra: Partial<SendEvent> = {}): SendEvent => ({
  id: `id-${++counter}`,
  kind,
  at,
  recipient: `r-${counter}`,
  device: 'dev-1',
  ...extra,
});
const many = (count: number, kind: SendKind, from: number, step = 60_000) =>
  Array.from({ length: count }, (_, i) => send(kind, from + i * step));
const ledgerWith = (events: SendEvent[], notices: LinkedInNotice[] = []) =>
  notices.reduce(addNotice, events.reduce(addEvent, emptyLedger('dev-1', SALT)));
const summarize = (ledger: Ledger, options: Partial<PaceOptions> = {}) =>
  paceSummary(ledger, { now: NOW, timeZone: ZONE, plan: 'free', ...options });

describe('an empty ledger', () => {
  test.each(PLANS)('%s: zeros everywhere, no warning, a 30-day series ending today', (plan) => {
    const summary = summarize(emptyLedger('dev-1', SALT), { plan });
    expect(summary.invites).toEqual({ last7Days: 0, oldestLeavesAt: null, limitAlertAt: null });
    expect(summary.notes).toEqual({ thisMonth: 0, upsellSeenAt: null });
    expect(summary.messages.today).toBe(0);
    expect(summary.followups.last30Days).toBe(0);
    expect(summary.nearDuplicatesThisWeek).toBe(0);
    expect(summary.inmail.creditsLeft).toBeNull();
    expect(Object.keys(summary.limits)).toEqual([...LIMIT_IDS]);
    for (const usage of Object.values(summary.limits)) expect(usage.warning).toBe('none');
    expect(summary.series).toHaveLength(SERIES_DAYS);
    expect(summary.series.at(-1)?.day).toBe('2026-05-20');
    expect(summary.series[0]?.day).toBe('2026-04-21');
  });
});

describe('invitations in the rolling week', () => {
  test('counted with and without a note; the oldest one’s exit is given', () => {
    const oldest = NOW - 6 * DAY_MS;
    const ledger = ledgerWith([
      send('invite', NOW - 8 * DAY_MS),
      send('invite', oldest),
      ...many(40, 'invite', NOW - 2 * DAY_MS),
      ...many(44, 'invite-note', NOW - DAY_MS),
      send('message', NOW - HOUR),
    ]);
    const summary = summarize(ledger);
    expect(summary.invites.last7Days).toBe(85);
    expect(summary.invites.oldestLeavesAt).toBe(oldest + 7 * DAY_MS);
    expect(summary.limits['invites-per-week']).toMatchObject({
      used: 85,
      value: 100,
      source: 'community',
      share: 0.85,
      warning: 'near',
    });
  });

  test.each([
    [79, 'none'],
    [80, 'near'],
    [99, 'near'],
    [100, 'reached'],
    [130, 'reached'],
  ] as const)('%i of 100: %s', (count, warning) => {
    const summary = summarize(ledgerWith(many(count, 'invite', NOW - 3 * DAY_MS)));
    expect(summary.limits['invites-per-week'].warning).toBe(warning);
  });

  test('a calibrated limit is observed; a user override wins over it', () => {
    const ledger = ledgerWith(many(60, 'invite', NOW - 2 * DAY_MS), [{ kind: 'invite-limit-alert', at: NOW - DAY_MS }]);
    expect(ledger.calibratedInviteLimit).toBe(60);
    const later = NOW + 10 * DAY_MS;
    const calibrated = summarize(ledger, { now: later, plan: 'premium-career' });
    expect(calibrated.limits['invites-per-week']).toMatchObject({ value: 60, source: 'observed', default: 100 });
    const overridden = summarize(ledger, { now: later, overrides: { 'invites-per-week': 70 } });
    expect(overridden.limits['invites-per-week']).toMatchObject({ value: 70, source: 'user', default: 100 });
  });

  test('LinkedIn’s alert means reached for a week, whatever the count', () => {
    const alert = NOW - 2 * DAY_MS;
    const ledger = ledgerWith(many(3, 'invite', NOW - DAY_MS), [{ kind: 'invite-limit-alert', at: alert }]);
    const during = summarize(ledger);
    expect(during.invites.limitAlertAt).toBe(alert);
    expect(during.limits['invites-per-week'].warning).toBe('reached');
    const after = summarize(ledger, { now: alert + 7 * DAY_MS });
    expect(after.invites.limitAlertAt).toBeNull();
    expect(after.limits['invites-per-week'].warning).toBe('none');
  });
});

describe('notes this calendar month', () => {
  test('only this month’s, in the user’s zone', () => {
    // 00:30 on 1 May in Berlin is still 30 April in New York.
    const firstOfMay = Date.parse('2026-05-01T00:30:00+02:00');
    const ledger = ledgerWith([
      send('invite-note', Date.parse('2026-04-30T23:30:00+02:00')),
      send('invite-note', firstOfMay),
      ...many(3, 'invite-note', NOW - 5 * DAY_MS),
      send('invite', NOW - HOUR),
    ]);
    expect(summarize(ledger).notes.thisMonth).toBe(4);
    expect(summarize(ledger, { timeZone: 'America/New_York' }).notes.thisMonth).toBe(3);
    expect(summarize(ledger).limits['notes-per-month']).toMatchObject({
      used: 4,
      value: 5,
      source: 'official',
      warning: 'near',
    });
  });

  test('five of five is reached on free; paid plans have no quota', () => {
    const ledger = ledgerWith(many(5, 'invite-note', NOW - DAY_MS));
    expect(summarize(ledger).limits['notes-per-month'].warning).toBe('reached');
    expect(summarize(ledger, { plan: 'premium-career' }).limits['notes-per-month']).toMatchObject({
      used: 5,
      value: null,
      share: null,
      warning: 'none',
    });
  });

  test('LinkedIn’s note-quota upsell this month means reached', () => {
    const upsell = NOW - DAY_MS;
    const ledger = ledgerWith([send('invite-note', NOW - 2 * DAY_MS)], [{ kind: 'note-quota-upsell', at: upsell }]);
    expect(summarize(ledger).notes.upsellSeenAt).toBe(upsell);
    expect(summarize(ledger).limits['notes-per-month'].warning).toBe('reached');
    const nextMonth = summarize(ledger, { now: Date.parse('2026-06-02T10:00:00+02:00') });
    expect(nextMonth.notes.upsellSeenAt).toBeNull();
    expect(nextMonth.limits['notes-per-month'].warning).toBe('none');
  });
});

describe('messages today against the pace guideline', () => {
  test('messages, follow-ups and InMails of today, in the user’s zone', () => {
    const ledger = ledgerWith([
      send('message', Date.parse('2026-05-20T01:00:00+02:00')), // today in Berlin, yesterday in New York
      send('message', NOW - DAY_MS),
      ...many(28, 'message', NOW - 5 * HOUR),
      ...many(2, 'followup', NOW - 4 * HOUR),
      send('inmail', NOW - HOUR, { free: true }),
      send('invite', NOW - HOUR),
    ]);
    const summary = summarize(ledger);
    expect(summary.messages.today).toBe(32);
    expect(summary.limits['messages-per-day']).toMatchObject({
      used: 32,
      value: 40,
      share: 0.8,
      warning: 'near',
      guideline: true,
      source: 'lockLens-guideline',
    });
    expect(summarize(ledger, { timeZone: 'America/New_York' }).messages.today).toBe(31);
  });

  test('follow-ups in the rolling 30 days', () => {
    const ledger = ledgerWith([
      send('followup', NOW - 31 * DAY_MS),
      send('followup', NOW - 29 * DAY_MS),
      send('followup', NOW),
      send('message', NOW),
    ]);
    expect(summarize(ledger).followups.last30Days).toBe(2);
  });
});

describe('InMail credits', () => {
  const premium: Partial<PaceOptions> = { plan: 'premium-career', renewalDay: 10 };

  test('left = the composer’s count minus paid InMails since; Open Profile messages are free', () => {
    const seen = NOW - 2 * DAY_MS;
    const ledger = ledgerWith(
      [send('inmail', seen - HOUR), send('inmail', seen + HOUR), send('inmail', seen + 2 * HOUR, { free: true })],
      [{ kind: 'inmail-credits', at: seen, value: 3 }],
    );
    const summary = summarize(ledger, premium);
    expect(summary.inmail).toEqual({
      creditsLeft: 2,
      seenAt: seen,
      sentThisPeriod: 2,
      nextRenewal: Date.parse('2026-06-10T00:00:00+02:00'),
    });
    expect(summary.limits['inmail-credits-per-month']).toMatchObject({ value: 5, used: 2, warning: 'none' });
  });

  test('one credit of five left is near; none left is reached', () => {
    const seen = NOW - DAY_MS;
    const one = ledgerWith([], [{ kind: 'inmail-credits', at: seen, value: 1 }]);
    expect(summarize(one, premium).limits['inmail-credits-per-month'].warning).toBe('near');
    const none = addEvent(one, send('inmail', seen + HOUR));
    expect(summarize(none, premium).inmail.creditsLeft).toBe(0);
    expect(summarize(none, premium).limits['inmail-credits-per-month'].warning).toBe('reached');
  });

  test('rolled-over credits: a known count outranks the month’s allotment', () => {
    const seen = NOW - DAY_MS;
    const ledger = ledgerWith(many(6, 'inmail', seen + HOUR), [{ kind: 'inmail-credits', at: seen, value: 12 }]);
    const usage = summarize(ledger, premium).limits['inmail-credits-per-month'];
    expect(usage).toMatchObject({ used: 6, value: 5, warning: 'none' });
  });

  test('a reading from before the last renewal is stale: unknown', () => {
    const ledger = ledgerWith([], [{ kind: 'inmail-credits', at: Date.parse('2026-05-09T12:00:00+02:00'), value: 4 }]);
    expect(summarize(ledger, premium).inmail.creditsLeft).toBeNull();
    // Without a billing day, a reading under a month old still counts.
    expect(summarize(ledger, { plan: 'premium-career' }).inmail.creditsLeft).toBe(4);
    expect(summarize(ledger, { plan: 'premium-career', now: NOW + 30 * DAY_MS }).inmail.creditsLeft).toBeNull();
  });

  test('Sales Navigator renews on the 1st in UTC; free and corporate Recruiter have no known renewal', () => {
    expect(summarize(emptyLedger('d', SALT), { plan: 'sales-navigator' }).inmail.nextRenewal).toBe(
      Date.parse('2026-06-01T00:00:00Z'),
    );
    expect(summarize(emptyLedger('d', SALT), { plan: 'free' }).inmail.nextRenewal).toBeNull();
    expect(summarize(emptyLedger('d', SALT), { plan: 'recruiter' }).inmail.nextRenewal).toBeNull();
  });
});

describe('near-duplicates this week', () => {
  const template = (name: string) =>
    `Hi ${name}, I noticed your work on data platforms and would love to compare notes on hiring senior ` +
    'engineers in a remote team. Would a short call next week suit you? Thanks, Sam';

  test('each repeat of an earlier text of the week counts once', () => {
    const ledger = ledgerWith([
      send('message', NOW - 8 * DAY_MS, { fingerprint: fingerprint(template('Old'), SALT) }),
      send('message', NOW - 3 * DAY_MS, { fingerprint: fingerprint(template('Anna'), SALT) }),
      send('message', NOW - 2 * DAY_MS, { fingerprint: fingerprint(template('Ben'), SALT) }),
      send('invite-note', NOW - DAY_MS, { fingerprint: fingerprint(template('Carla'), SALT) }),
      send('message', NOW - HOUR, { fingerprint: fingerprint('Congrats on the new role, well deserved!', SALT) }),
    ]);
    expect(summarize(ledger).nearDuplicatesThisWeek).toBe(2);
  });
});

describe('the 30-day series', () => {
  test('sends per day and kind, from the detail and the day counts, today last', () => {
    const ledger: Ledger = {
      ...ledgerWith([
        send('message', NOW),
        send('message', NOW - HOUR),
        send('invite', startOfDayKey('2026-05-19', ZONE)),
        send('invite', startOfDayKey('2026-05-19', ZONE) - 1), // the 18th
        send('followup', NOW - 40 * DAY_MS), // outside the chart
      ]),
      days: { '2026-04-21': { inmail: 2 }, '2026-04-20': { inmail: 7 } },
    };
    const series = summarize(ledger).series;
    const byDay = Object.fromEntries(series.map((d) => [d.day, d.counts]));
    expect(byDay['2026-05-20']).toMatchObject({ message: 2, invite: 0 });
    expect(byDay['2026-05-19']).toMatchObject({ invite: 1 });
    expect(byDay['2026-05-18']).toMatchObject({ invite: 1 });
    expect(byDay['2026-04-21']).toMatchObject({ inmail: 2 });
    expect(byDay['2026-04-20']).toBeUndefined();
    const total = series.reduce((sum, d) => sum + SEND_KINDS.reduce((s, k) => s + d.counts[k], 0), 0);
    expect(total).toBe(6);
    expect(series.map((d) => d.day)).toEqual([...series.map((d) => d.day)].sort());
  });

  test('days follow the zone’s calendar across a DST change', () => {
    const now = Date.parse('2026-03-30T12:00:00+02:00');
    const summary = summarize(emptyLedger('d', SALT), { now });
    const days = summary.series.map((d) => d.day);
    expect(new Set(days).size).toBe(SERIES_DAYS);
    expect(days).toContain('2026-03-29');
    expect(days.at(-1)).toBe(dayKey(now, ZONE));
  });
});
