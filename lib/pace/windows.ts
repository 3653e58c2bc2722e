/**
 * Time arithmetic for the pace ledger, in an explicit IANA time zone so every rule is testable.
 * Two kinds of window: rolling ones (the 7-day invitation window) are absolute time, so a DST
 * change never moves them; calendar ones (today, this month, a billing day) follow the wall
 * clock of the given zone. Pure: no DOM, no browser API, no storage.
 */
import type { Plan } from '../evaluator/types';

export const DAY_MS = 86_400_000;

/** Anything with a send time (a SendEvent, a LinkedInNotice). */
export interface Timed {
  at: number;
}

/**
 * The runtime's own zone: the default when the caller passes none. Asked once per context:
 * building the `Intl.DateTimeFormat` that says it costs milliseconds, and the
 * contexts that count (the service worker, a popup) live minutes; a zone changed by travel is
 * picked up by the next one.
 */
let zone: string | null = null;

export function localTimeZone(): string {
  if (zone !== null) return zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    zone = 'UTC';
  }
  return zone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per zone (creating them is the slow part). An unknown zone name falls back to
 * UTC rather than throwing: a typo in a setting must not break the popup's counts.
 */
function formatter(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  const options: Intl.DateTimeFormatOptions = {
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  };
  let made: Intl.DateTimeFormat;
  try {
    made = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
  } catch {
    made = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
  }
  formatters.set(timeZone, made);
  return made;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The zone's wall clock at an instant, asked of `Intl` (the slow path: ~2 µs a call). */
function formattedWallClock(at: number, timeZone: string): WallClock {
  const out: WallClock = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type in out) out[part.type as keyof WallClock] = Number(part.value);
  }
  // Some engines still print midnight as hour 24 despite h23.
  if (out.hour === 24) out.hour = 0;
  return out;
}

/** The zone's offset from UTC at an instant, in ms (positive east of Greenwich). */
function offsetAt(at: number, timeZone: string): number {
  const w = formattedWallClock(at, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * Offsets per quarter hour of UTC, per zone: one `Intl` call serves every send in that quarter
 * hour (one call per send makes a year of sends slow to summarize). Sound because today's zones are whole quarter hours off UTC and change their
 * clocks on a local quarter hour (02:00, 03:00, 00:00), so no change falls inside a quarter hour
 * of UTC; a few changes of past decades did (Gaza at 00:01 in 2010), and would misdate sends
 * made in the minutes between.
 */
const QUARTER_HOUR_MS = 15 * 60_000;
const quarterOffsets = new Map<string, Map<number, number>>();

function cachedOffsetAt(at: number, timeZone: string): number {
  let offsets = quarterOffsets.get(timeZone);
  if (!offsets) {
    offsets = new Map();
    quarterOffsets.set(timeZone, offsets);
  }
  const quarter = Math.floor(at / QUARTER_HOUR_MS);
  let offset = offsets.get(quarter);
  if (offset === undefined) {
    offset = offsetAt(quarter * QUARTER_HOUR_MS, timeZone);
    // Two years of quarter hours at most: the cache never grows without bound.
    if (offsets.size >= 70_000) offsets.clear();
    offsets.set(quarter, offset);
  }
  return offset;
}

function wallClock(at: number, timeZone: string): WallClock {
  const wall = new Date(Math.floor(at / 1000) * 1000 + cachedOffsetAt(at, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/**
 * The instant a wall-clock time (given as if it were UTC) happens in the zone. Ambiguous times
 * (the repeated hour when clocks fall back) take the first occurrence; times that do not exist
 * (the hour skipped when clocks spring forward) move forward by the gap, as `Date` does.
 */
function instantOfWall(wall: number, timeZone: string): number {
  const before = wall - offsetAt(wall - DAY_MS, timeZone);
  const after = wall - offsetAt(wall + DAY_MS, timeZone);
  const valid = [before, after].filter((t) => offsetAt(t, timeZone) === wall - t);
  if (valid.length > 0) return Math.min(...valid);
  return Math.max(before, after);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of an instant, on the zone's wall clock. */
export function dayKey(at: number, timeZone: string = localTimeZone()): string {
  const w = wallClock(at, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** 'YYYY-MM' of an instant, on the zone's wall clock. */
export function monthKey(at: number, timeZone: string = localTimeZone()): string {
  return dayKey(at, timeZone).slice(0, 7);
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDayKey(key: string): boolean {
  return DAY_KEY.test(key);
}

function parseDayKey(key: string): { year: number; month: number; day: number } {
  const m = DAY_KEY.exec(key);
  if (!m) throw new RangeError(`not a day key: ${key}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Calendar arithmetic on day keys (no time zone involved: a day is a day, DST or not). */
export function addDays(key: string, days: number): string {
  const { year, month, day } = parseDayKey(key);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The first instant of a calendar day in the zone (not always 00:00: some zones skip midnight). */
export function startOfDayKey(key: string, timeZone: string = localTimeZone()): number {
  const { year, month, day } = parseDayKey(key);
  return instantOfWall(Date.UTC(year, month - 1, day), timeZone);
}

/** The first instant of the day that contains `at`, in the zone. */
export function startOfDay(at: number, timeZone: string = localTimeZone()): number {
  return startOfDayKey(dayKey(at, timeZone), timeZone);
}

/** The first instant of the calendar month that contains `at`, in the zone. */
export function startOfMonth(at: number, timeZone: string = localTimeZone()): number {
  return startOfDayKey(`${monthKey(at, timeZone)}-01`, timeZone);
}

/** LinkedIn's weekly invitation window; near-duplicates and its weekly-limit alert count in it too. */
export const ROLLING_WEEK_DAYS = 7;
/** The rolling window of follow-ups. */
export const FOLLOWUP_WINDOW_DAYS = 30;
/** How long a credit count the InMail composer showed is trusted when no renewal date is known. */
export const CREDITS_TRUSTED_DAYS = 31;

/**
 * Events in the rolling window that ends at `now`: `now - days × 24 h < at <= now`. Absolute
 * time: LinkedIn's weekly invitation window does not care about the user's clock changes.
 */
export function rollingWindow<T extends Timed>(events: readonly T[], now: number, days = ROLLING_WEEK_DAYS): T[] {
  const from = now - days * DAY_MS;
  return events.filter((e) => e.at > from && e.at <= now);
}

/** When the oldest event still in the rolling window leaves it (epoch ms), or null if none is in it. */
export function oldestLeavesAt(events: readonly Timed[], now: number, days = ROLLING_WEEK_DAYS): number | null {
  const inside = rollingWindow(events, now, days);
  if (inside.length === 0) return null;
  return Math.min(...inside.map((e) => e.at)) + days * DAY_MS;
}

/** Events in the same calendar month as `now`, on the zone's wall clock. */
export function inCalendarMonth<T extends Timed>(
  events: readonly T[],
  now: number,
  timeZone: string = localTimeZone(),
): T[] {
  const month = monthKey(now, timeZone);
  return events.filter((e) => monthKey(e.at, timeZone) === month);
}

export function isSameDay(a: number, b: number, timeZone: string = localTimeZone()): boolean {
  return dayKey(a, timeZone) === dayKey(b, timeZone);
}

/** Events on the same calendar day as `now`, on the zone's wall clock. */
export function todayEvents<T extends Timed>(
  events: readonly T[],
  now: number,
  timeZone: string = localTimeZone(),
): T[] {
  const today = dayKey(now, timeZone);
  return events.filter((e) => dayKey(e.at, timeZone) === today);
}

/** The current InMail credit period: `start <= now < end`. */
export interface CreditPeriod {
  start: number;
  end: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A billing day in a month, clamped to the month's last day (the 31st renews on 28/29 February, 30 April). */
function billingInstant(year: number, month: number, billingDay: number, timeZone: string): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const day = Math.min(billingDay, daysInMonth(y, m));
  return instantOfWall(Date.UTC(y, m - 1, day), timeZone);
}

/**
 * The InMail credit period that contains `now`, or null when unknown. Premium (Career, Business)
 * renews on the billing date (LinkedIn help 75), taken as the start of that day in the user's zone;
 * Recruiter Lite is billed the same way (help 75 covers it too). Sales Navigator renews on the 1st
 * of each month in UTC (help 57013). Free accounts have no credits; corporate Recruiter credits
 * follow the contract; a Premium plan without a known billing day has no known period.
 */
export function creditPeriod(
  now: number,
  plan: Plan,
  renewalDay: number | null,
  timeZone: string = localTimeZone(),
): CreditPeriod | null {
  if (!Number.isFinite(now)) return null;
  if (plan === 'sales-navigator') {
    const d = new Date(now);
    const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    return { start, end: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) };
  }
  if (plan === 'free' || plan === 'recruiter') return null;
  if (renewalDay === null || !Number.isInteger(renewalDay) || renewalDay < 1 || renewalDay > 31) return null;
  const [year, month] = monthKey(now, timeZone).split('-').map(Number) as [number, number];
  const thisMonth = billingInstant(year, month, renewalDay, timeZone);
  if (thisMonth <= now) return { start: thisMonth, end: billingInstant(year, month + 1, renewalDay, timeZone) };
  return { start: billingInstant(year, month - 1, renewalDay, timeZone), end: thisMonth };
}

/** When InMail credits next renew (epoch ms, strictly after `now`), or null when unknown. */
export function nextCreditRenewal(
  now: number,
  plan: Plan,
  renewalDay: number | null,
  timeZone: string = localTimeZone(),
): number | null {
  return creditPeriod(now, plan, renewalDay, timeZone)?.end ?? null;
}
