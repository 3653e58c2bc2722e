/**
 * The sending-pace ledger as plain data, and the pure operations that change it. Recent sends are
 * kept in detail (for the rolling and calendar windows); older ones are compacted into per-day
 * counts. The background owns storage (lib/pace/ledger-layout.ts says how the ledger is split into
 * stored records); the popup's figures are read from it by pace-summary.ts. Imports only below
 * itself: device counters, the summary and the storage layout import it, never the other way round.
 */
import { z } from '../zod';
import { SKETCH_SIZE } from './fingerprint';
import { LINKEDIN_NOTICES, type LinkedInNotice, SEND_KINDS, type SendEvent, type SendKind } from './types';
import {
  addDays,
  DAY_MS,
  dayKey,
  isDayKey,
  localTimeZone,
  ROLLING_WEEK_DAYS,
  rollingWindow,
  startOfDay,
  startOfDayKey,
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

/** The ledger's order of sends: by time, then by id. */
export const byTimeThenId = (a: SendEvent, b: SendEvent) => a.at - b.at || compareIds(a.id, b.id);

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
 * Returns the input ledger itself when nothing is due; never mutates its inputs.
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
  // Copied on the first change only: on most sends nothing is due, and the ledger stays as it is.
  let days: DayCounts | null = null;
  let eventsChanged = false;
  const events: SendEvent[] = [];
  for (const e of ledger.events) {
    if (e.at < boundary) {
      days ??= cloneDays(ledger.days);
      const key = dayKey(e.at, timeZone);
      const counts = days[key] ?? {};
      counts[e.kind] = (counts[e.kind] ?? 0) + 1;
      days[key] = counts;
      eventsChanged = true;
    } else if (e.fingerprint && e.at <= fingerprintsUntil) {
      events.push(withoutFingerprint(e));
      eventsChanged = true;
    } else {
      events.push(e);
    }
  }
  const oldestDay = dayKey(now - DAY_BUCKET_DAYS * DAY_MS, timeZone);
  for (const key of Object.keys(days ?? ledger.days)) {
    if (key >= oldestDay) continue;
    days ??= cloneDays(ledger.days);
    delete days[key];
  }
  if (!eventsChanged && !days && boundary === ledger.compactedBefore) return ledger;
  return {
    ...ledger,
    events: eventsChanged ? events : ledger.events,
    days: days ?? ledger.days,
    compactedBefore: boundary,
  };
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
