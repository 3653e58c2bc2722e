import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PLANS } from '../../lib/evaluator/types';
import { emptyLedger, type Ledger } from '../../lib/pace/ledger';
import { type PaceOptions, paceSummary } from '../../lib/pace/pace-summary';
import { paceSummaryValidUntil } from '../../lib/pace/summary-valid-until';
import { LINKEDIN_NOTICES, SEND_KINDS } from '../../lib/pace/types';
import { addDays, DAY_MS, dayKey } from '../../lib/pace/windows';

const NOW = Date.UTC(2026, 2, 29, 0, 30); // the night Europe moves its clocks forward
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'];
const HOUR = 3_600_000;

/**
 * A send or notice time around NOW: most in the windows' reach, some in the future, some not a
 * whole millisecond (the schema allows it, as an imported file may have it).
 */
const around = fc
  .tuple(fc.integer({ min: -40 * DAY_MS, max: 2 * DAY_MS }), fc.constantFrom(0, 0, 0, 0.5))
  .map(([offset, fraction]) => NOW + offset + fraction);
/** Few distinct hashes, so that near-duplicates happen. */
const sketch = fc.uniqueArray(fc.constantFrom('0a', '0b', '0c', '0d', '0e', '0f', '10', '11'), {
  minLength: 1,
  maxLength: 8,
});

const ledgerArb: fc.Arbitrary<Ledger> = fc
  .record({
    events: fc.array(
      fc.record({
        at: around,
        kind: fc.constantFrom(...SEND_KINDS),
        fingerprint: fc.option(sketch, { nil: undefined }),
        free: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { maxLength: 40 },
    ),
    notices: fc.array(fc.record({ kind: fc.constantFrom(...LINKEDIN_NOTICES), at: around }), { maxLength: 6 }),
    creditsSeen: fc.option(fc.record({ value: fc.nat(60), at: around }), { nil: null }),
    calibrated: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
    dayCounts: fc.array(fc.record({ daysAgo: fc.nat(40), count: fc.nat(9) }), { maxLength: 8 }),
  })
  .map(({ events, notices, creditsSeen, calibrated, dayCounts }) => {
    const ledger = emptyLedger('this-device', 'salt');
    const sorted = events
      .map((e, i) => ({
        id: `event-${String(i).padStart(3, '0')}`,
        kind: e.kind,
        at: e.at,
        recipient: `r${i % 5}`,
        device: 'this-device',
        ...(e.fingerprint ? { fingerprint: e.fingerprint } : {}),
        ...(e.free === undefined ? {} : { free: e.free }),
      }))
      .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    const days: Ledger['days'] = {};
    for (const { daysAgo, count } of dayCounts) days[addDays(dayKey(NOW, 'UTC'), -daysAgo - 36)] = { message: count };
    return {
      ...ledger,
      events: sorted,
      notices: [...notices].sort((a, b) => a.at - b.at),
      inmailCreditsSeen: creditsSeen,
      calibratedInviteLimit: calibrated,
      days,
    };
  });

const optionsArb = fc.record({
  now: fc.integer({ min: -3 * DAY_MS, max: 3 * DAY_MS }).map((offset) => NOW + offset),
  plan: fc.constantFrom(...PLANS),
  timeZone: fc.constantFrom(...ZONES),
  renewalDay: fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }),
  others: fc.constant({ 'other-device': { [dayKey(NOW, 'UTC')]: { invite: 3, message: 2 } } }),
});

/** Everything the summary says, except the instant it was asked at. */
function figures(ledger: Ledger, options: PaceOptions) {
  const { now: _now, ...rest } = paceSummary(ledger, options);
  return rest;
}

describe('paceSummaryValidUntil', () => {
  test('the summary says the same at every instant before it', () => {
    fc.assert(
      fc.property(ledgerArb, optionsArb, fc.double({ min: 0, max: 1, noNaN: true }), (ledger, options, share) => {
        const until = paceSummaryValidUntil(ledger, options);
        expect(until).toBeGreaterThan(options.now);
        const before = figures(ledger, options);
        const later = options.now + Math.floor(share * (until - options.now - 1));
        expect(figures(ledger, { ...options, now: later })).toEqual(before);
        expect(figures(ledger, { ...options, now: until - 1 })).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  test('it is not needlessly early: a quiet ledger holds until midnight', () => {
    const ledger = emptyLedger('this-device', 'salt');
    const now = Date.UTC(2026, 10, 22, 9, 0);
    expect(paceSummaryValidUntil(ledger, { now, plan: 'free', timeZone: 'UTC' })).toBe(Date.UTC(2026, 10, 23));
  });

  test('a send leaving the rolling week ends it', () => {
    const now = Date.UTC(2026, 10, 22, 9, 0);
    const sentAt = now - 7 * DAY_MS + 2 * HOUR;
    const ledger: Ledger = {
      ...emptyLedger('this-device', 'salt'),
      events: [{ id: 'a-send-0', kind: 'invite', at: sentAt, recipient: 'r', device: 'this-device' }],
    };
    // A millisecond early, as every edge (some windows turn there).
    expect(paceSummaryValidUntil(ledger, { now, plan: 'free', timeZone: 'UTC' })).toBe(sentAt + 7 * DAY_MS - 1);
    const before = figures(ledger, { now, plan: 'free', timeZone: 'UTC' });
    expect(figures(ledger, { now: sentAt + 7 * DAY_MS, plan: 'free', timeZone: 'UTC' })).not.toEqual(before);
  });

  test('an InMail credit count turning stale ends it', () => {
    const now = Date.UTC(2026, 10, 22, 9, 0);
    const seenAt = now - 31 * DAY_MS + HOUR;
    const ledger: Ledger = { ...emptyLedger('this-device', 'salt'), inmailCreditsSeen: { value: 12, at: seenAt } };
    const options = { now, plan: 'premium-career' as const, timeZone: 'UTC' };
    expect(paceSummaryValidUntil(ledger, options)).toBe(seenAt + 31 * DAY_MS - 1);
    expect(figures(ledger, { ...options, now: seenAt + 31 * DAY_MS }).inmail.creditsLeft).toBeNull();
    expect(figures(ledger, options).inmail.creditsLeft).toBe(12);
  });
});
