/**
 * Everything the popup shows about the user's pace, computed from the ledger at a given instant:
 * each limit's usage and warning, the windows' counts, the 30-day chart. Pure.
 */
import type { Plan } from '../evaluator/types';
import { countOnDays, type DeviceCounters } from './device-counters';
import { NEAR_DUPLICATE_THRESHOLD, repeatedSends } from './fingerprint';
import { countKind, INVITE_KINDS, type Ledger } from './ledger';
import { DEFAULT_WARN_AT_PERCENT, type EffectiveLimit, effectiveLimit, limitDefinition } from './limits';
import { type LimitId, type LinkedInNotice, SEND_KINDS, type SendEvent, type SendKind } from './types';
import {
  addDays,
  CREDITS_TRUSTED_DAYS,
  creditPeriod,
  DAY_MS,
  dayKey,
  FOLLOWUP_WINDOW_DAYS,
  localTimeZone,
  oldestLeavesAt,
  ROLLING_WEEK_DAYS,
  rollingWindow,
  startOfDay,
  startOfDayKey,
  startOfMonth,
} from './windows';

/** Everything that reaches a person's inbox (for the daily message pace). */
export const MESSAGE_KINDS: readonly SendKind[] = ['message', 'followup', 'inmail'];

const isInvite = (e: SendEvent) => INVITE_KINDS.includes(e.kind);

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
  /** Warn from this share of a limit, in percent (the user's setting); DEFAULT_WARN_AT_PERCENT by default. */
  warnAtPercent?: number;
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
    warnAtPercent: options.warnAtPercent ?? DEFAULT_WARN_AT_PERCENT,
    others: options.others ?? {},
  };
  const { now, plan, overrides, timeZone } = resolved;
  const near = resolved.warnAtPercent / 100;
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
