/**
 * Window arithmetic across time zones: calendar days and months follow the zone's wall clock;
 * rolling windows are absolute time and do not move when the clocks change.
 */
import { describe, expect, test } from 'vitest';
import {
  addDays,
  creditPeriod,
  DAY_MS,
  dayKey,
  inCalendarMonth,
  isSameDay,
  monthKey,
  nextCreditRenewal,
  oldestLeavesAt,
  rollingWindow,
  startOfDay,
  startOfDayKey,
  startOfMonth,
  todayEvents,
} from '../../lib/pace/windows';

const at = (iso: string) => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad date ${iso}`);
  return t;
};
const HOUR = 3_600_000;
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland'] as const;

describe('dayKey and monthKey: the zone’s wall clock', () => {
  // 23:30 local on the last day of a month vs 00:30 local on the 1st, written with the zone's offset.
  const MONTH_ENDS: { zone: string; before: string; after: string; day: string; next: string }[] = [
    {
      zone: 'UTC',
      before: '2026-01-31T23:30:00Z',
      after: '2026-02-01T00:30:00Z',
      day: '2026-01-31',
      next: '2026-02-01',
    },
    {
      zone: 'Europe/Berlin',
      before: '2026-01-31T23:30:00+01:00',
      after: '2026-02-01T00:30:00+01:00',
      day: '2026-01-31',
      next: '2026-02-01',
    },
    {
      zone: 'Europe/Berlin',
      before: '2026-06-30T23:30:00+02:00',
      after: '2026-07-01T00:30:00+02:00',
      day: '2026-06-30',
      next: '2026-07-01',
    },
    {
      zone: 'America/New_York',
      before: '2026-01-31T23:30:00-05:00',
      after: '2026-02-01T00:30:00-05:00',
      day: '2026-01-31',
      next: '2026-02-01',
    },
    {
      zone: 'America/New_York',
      before: '2026-12-31T23:30:00-05:00',
      after: '2027-01-01T00:30:00-05:00',
      day: '2026-12-31',
      next: '2027-01-01',
    },
    {
      zone: 'Asia/Kolkata',
      before: '2026-04-30T23:30:00+05:30',
      after: '2026-05-01T00:30:00+05:30',
      day: '2026-04-30',
      next: '2026-05-01',
    },
    {
      zone: 'Pacific/Auckland',
      before: '2026-01-31T23:30:00+13:00',
      after: '2026-02-01T00:30:00+13:00',
      day: '2026-01-31',
      next: '2026-02-01',
    },
    {
      zone: 'Pacific/Auckland',
      before: '2026-07-31T23:30:00+12:00',
      after: '2026-08-01T00:30:00+12:00',
      day: '2026-07-31',
      next: '2026-08-01',
    },
    // Leap day: February ends on the 29th in 2028.
    {
      zone: 'Pacific/Auckland',
      before: '2028-02-29T23:30:00+13:00',
      after: '2028-03-01T00:30:00+13:00',
      day: '2028-02-29',
      next: '2028-03-01',
    },
    {
      zone: 'UTC',
      before: '2028-02-29T23:30:00Z',
      after: '2028-03-01T00:30:00Z',
      day: '2028-02-29',
      next: '2028-03-01',
    },
  ];

  test.each(MONTH_ENDS)('$zone: $before is $day, $after is $next', ({ zone, before, after, day, next }) => {
    expect(dayKey(at(before), zone)).toBe(day);
    expect(dayKey(at(after), zone)).toBe(next);
    expect(monthKey(at(before), zone)).toBe(day.slice(0, 7));
    expect(monthKey(at(after), zone)).toBe(next.slice(0, 7));
    expect(isSameDay(at(before), at(after), zone)).toBe(false);
    expect(isSameDay(at(before), at(before) - 23 * HOUR, zone)).toBe(true);
    expect(inCalendarMonth([{ at: at(before) }, { at: at(after) }], at(after), zone)).toEqual([{ at: at(after) }]);
    expect(todayEvents([{ at: at(before) }, { at: at(after) }], at(before), zone)).toEqual([{ at: at(before) }]);
  });

  test('the same instant is a different day in each zone', () => {
    const t = at('2026-03-01T11:00:00Z');
    expect(ZONES.map((zone) => dayKey(t, zone))).toEqual([
      '2026-03-01',
      '2026-03-01',
      '2026-03-01',
      '2026-03-01',
      '2026-03-02',
    ]);
    const u = at('2026-03-01T02:00:00Z');
    expect(ZONES.map((zone) => dayKey(u, zone))).toEqual([
      '2026-03-01',
      '2026-03-01',
      '2026-02-28',
      '2026-03-01',
      '2026-03-01',
    ]);
  });

  test('an unknown zone falls back to UTC instead of throwing', () => {
    expect(dayKey(at('2026-01-31T23:30:00Z'), 'Not/A_Zone')).toBe('2026-01-31');
  });

  test('day keys are zero-padded and sort as dates', () => {
    expect(dayKey(at('0999-01-05T12:00:00Z'), 'UTC')).toBe('0999-01-05');
    const keys = ['2026-10-01', '2026-09-30', '2026-01-02', '2025-12-31'];
    expect([...keys].sort()).toEqual(['2025-12-31', '2026-01-02', '2026-09-30', '2026-10-01']);
  });
});

describe('calendar arithmetic on day keys', () => {
  test.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-01-01', -30, '2025-12-02'],
    ['2026-05-15', 0, '2026-05-15'],
  ] as const)('%s %+d days is %s', (key, days, expected) => {
    expect(addDays(key, days)).toBe(expected);
  });
});

describe('day lengths follow the clocks (calendar windows), DST included', () => {
  test.each([
    // zone, day, its first instant, hours in the day
    ['UTC', '2026-03-29', '2026-03-29T00:00:00Z', 24],
    ['Europe/Berlin', '2026-03-29', '2026-03-28T23:00:00Z', 23], // spring forward
    ['Europe/Berlin', '2026-10-25', '2026-10-24T22:00:00Z', 25], // fall back
    ['America/New_York', '2026-03-08', '2026-03-08T05:00:00Z', 23],
    ['America/New_York', '2026-11-01', '2026-11-01T04:00:00Z', 25],
    ['Asia/Kolkata', '2026-03-29', '2026-03-28T18:30:00Z', 24],
    ['Pacific/Auckland', '2026-04-05', '2026-04-04T11:00:00Z', 25], // NZDT ends
    ['Pacific/Auckland', '2026-09-27', '2026-09-26T12:00:00Z', 23], // NZDT starts
    // São Paulo used to change its clocks at midnight: that day began at 01:00.
    ['America/Sao_Paulo', '2018-11-04', '2018-11-04T03:00:00Z', 23],
    ['America/Sao_Paulo', '2019-02-16', '2019-02-16T02:00:00Z', 25],
  ] as const)('%s %s starts at %s and lasts %i h', (zone, key, start, hours) => {
    const first = startOfDayKey(key, zone);
    expect(new Date(first).toISOString()).toBe(new Date(at(start)).toISOString());
    expect(dayKey(first, zone)).toBe(key);
    expect(dayKey(first - 1, zone)).toBe(addDays(key, -1));
    expect((startOfDayKey(addDays(key, 1), zone) - first) / HOUR).toBe(hours);
    expect(startOfDay(first + 10 * HOUR, zone)).toBe(first);
  });

  test.each(ZONES)('%s: startOfMonth is the first instant of the 1st', (zone) => {
    const t = at('2026-07-15T12:00:00Z');
    const start = startOfMonth(t, zone);
    expect(dayKey(start, zone)).toBe('2026-07-01');
    expect(dayKey(start - 1, zone)).toBe('2026-06-30');
  });
});

describe('rolling windows are absolute time', () => {
  test('now - days × 24 h < at <= now', () => {
    const now = at('2026-05-10T12:00:00Z');
    const events = [
      { at: now - 7 * DAY_MS }, // just left
      { at: now - 7 * DAY_MS + 1 }, // oldest inside
      { at: now - DAY_MS },
      { at: now },
      { at: now + 1 }, // future: not yet
    ];
    expect(rollingWindow(events, now)).toEqual([events[1], events[2], events[3]]);
    expect(oldestLeavesAt(events, now)).toBe(now + 1);
    expect(rollingWindow(events, now, 1)).toEqual([events[3]]);
    expect(oldestLeavesAt([], now)).toBeNull();
    expect(oldestLeavesAt([{ at: now - 8 * DAY_MS }], now)).toBeNull();
  });

  test('the oldest event leaves exactly when oldestLeavesAt says', () => {
    const sent = at('2026-05-01T09:00:00Z');
    const events = [{ at: sent }, { at: sent + 3 * DAY_MS }];
    const leaves = oldestLeavesAt(events, sent + 5 * DAY_MS);
    expect(leaves).toBe(sent + 7 * DAY_MS);
    expect(rollingWindow(events, (leaves ?? 0) - 1)).toHaveLength(2);
    expect(rollingWindow(events, leaves ?? 0)).toHaveLength(1);
  });

  // An invitation sent at 10:00 local a few days before the clocks change leaves the window
  // 7 × 24 h later: at 11:00 local after spring forward, at 09:00 after fall back.
  test.each([
    ['Europe/Berlin', '2026-03-25T10:00:00+01:00', '2026-04-01T11:00:00+02:00'],
    ['Europe/Berlin', '2026-10-21T10:00:00+02:00', '2026-10-28T09:00:00+01:00'],
    ['America/New_York', '2026-03-05T10:00:00-05:00', '2026-03-12T11:00:00-04:00'],
    ['America/New_York', '2026-10-28T10:00:00-04:00', '2026-11-04T09:00:00-05:00'],
    ['Pacific/Auckland', '2026-04-01T10:00:00+13:00', '2026-04-08T09:00:00+12:00'],
    ['Asia/Kolkata', '2026-03-25T10:00:00+05:30', '2026-04-01T10:00:00+05:30'],
  ] as const)('%s: sent %s, leaves at %s', (_zone, sentIso, leavesIso) => {
    const sent = at(sentIso);
    const events = [{ at: sent }];
    expect(oldestLeavesAt(events, sent + DAY_MS)).toBe(at(leavesIso));
    expect(rollingWindow(events, at(leavesIso) - 1)).toHaveLength(1);
    expect(rollingWindow(events, at(leavesIso))).toHaveLength(0);
  });

  test('a leap day is one more day, not a longer window', () => {
    const sent = at('2028-02-26T12:00:00Z');
    expect(oldestLeavesAt([{ at: sent }], sent)).toBe(at('2028-03-04T12:00:00Z'));
  });
});

describe('InMail credit renewal', () => {
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

  test.each([
    // Premium renews on the billing day, clamped to the month's last day, at the start of that day locally.
    ['premium-career', 31, 'Europe/Berlin', '2026-02-10T12:00:00+01:00', '2026-02-27T23:00:00.000Z'],
    ['premium-career', 31, 'Europe/Berlin', '2026-02-28T12:00:00+01:00', '2026-03-30T22:00:00.000Z'],
    ['premium-business', 31, 'UTC', '2026-04-15T12:00:00Z', '2026-04-30T00:00:00.000Z'],
    ['premium-business', 31, 'UTC', '2026-04-30T00:00:00Z', '2026-05-31T00:00:00.000Z'],
    ['premium-career', 30, 'UTC', '2028-02-10T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['premium-career', 29, 'UTC', '2026-02-10T00:00:00Z', '2026-02-28T00:00:00.000Z'],
    ['premium-career', 5, 'America/New_York', '2026-12-20T12:00:00-05:00', '2027-01-05T05:00:00.000Z'],
    ['premium-career', 15, 'Asia/Kolkata', '2026-06-15T00:00:00+05:30', '2026-07-14T18:30:00.000Z'],
    ['premium-career', 15, 'Asia/Kolkata', '2026-06-14T23:59:59+05:30', '2026-06-14T18:30:00.000Z'],
    ['recruiter-lite', 1, 'Pacific/Auckland', '2026-03-31T23:30:00+13:00', '2026-03-31T11:00:00.000Z'],
    // Sales Navigator: the 1st of each month in UTC, whatever the user's zone.
    ['sales-navigator', null, 'America/New_York', '2026-01-31T20:00:00Z', '2026-02-01T00:00:00.000Z'],
    ['sales-navigator', null, 'America/New_York', '2026-01-31T23:30:00-05:00', '2026-03-01T00:00:00.000Z'],
    ['sales-navigator', 17, 'Pacific/Auckland', '2026-02-01T00:00:00Z', '2026-03-01T00:00:00.000Z'],
    ['sales-navigator', null, 'UTC', '2026-12-31T23:59:59Z', '2027-01-01T00:00:00.000Z'],
  ] as const)('%s, billing day %s, %s, at %s: next %s', (plan, day, zone, now, next) => {
    expect(iso(nextCreditRenewal(at(now), plan, day, zone))).toBe(next);
    const period = creditPeriod(at(now), plan, day, zone);
    expect(period).not.toBeNull();
    expect(period?.start).toBeLessThanOrEqual(at(now));
    expect(period?.end).toBeGreaterThan(at(now));
  });

  test('the period starts on the previous renewal', () => {
    expect(creditPeriod(at('2026-03-10T00:00:00Z'), 'premium-career', 31, 'UTC')).toEqual({
      start: at('2026-02-28T00:00:00Z'),
      end: at('2026-03-31T00:00:00Z'),
    });
    expect(creditPeriod(at('2026-03-10T00:00:00Z'), 'sales-navigator', null, 'UTC')).toEqual({
      start: at('2026-03-01T00:00:00Z'),
      end: at('2026-04-01T00:00:00Z'),
    });
  });

  test.each([
    ['free', 5],
    ['recruiter', 5],
    ['premium-career', null],
    ['premium-career', 0],
    ['premium-career', 32],
    ['premium-business', 1.5],
    ['recruiter-lite', Number.NaN],
  ] as const)('%s with billing day %s: unknown', (plan, day) => {
    expect(nextCreditRenewal(at('2026-03-10T00:00:00Z'), plan, day, 'UTC')).toBeNull();
  });
});

describe('day keys from cached quarter-hour offsets', () => {
  // Zones with DST, half- and three-quarter-hour offsets, and a 30-minute DST shift.
  const ZONES = [
    'America/New_York',
    'Europe/Berlin',
    'Asia/Kathmandu',
    'America/St_Johns',
    'Pacific/Chatham',
    'Australia/Lord_Howe',
  ];

  function intlDays(timeZone: string): (at: number) => string {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    return (at) => format.format(at);
  }

  test.each(ZONES)('agree with Intl through 2026, minute by minute around midnights and clock changes (%s)', (zone) => {
    const intlDay = intlDays(zone);
    const wrong: string[] = [];
    const check = (at: number) => {
      if (dayKey(at, zone) !== intlDay(at)) wrong.push(new Date(at).toISOString());
    };
    let previous = intlDay(Date.UTC(2026, 0, 1));
    for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += 3_600_000) {
      const day = intlDay(at);
      // A new day (or a clock change moving midnight) began within the last hour: check every minute around it.
      if (day !== previous)
        for (let minute = at - 3_600_000; minute <= at + 3_600_000; minute += 60_000) check(minute + 7_000);
      previous = day;
    }
    expect(wrong).toEqual([]);
  });
});
