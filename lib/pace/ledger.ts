/**
 * The sending-pace ledger as plain data, and the pure operations on it. The background owns
 * storage and calls these; the popup shows `paceSummary`. Recent sends are kept in detail (for
 * the rolling and calendar windows); older ones are compacted into per-day counts.
 */
import type { Plan } from '../evaluator/types';
import { z } from '../zod';
import { countOnDays, type DeviceCounters } from './device-counters';
import { NEAR_DUPLICATE_THRESHOLD, repeatedSends, SKETCH_SIZE } from './fingerprint';
import { type EffectiveLimit, effectiveLimit, limitDefinition } from './limits';
import {
  LINKEDIN_NOTICES,
  type LimitId,
  type LinkedInNotice,
  SEND_KINDS,
  type SendEvent,
  type SendKind,
} from './types';
import {
  addDays,
  CREDITS_TRUSTED_DAYS,
  creditPeriod,
  DAY_MS,
  dayKey,
  FOLLOWUP_WINDOW_DAYS,
  isDayKey,
  localTimeZone,
  oldestLeavesAt,
  ROLLING_WEEK_DAYS,
  rollingWindow,
  startOfDay,
  startOfDayKey,
  startOfMonth,
} from './windows';

/**
 * Days of detail kept by `compact`. Every figure the popup shows reads at most a calendar month
 * (31 days) of detail; 35 leaves a margin. A year of heavy use measures ~0.65 MB as JSON with 35
 * days of detail, ~1.2 MB with 90 (test/pace/size.test.ts); pass 90 explicitly to keep more.
 */
export const DEFAULT_RETENTION_DAYS = 35;
/** Shorter retention would let compaction eat into the calendar-month windows. */
export const MIN_RETENTION_DAYS = 32;
/** Fingerprints serve only the near-duplicate count of the rolling week; older ones are dropped. */
export const FINGERPRINT_DAYS = ROLLING_WEEK_DAYS;
/** Per-day counts older than this are dropped: nothing reads them, and storage must stay bounded. */
export const DAY_BUCKET_DAYS = 400;
export const MAX_NOTICES = 50;
/** Share of a limit from which the popup warns. */
export const NEAR_SHARE = 0.8;
/** Everything that reaches a person's inbox (for the daily message pace). */
export const MESSAGE_KINDS: readonly SendKind[] = ['message', 'followup', 'inmail'];
export const INVITE_KINDS: readonly SendKind[] = ['invite', 'invite-note'];

const epochMs = z.number().check(z.gte(0));
const count = z.number().check(z.int(), z.gte(0));
const kindCountsSchema = z.partialRecord(z.enum(SEND_KINDS), count);

export const sendEventSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(128)),
  kind: z.enum(SEND_KINDS),
  at: epochMs,
  recipient: z.string().check(z.maxLength(64)),
  fingerprint: z.optional(z.array(z.string().check(z.maxLength(16))).check(z.maxLength(SKETCH_SIZE))),
  free: z.optional(z.boolean()),
  device: z.string().check(z.maxLength(128)),
});

export const noticeSchema = z.object({
  kind: z.enum(LINKEDIN_NOTICES),
  at: epochMs,
  value: z.optional(count),
});

export const ledgerSchema = z.object({
  version: z.literal(1),
  /** This browser install. */
  device: z.string(),
  /** This install's salt for recipients and fingerprints (never leaves the device). */
  salt: z.string(),
  /** Recent sends in detail, sorted by time (then id). */
  events: z.array(sendEventSchema),
  /** Compacted older sends: counts per day key (in the zone compaction ran in) and kind. */
  days: z.record(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), kindCountsSchema),
  /** What LinkedIn itself showed, newest last, at most MAX_NOTICES. */
  notices: z.array(noticeSchema),
  /** Invitations counted in the rolling week when LinkedIn's weekly-limit alert showed. */
  calibratedInviteLimit: z.nullable(z.number().check(z.int(), z.gt(0))),
  /** The credit count the InMail composer last showed. */
  inmailCreditsSeen: z.nullable(z.object({ value: count, at: epochMs })),
  /**
   * Sends before this instant were compacted into `days`. Reports older than it are refused: that
   * is how idempotence survives compaction (a retried report carries its original `at`, stamped
   * when the user clicked Send, so a re-sent compacted id is always older than the boundary).
   */
  compactedBefore: epochMs,
});

export type Ledger = z.infer<typeof ledgerSchema>;
type DayCounts = Ledger['days'];

export function emptyLedger(device: string, salt: string): Ledger {
  return {
    version: 1,
    device,
    salt,
    events: [],
    days: {},
    notices: [],
    calibratedInviteLimit: null,
    inmailCreditsSeen: null,
    compactedBefore: 0,
  };
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A copy of `list` with `item` inserted after every element that sorts before or with it. */
function insertSorted<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): T[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(list[mid] as T, item) <= 0) low = mid + 1;
    else high = mid;
  }
  return [...list.slice(0, low), item, ...list.slice(low)];
}

const byTimeThenId = (a: SendEvent, b: SendEvent) => a.at - b.at || compareIds(a.id, b.id);

/**
 * Records a send. Idempotent by `event.id`: a retried or duplicated report counts once. Invalid
 * events, and events older than the compaction boundary, are refused. Returns the input ledger
 * itself when nothing changes, a new ledger otherwise; never mutates its inputs.
 */
export function addEvent(ledger: Ledger, event: SendEvent): Ledger {
  const parsed = sendEventSchema.safeParse(event);
  if (!parsed.success) return ledger;
  const next: SendEvent = parsed.data;
  if (next.at < ledger.compactedBefore) return ledger;
  if (ledger.events.some((e) => e.id === next.id)) return ledger;
  return { ...ledger, events: insertSorted(ledger.events, next, byTimeThenId) };
}

const isInvite = (e: SendEvent) => INVITE_KINDS.includes(e.kind);

/**
 * Records what LinkedIn showed. Its weekly-limit alert calibrates the invitation limit to the
 * invitations counted in the rolling week at that moment (if any: an alert with none counted
 * means LockLens did not see them, e.g. sent from the phone). This may underestimate the real
 * limit when some invitations went out elsewhere, which errs on the safe side. A composer's
 * credit line updates the credits seen (the newest reading wins). Exact repeats are ignored.
 */
export function addNotice(ledger: Ledger, notice: LinkedInNotice): Ledger {
  const parsed = noticeSchema.safeParse(notice);
  if (!parsed.success) return ledger;
  const next: LinkedInNotice = parsed.data;
  if (ledger.notices.some((n) => n.kind === next.kind && n.at === next.at && n.value === next.value)) return ledger;
  const notices = insertSorted(ledger.notices, next, (a, b) => a.at - b.at).slice(-MAX_NOTICES);
  const out: Ledger = { ...ledger, notices };
  if (next.kind === 'invite-limit-alert') {
    const newestAlert = ledger.notices.reduce((t, n) => (n.kind === 'invite-limit-alert' ? Math.max(t, n.at) : t), 0);
    const windowComplete = next.at - ROLLING_WEEK_DAYS * DAY_MS >= ledger.compactedBefore;
    const sent = rollingWindow(ledger.events.filter(isInvite), next.at).length;
    if (next.at >= newestAlert && windowComplete && sent > 0) out.calibratedInviteLimit = sent;
  }
  if (next.kind === 'inmail-credits' && next.value !== undefined) {
    const seen = ledger.inmailCreditsSeen;
    if (!seen || next.at >= seen.at) out.inmailCreditsSeen = { value: next.value, at: next.at };
  }
  return out;
}

function withoutFingerprint(e: SendEvent): SendEvent {
  const copy: SendEvent = { id: e.id, kind: e.kind, at: e.at, recipient: e.recipient, device: e.device };
  if (e.free !== undefined) copy.free = e.free;
  return copy;
}

function cloneDays(days: DayCounts): DayCounts {
  const out: DayCounts = {};
  for (const [key, counts] of Object.entries(days)) out[key] = { ...counts };
  return out;
}

/**
 * Moves sends older than the retention window into per-day counts (by day key in `timeZone`;
 * the boundary is the start of a day there, so every bucket is a whole day), drops fingerprints
 * outside the rolling week and day counts older than DAY_BUCKET_DAYS. Idempotence survives:
 * `compactedBefore` only grows, and `addEvent` refuses anything older. Retention below
 * MIN_RETENTION_DAYS is raised to it. Idempotent itself: compacting twice changes nothing more.
 */
export function compact(
  ledger: Ledger,
  now: number,
  retentionDays: number = DEFAULT_RETENTION_DAYS,
  timeZone: string = localTimeZone(),
): Ledger {
  if (!Number.isFinite(now)) return ledger;
  const keep = Number.isFinite(retentionDays)
    ? Math.max(MIN_RETENTION_DAYS, Math.floor(retentionDays))
    : DEFAULT_RETENTION_DAYS;
  const boundary = Math.max(ledger.compactedBefore, startOfDay(now - keep * DAY_MS, timeZone));
  const fingerprintsUntil = now - FINGERPRINT_DAYS * DAY_MS;
  const days = cloneDays(ledger.days);
  const events: SendEvent[] = [];
  for (const e of ledger.events) {
    if (e.at < boundary) {
      const key = dayKey(e.at, timeZone);
      const counts = days[key] ?? {};
      counts[e.kind] = (counts[e.kind] ?? 0) + 1;
      days[key] = counts;
    } else {
      events.push(e.fingerprint && e.at <= fingerprintsUntil ? withoutFingerprint(e) : e);
    }
  }
  const oldestDay = dayKey(now - DAY_BUCKET_DAYS * DAY_MS, timeZone);
  for (const key of Object.keys(days)) if (key < oldestDay) delete days[key];
  return { ...ledger, events, days, compactedBefore: boundary };
}

/**
 * Sends of the given kind(s) with `from <= at < to`, from the detail and the day counts. A day
 * count is included only when its whole day (in `timeZone`) lies inside the range: a range that
 * starts or ends inside a compacted day undercounts that day. Day counts exist only for days
 * before the compaction boundary, so counts within the retention window are exact; and a ledger
 * compacted in another zone is off by at most the zones' difference at the range's edges.
 */
export function countKind(
  ledger: Ledger,
  kind: SendKind | readonly SendKind[],
  from: number,
  to: number,
  timeZone: string = localTimeZone(),
): number {
  if (Number.isNaN(from) || Number.isNaN(to) || to <= from) return 0;
  const kinds: readonly SendKind[] = typeof kind === 'string' ? [kind] : kind;
  let total = 0;
  for (const e of ledger.events) if (e.at >= from && e.at < to && kinds.includes(e.kind)) total++;
  const firstKey = Number.isFinite(from) ? dayKey(from, timeZone) : '0000-00-00';
  const lastKey = Number.isFinite(to) ? dayKey(to, timeZone) : '9999-99-99';
  for (const [key, counts] of Object.entries(ledger.days)) {
    if (key < firstKey || key > lastKey || !isDayKey(key)) continue;
    if (startOfDayKey(key, timeZone) < from || startOfDayKey(addDays(key, 1), timeZone) > to) continue;
    for (const k of kinds) total += counts[k] ?? 0;
  }
  return total;
}

export type Warning = 'none' | 'near' | 'reached';

export interface LimitUsage extends EffectiveLimit {
  id: LimitId;
  /** What counts against the limit now; null when nothing does (the note length). */
  used: number | null;
  /** used / limit, when both are known and the limit is above 0 (may exceed 1). */
  share: number | null;
  warning: Warning;
  /** A guideline (the message pace), not a limit LinkedIn enforces. */
  guideline: boolean;
}

export interface SeriesDay {
  /** 'YYYY-MM-DD' in the summary's zone. */
  day: string;
  counts: Record<SendKind, number>;
}

export interface PaceSummary {
  now: number;
  timeZone: string;
  plan: Plan;
  /** Usage of each limit, with its source and warning level. */
  limits: Record<LimitId, LimitUsage>;
  invites: {
    /** Invitations (with or without a note) in the rolling 7 days. */
    last7Days: number;
    /** When the oldest of them leaves the window, freeing a slot. */
    oldestLeavesAt: number | null;
    /** LinkedIn's weekly-limit alert, if it showed in the rolling 7 days (the limit is then reached). */
    limitAlertAt: number | null;
  };
  notes: {
    /** Invitations with a note this calendar month. */
    thisMonth: number;
    /** LinkedIn's note-quota upsell, if it showed this calendar month (the quota is then used up). */
    upsellSeenAt: number | null;
  };
  inmail: {
    /** Credits the composer last showed, minus paid InMails sent since; null when unknown or stale. */
    creditsLeft: number | null;
    seenAt: number | null;
    /** Paid InMails (not Open Profile) in the current credit period, or this calendar month if unknown. */
    sentThisPeriod: number;
    nextRenewal: number | null;
  };
  messages: {
    /** Messages, follow-ups and InMails today. */
    today: number;
  };
  followups: {
    /** Follow-ups (messages to someone who had not replied) in the rolling 30 days. */
    last30Days: number;
  };
  /** Sends in the rolling week that repeat an earlier send of that week (near-duplicate texts). */
  nearDuplicatesThisWeek: number;
  /** The last 30 days, oldest first, today last: sends per day and kind (for a chart). */
  series: SeriesDay[];
}

export interface PaceOptions {
  now: number;
  /** IANA zone for days and months; the runtime's by default. */
  timeZone?: string;
  plan: Plan;
  overrides?: Partial<Record<LimitId, number>>;
  /** Day of the month the Premium or Recruiter Lite subscription renews (1..31), if known. */
  renewalDay?: number | null;
  /** Share of a limit from which to warn (the user's setting); NEAR_SHARE by default. */
  nearShare?: number;
  /**
   * The same LinkedIn account's sends counted on the user's other browsers (synced day counts;
   * this device's own entry is ignored). They add to the day-based figures: the rolling week
   * counts their last 7 calendar days (`ROLLING_WEEK_DAYS`), an approximation of the exact window this device keeps.
   */
  others?: DeviceCounters;
}

export const SERIES_DAYS = 30;

const rank: Record<Warning, number> = { none: 0, near: 1, reached: 2 };
const worst = (a: Warning, b: Warning): Warning => (rank[a] >= rank[b] ? a : b);

function shareWarning(
  used: number | null,
  limit: number | null,
  near: number,
): { share: number | null; warning: Warning } {
  if (used === null || limit === null) return { share: null, warning: 'none' };
  if (limit <= 0) return { share: null, warning: used > 0 ? 'reached' : 'none' };
  const share = used / limit;
  return { share, warning: share >= 1 ? 'reached' : share >= near ? 'near' : 'none' };
}

function usage(
  id: LimitId,
  limit: EffectiveLimit,
  used: number | null,
  near: number,
  floor: Warning = 'none',
): LimitUsage {
  const { share, warning } = shareWarning(used, limit.value, near);
  return { id, ...limit, used, share, warning: worst(warning, floor), guideline: !!limitDefinition(id).guideline };
}

function zeroCounts(): Record<SendKind, number> {
  const counts = {} as Record<SendKind, number>;
  for (const kind of SEND_KINDS) counts[kind] = 0;
  return counts;
}

function latestNotice(ledger: Ledger, kind: LinkedInNotice['kind'], from: number, to: number): number | null {
  let latest: number | null = null;
  for (const n of ledger.notices) {
    if (n.kind === kind && n.at >= from && n.at <= to) latest = Math.max(latest ?? 0, n.at);
  }
  return latest;
}

function series(ledger: Ledger, now: number, timeZone: string): SeriesDay[] {
  const today = dayKey(now, timeZone);
  const days: SeriesDay[] = [];
  for (let i = SERIES_DAYS - 1; i >= 0; i--) days.push({ day: addDays(today, -i), counts: zeroCounts() });
  const byKey = new Map(days.map((d) => [d.day, d.counts]));
  // A day is at most 26 h long: anything earlier cannot fall on the first day of the chart.
  const from = now - (SERIES_DAYS + 1) * DAY_MS;
  for (const e of ledger.events) {
    if (e.at < from) continue;
    const counts = byKey.get(dayKey(e.at, timeZone));
    if (counts) counts[e.kind]++;
  }
  for (const [key, bucket] of Object.entries(ledger.days)) {
    const counts = byKey.get(key);
    if (counts) for (const kind of SEND_KINDS) counts[kind] += bucket[kind] ?? 0;
  }
  return days;
}

function inmailSummary(ledger: Ledger, options: Required<PaceOptions>): PaceSummary['inmail'] {
  const { now, plan, renewalDay, timeZone } = options;
  const period = creditPeriod(now, plan, renewalDay, timeZone);
  const periodStart = period?.start ?? startOfMonth(now, timeZone);
  const paid = ledger.events.filter((e) => e.kind === 'inmail' && !e.free && e.at <= now);
  const seen = ledger.inmailCreditsSeen;
  // A reading from before the last renewal (or, with no known renewal, over a month old) no longer
  // says what is left: credits were added since. It is unknown until the composer shows it again.
  const fresh =
    seen !== null &&
    seen.at <= now &&
    seen.at >= ledger.compactedBefore &&
    (period ? seen.at >= period.start : now - seen.at < CREDITS_TRUSTED_DAYS * DAY_MS);
  return {
    creditsLeft: fresh ? Math.max(0, seen.value - paid.filter((e) => e.at > seen.at).length) : null,
    seenAt: seen?.at ?? null,
    sentThisPeriod: paid.filter((e) => e.at >= periodStart).length,
    nextRenewal: period?.end ?? null,
  };
}

/**
 * Everything the popup shows about the user's pace, computed at `now`. Reads the detail for
 * every window up to a calendar month (compaction keeps at least MIN_RETENTION_DAYS of it).
 */
export function paceSummary(ledger: Ledger, options: PaceOptions): PaceSummary {
  const resolved: Required<PaceOptions> = {
    now: options.now,
    plan: options.plan,
    timeZone: options.timeZone ?? localTimeZone(),
    overrides: options.overrides ?? {},
    renewalDay: options.renewalDay ?? null,
    nearShare: options.nearShare ?? NEAR_SHARE,
    others: options.others ?? {},
  };
  const { now, plan, overrides, timeZone, nearShare: near } = resolved;
  const today = dayKey(now, timeZone);
  const fromOthers = (days: readonly string[], kinds: readonly SendKind[]) =>
    countOnDays(resolved.others, ledger.device, days, kinds);
  const lastDays = (n: number) => Array.from({ length: n }, (_, i) => addDays(today, -i));
  const limit = (id: LimitId) => effectiveLimit(id, plan, overrides, ledger.calibratedInviteLimit);

  const invites = rollingWindow(ledger.events.filter(isInvite), now);
  const invitesElsewhere = fromOthers(lastDays(ROLLING_WEEK_DAYS), INVITE_KINDS);
  const limitAlertAt = latestNotice(ledger, 'invite-limit-alert', now - ROLLING_WEEK_DAYS * DAY_MS + 1, now);

  const endOfToday = startOfDayKey(addDays(dayKey(now, timeZone), 1), timeZone);
  const monthStart = startOfMonth(now, timeZone);
  const monthDays = lastDays(31).filter((day) => day.slice(0, 7) === today.slice(0, 7));
  const notesThisMonth =
    countKind(ledger, 'invite-note', monthStart, endOfToday, timeZone) + fromOthers(monthDays, ['invite-note']);
  const upsellSeenAt = latestNotice(ledger, 'note-quota-upsell', monthStart, now);

  const messagesToday =
    countKind(ledger, MESSAGE_KINDS, startOfDay(now, timeZone), endOfToday, timeZone) +
    fromOthers([today], MESSAGE_KINDS);
  const inmail = inmailSummary(ledger, resolved);

  const credits = limit('inmail-credits-per-month');
  let creditWarning: Warning = 'none';
  if (inmail.creditsLeft !== null) {
    const allotment = credits.value;
    if (inmail.creditsLeft <= 0) creditWarning = 'reached';
    else if (allotment !== null && allotment > 0 && (allotment - inmail.creditsLeft) / allotment >= near) {
      creditWarning = 'near';
    }
  }
  const creditUsage = usage('inmail-credits-per-month', credits, inmail.sentThisPeriod, near);
  // A known credit count is authoritative: rolled-over credits can outlast the month's allotment.
  if (inmail.creditsLeft !== null) creditUsage.warning = creditWarning;

  const limits: Record<LimitId, LimitUsage> = {
    'invites-per-week': usage(
      'invites-per-week',
      limit('invites-per-week'),
      invites.length + invitesElsewhere,
      near,
      limitAlertAt ? 'reached' : 'none',
    ),
    'notes-per-month': usage(
      'notes-per-month',
      limit('notes-per-month'),
      notesThisMonth,
      near,
      upsellSeenAt ? 'reached' : 'none',
    ),
    'note-length': usage('note-length', limit('note-length'), null, near),
    'inmail-credits-per-month': creditUsage,
    'messages-per-day': usage('messages-per-day', limit('messages-per-day'), messagesToday, near),
  };

  return {
    now,
    timeZone,
    plan,
    limits,
    invites: {
      last7Days: invites.length + invitesElsewhere,
      oldestLeavesAt: oldestLeavesAt(invites, now),
      limitAlertAt,
    },
    notes: { thisMonth: notesThisMonth, upsellSeenAt },
    inmail,
    messages: { today: messagesToday },
    followups: {
      last30Days: rollingWindow(ledger.events, now, FOLLOWUP_WINDOW_DAYS).filter((e) => e.kind === 'followup').length,
    },
    nearDuplicatesThisWeek: repeatedSends(rollingWindow(ledger.events, now), {
      since: Number.NEGATIVE_INFINITY,
      threshold: NEAR_DUPLICATE_THRESHOLD,
    }),
    series: withOthers(series(ledger, now, timeZone), resolved.others, ledger.device),
  };
}

/** Adds the other devices' day counts to the chart. */
function withOthers(days: SeriesDay[], others: DeviceCounters, ownDevice: string): SeriesDay[] {
  for (const day of days) {
    for (const kind of SEND_KINDS) day.counts[kind] += countOnDays(others, ownDevice, [day.day], [kind]);
  }
  return days;
}
