/** The ledger's pure operations: idempotent adds, LinkedIn's notices, compaction, counting. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fingerprint } from '../../lib/pace/fingerprint';
import {
  addEvent,
  addNotice,
  compact,
  countKind,
  DAY_BUCKET_DAYS,
  DEFAULT_RETENTION_DAYS,
  emptyLedger,
  FINGERPRINT_DAYS,
  type Ledger,
  ledgerSchema,
  MAX_NOTICES,
  MIN_RETENTION_DAYS,
} from '../../lib/pace/ledger';
import { SEND_KINDS, type SendEvent, type SendKind } from '../../lib/pace/types';
import { DAY_MS, dayKey, startOfDayKey } from '../../lib/pace/windows';

const ZONE = 'Europe/Berlin';
const T0 = Date.parse('2026-05-04T09:00:00+02:00');
const HOUR = 3_600_000;

const send = (id: string, at: number, kind: SendKind = 'invite', extra: Partial<SendEvent> = {}): SendEvent => ({
  id,
  kind,
  at,
  recipient: `r-${id}`,
  device: 'dev-1',
  ...extra,
});

const addAll = (ledger: Ledger, events: readonly SendEvent[]) => events.reduce(addEvent, ledger);
const everything = (ledger: Ledger, kinds: readonly SendKind[] = SEND_KINDS) =>
  countKind(ledger, kinds, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, ZONE);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('emptyLedger and the schema', () => {
  test('an empty ledger is valid and holds nothing', () => {
    const ledger = emptyLedger('dev-1', 'salt');
    expect(ledgerSchema.safeParse(ledger).success).toBe(true);
    expect(everything(ledger)).toBe(0);
    expect(ledger.compactedBefore).toBe(0);
  });

  test('a ledger survives JSON (storage) unchanged and valid', () => {
    let ledger = addAll(emptyLedger('dev-1', 'salt'), [
      send('a', T0, 'message', { fingerprint: fingerprint('hello there friend', 'salt') }),
      send('b', T0 + 1, 'inmail', { free: true }),
    ]);
    ledger = addNotice(ledger, { kind: 'inmail-credits', at: T0, value: 4 });
    ledger = compact(ledger, T0 + 100 * DAY_MS, undefined, ZONE);
    const stored = JSON.parse(JSON.stringify(ledger));
    expect(ledgerSchema.parse(stored)).toEqual(ledger);
  });

  test.each([
    ['a wrong version', { version: 2 }],
    ['a bad day key', { days: { '2026-5-1': { invite: 1 } } }],
    ['a negative count', { days: { '2026-05-01': { invite: -1 } } }],
    ['an unknown kind', { events: [send('a', T0, 'poke' as SendKind)] }],
    ['a zero calibration', { calibratedInviteLimit: 0 }],
  ])('rejects %s', (_name, change) => {
    expect(ledgerSchema.safeParse({ ...emptyLedger('d', 's'), ...change }).success).toBe(false);
  });
});

describe('addEvent', () => {
  test('records a send, sorted by time, without touching its input', () => {
    const empty = deepFreeze(emptyLedger('dev-1', 'salt'));
    const events = [send('b', T0 + 2), send('a', T0 + 1), send('c', T0)].map(deepFreeze);
    const ledger = addAll(empty, events);
    expect(ledger.events.map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(empty.events).toEqual([]);
  });

  test('the same id twice counts once', () => {
    const once = addEvent(emptyLedger('dev-1', 'salt'), send('a', T0));
    const twice = addEvent(once, send('a', T0));
    expect(twice).toBe(once);
    expect(everything(twice)).toBe(1);
    // Even when the duplicate report differs (a retry stamped later), the first one stands.
    expect(addEvent(once, send('a', T0 + HOUR, 'message')).events).toEqual([send('a', T0)]);
  });

  test('shuffled duplicates: any order, any repeats, the same ledger', () => {
    const unique = Array.from({ length: 12 }, (_, i) => send(`id-${i}`, T0 + (i % 4) * HOUR, SEND_KINDS[i % 5]));
    const reference = addAll(emptyLedger('dev-1', 'salt'), unique);
    // Every send at least once, some several times, all in a random order.
    const reports = fc.array(fc.nat(unique.length - 1), { maxLength: 40 }).chain((repeats) => {
      const all = [...unique.keys(), ...repeats];
      return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
    });
    fc.assert(
      fc.property(reports, (order) => {
        const shuffled = order.map((i) => unique[i] as SendEvent);
        expect(addAll(emptyLedger('dev-1', 'salt'), shuffled)).toEqual(reference);
      }),
      { numRuns: 50 },
    );
  });

  test('idempotence survives compaction: a re-sent old id does not count again', () => {
    const ledger = addAll(emptyLedger('dev-1', 'salt'), [send('old', T0), send('new', T0 + 50 * DAY_MS)]);
    const compacted = compact(ledger, T0 + 60 * DAY_MS, undefined, ZONE);
    expect(compacted.events.map((e) => e.id)).toEqual(['new']);
    expect(everything(compacted)).toBe(2);
    expect(addEvent(compacted, send('old', T0))).toBe(compacted);
    expect(addEvent(compacted, send('new', T0 + 50 * DAY_MS))).toBe(compacted);
    // Anything older than the compaction boundary is refused, whatever its id.
    expect(addEvent(compacted, send('other', T0 + DAY_MS))).toBe(compacted);
    expect(everything(compacted)).toBe(2);
  });

  test.each([
    ['a NaN time', send('a', Number.NaN)],
    ['an infinite time', send('a', Number.POSITIVE_INFINITY)],
    ['a negative time', send('a', -1)],
    ['an empty id', send('', T0)],
    ['an unknown kind', send('a', T0, 'poke' as SendKind)],
    ['an oversized fingerprint', send('a', T0, 'message', { fingerprint: Array(65).fill('00000000') })],
  ])('refuses %s', (_name, event) => {
    const ledger = emptyLedger('dev-1', 'salt');
    expect(addEvent(ledger, event)).toBe(ledger);
  });

  test('keeps only the schema’s fields', () => {
    const extra = { ...send('a', T0), text: 'secret message' } as SendEvent;
    expect(addEvent(emptyLedger('dev-1', 'salt'), extra).events[0]).toEqual(send('a', T0));
  });
});

describe('addNotice', () => {
  const invites = (count: number, end: number) =>
    Array.from({ length: count }, (_, i) => send(`inv-${end}-${i}`, end - i * HOUR, i % 3 ? 'invite' : 'invite-note'));

  test('LinkedIn’s weekly alert calibrates the limit to the invitations of the rolling week', () => {
    let ledger = addAll(emptyLedger('dev-1', 'salt'), [
      ...invites(37, T0),
      send('older', T0 - 8 * DAY_MS),
      send('msg', T0, 'message'),
    ]);
    ledger = addNotice(ledger, { kind: 'invite-limit-alert', at: T0 + 1000 });
    expect(ledger.calibratedInviteLimit).toBe(37);
    expect(ledger.notices).toEqual([{ kind: 'invite-limit-alert', at: T0 + 1000 }]);
  });

  test('an alert with no invitation counted leaves the limit alone', () => {
    const ledger = addNotice(emptyLedger('dev-1', 'salt'), { kind: 'invite-limit-alert', at: T0 });
    expect(ledger.calibratedInviteLimit).toBeNull();
    expect(ledger.notices).toHaveLength(1);
  });

  test('the newest alert wins; an older one reported late does not recalibrate', () => {
    let ledger = addAll(emptyLedger('dev-1', 'salt'), [...invites(20, T0), ...invites(30, T0 + 20 * DAY_MS)]);
    ledger = addNotice(ledger, { kind: 'invite-limit-alert', at: T0 + 20 * DAY_MS });
    expect(ledger.calibratedInviteLimit).toBe(30);
    ledger = addNotice(ledger, { kind: 'invite-limit-alert', at: T0 });
    expect(ledger.calibratedInviteLimit).toBe(30);
  });

  test('the composer’s credit line updates the credits seen; the newest reading wins', () => {
    let ledger = addNotice(emptyLedger('dev-1', 'salt'), { kind: 'inmail-credits', at: T0, value: 12 });
    expect(ledger.inmailCreditsSeen).toEqual({ value: 12, at: T0 });
    ledger = addNotice(ledger, { kind: 'inmail-credits', at: T0 + HOUR, value: 11 });
    ledger = addNotice(ledger, { kind: 'inmail-credits', at: T0 - HOUR, value: 40 });
    expect(ledger.inmailCreditsSeen).toEqual({ value: 11, at: T0 + HOUR });
    expect(addNotice(ledger, { kind: 'inmail-credits', at: T0 + 2 * HOUR }).inmailCreditsSeen).toEqual({
      value: 11,
      at: T0 + HOUR,
    });
  });

  test('bounded: the newest MAX_NOTICES, newest last; exact repeats ignored', () => {
    let ledger = emptyLedger('dev-1', 'salt');
    for (let i = 0; i < MAX_NOTICES + 20; i++) ledger = addNotice(ledger, { kind: 'note-quota-upsell', at: T0 + i });
    const again = addNotice(ledger, { kind: 'note-quota-upsell', at: T0 + MAX_NOTICES + 19 });
    expect(again).toBe(ledger);
    expect(ledger.notices).toHaveLength(MAX_NOTICES);
    expect(ledger.notices[0]?.at).toBe(T0 + 20);
    expect(ledger.notices.at(-1)?.at).toBe(T0 + MAX_NOTICES + 19);
  });

  test.each([
    ['a NaN time', { kind: 'note-quota-upsell', at: Number.NaN }],
    ['a negative credit count', { kind: 'inmail-credits', at: T0, value: -1 }],
    ['an unknown kind', { kind: 'captcha', at: T0 }],
  ] as const)('refuses %s', (_name, notice) => {
    const ledger = emptyLedger('dev-1', 'salt');
    expect(addNotice(ledger, notice as never)).toBe(ledger);
  });
});

describe('compact', () => {
  const fp = fingerprint('a message worth fingerprinting here', 'salt');
  const ledgerOver = (days: number) => {
    const events: SendEvent[] = [];
    for (let d = 0; d < days; d++) {
      for (const kind of SEND_KINDS) events.push(send(`${kind}-${d}`, T0 + d * DAY_MS, kind, { fingerprint: fp }));
    }
    return addAll(emptyLedger('dev-1', 'salt'), events);
  };

  test('moves sends older than the retention window into whole-day counts', () => {
    const ledger = ledgerOver(100);
    const now = T0 + 99 * DAY_MS + HOUR;
    const compacted = compact(ledger, now, undefined, ZONE);
    // The boundary is the start of a day in the zone, DEFAULT_RETENTION_DAYS (or a little more) back.
    expect(compacted.compactedBefore).toBe(startOfDayKey(dayKey(now - DEFAULT_RETENTION_DAYS * DAY_MS, ZONE), ZONE));
    expect(compacted.events.every((e) => e.at >= compacted.compactedBefore)).toBe(true);
    expect(Object.keys(compacted.days)).toHaveLength(100 - compacted.events.length / SEND_KINDS.length);
    expect(compacted.days[dayKey(T0, ZONE)]).toEqual({
      'invite-note': 1,
      invite: 1,
      message: 1,
      inmail: 1,
      followup: 1,
    });
    for (const kind of SEND_KINDS) expect(everything(compacted, [kind])).toBe(100);
  });

  test('drops fingerprints outside the rolling week, keeps them inside', () => {
    const now = T0 + 99 * DAY_MS + HOUR;
    const compacted = compact(ledgerOver(100), now, undefined, ZONE);
    for (const e of compacted.events) {
      expect(e.fingerprint !== undefined).toBe(e.at > now - FINGERPRINT_DAYS * DAY_MS);
    }
    expect(compacted.events.some((e) => e.fingerprint)).toBe(true);
  });

  test('idempotent, never moves the boundary back, and leaves its input alone', () => {
    const ledger = deepFreeze(ledgerOver(60));
    const now = T0 + 59 * DAY_MS;
    const once = compact(ledger, now, undefined, ZONE);
    expect(compact(once, now, undefined, ZONE)).toEqual(once);
    expect(compact(once, now - 10 * DAY_MS, undefined, ZONE).compactedBefore).toBe(once.compactedBefore);
    expect(ledger.events).toHaveLength(60 * SEND_KINDS.length);
  });

  test('retention shorter than a calendar month is raised; longer is honoured', () => {
    const ledger = ledgerOver(100);
    const now = T0 + 99 * DAY_MS + HOUR;
    const short = compact(ledger, now, 3, ZONE);
    expect(short.events.length / SEND_KINDS.length).toBeGreaterThanOrEqual(MIN_RETENTION_DAYS);
    const long = compact(ledger, now, 90, ZONE);
    expect(long.events.length / SEND_KINDS.length).toBeGreaterThanOrEqual(90);
    expect(compact(ledger, Number.NaN)).toBe(ledger);
  });

  test('day counts older than DAY_BUCKET_DAYS are dropped', () => {
    const ledger = addAll(emptyLedger('dev-1', 'salt'), [send('ancient', T0), send('recent', T0 + 300 * DAY_MS)]);
    const first = compact(ledger, T0 + 301 * DAY_MS, undefined, ZONE);
    expect(everything(first)).toBe(2);
    const later = compact(first, T0 + (DAY_BUCKET_DAYS + 2) * DAY_MS, undefined, ZONE);
    expect(later.days[dayKey(T0, ZONE)]).toBeUndefined();
    expect(everything(later)).toBe(1);
  });
});

describe('countKind', () => {
  const day = '2026-03-10';
  const start = startOfDayKey(day, ZONE);
  const end = startOfDayKey('2026-03-11', ZONE);
  const ledger: Ledger = {
    ...addAll(emptyLedger('dev-1', 'salt'), [
      send('a', end + HOUR, 'message'),
      send('b', end + 2 * HOUR, 'invite'),
      send('c', end + 3 * HOUR, 'followup'),
    ]),
    days: { [day]: { message: 5, invite: 2 } },
    compactedBefore: end,
  };

  test('detail sends count when from <= at < to', () => {
    expect(countKind(ledger, 'message', end + HOUR, end + HOUR + 1, ZONE)).toBe(1);
    expect(countKind(ledger, 'message', end, end + HOUR, ZONE)).toBe(0);
    expect(countKind(ledger, ['message', 'followup'], end, end + DAY_MS, ZONE)).toBe(2);
  });

  test('a day count counts only when the whole day is in the range (documented approximation)', () => {
    expect(countKind(ledger, 'message', start, end, ZONE)).toBe(5);
    expect(countKind(ledger, ['message', 'invite'], start - DAY_MS, end + DAY_MS, ZONE)).toBe(9);
    expect(countKind(ledger, 'message', start + HOUR, end + DAY_MS, ZONE)).toBe(1);
    expect(countKind(ledger, 'message', start, end - 1, ZONE)).toBe(0);
  });

  test('empty, reversed or NaN ranges count nothing', () => {
    expect(countKind(ledger, 'message', end, start, ZONE)).toBe(0);
    expect(countKind(ledger, 'message', start, start, ZONE)).toBe(0);
    expect(countKind(ledger, 'message', Number.NaN, end, ZONE)).toBe(0);
    expect(countKind(ledger, [], start, end + DAY_MS, ZONE)).toBe(0);
  });

  test('compaction keeps every total (a property over random sends and times)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ offset: fc.integer({ min: 0, max: 200 * DAY_MS }), kind: fc.constantFrom(...SEND_KINDS) }),
          {
            maxLength: 60,
          },
        ),
        fc.integer({ min: 0, max: 250 * DAY_MS }),
        (sends, nowOffset) => {
          const events = sends.map((s, i) => send(`e${i}`, T0 + s.offset, s.kind));
          const ledger = addAll(emptyLedger('dev-1', 'salt'), events);
          const compacted = compact(ledger, T0 + nowOffset, undefined, ZONE);
          for (const kind of SEND_KINDS) expect(everything(compacted, [kind])).toBe(everything(ledger, [kind]));
        },
      ),
      { numRuns: 60 },
    );
  });
});
