/**
 * How the ledger is kept in storage.local: a small head under `ledger` (device, salt, notices,
 * the list of records) and the parts that grow in bounded records under `ledger:<n>`: sends,
 * RECORD_EVENTS to a record, and the day counts, one record per month. A send rewrites its record
 * (and the head only when a record is added or dropped) instead of the whole history, and
 * storage.onChanged hands every extension context kilobytes instead of the whole ledger twice.
 * The in-memory and exported form stays the one `Ledger` (ledger.ts); this is storage only. Pure:
 * it says what to write (ledger-read.ts reads it back); lib/background/ledger-store.ts writes it.
 *
 * No write spans two items atomically, so every change is safe at every step of the order
 * `writesFor` gives (records, then the head, then removals, each as many writes as it takes):
 * - a record the stored head lists changes in place only when it keeps every send it had (a send
 *   added, a fingerprint dropped): the ledger it belongs to stays whole either way;
 * - anything else (sends compacted away, a month's day counts changed) is written under a new key
 *   that only the next head lists: until the head is written the old records are what counts, after
 *   it the new ones, never both (nothing counted twice, nothing lost);
 * - records the new head no longer lists are named in its `removing` and removed after it; a
 *   reader finishes that if the removal was cut short. New keys count up from `next`: records of
 *   a write cut short before its head are not listed, and are written over by the next ones.
 */
import { z } from '../zod';
import { type Ledger, ledgerSchema, sendEventSchema } from './ledger';
import { SEND_KINDS } from './types';

/** The head's key, where version 1 kept the whole ledger. */
export const LEDGER_KEY = 'ledger';
const RECORD_PREFIX = 'ledger:';
export const LAYOUT_VERSION = 2;
/**
 * Sends per record. A send with a fingerprint is ~0.9 kB as JSON (fingerprints are kept a week),
 * so a record stays under ~8 kB and a send's write, old and new value, under ~16 kB.
 */
export const RECORD_EVENTS = 8;

export const isLedgerKey = (key: string): boolean => key === LEDGER_KEY || key.startsWith(RECORD_PREFIX);
const recordKey = (n: number) => `${RECORD_PREFIX}${n}`;
export const keyList = z.array(z.string().check(z.startsWith(RECORD_PREFIX)));

const { days: daysSchema, notices, calibratedInviteLimit, inmailCreditsSeen, compactedBefore } = ledgerSchema.shape;

export const headSchema = z.object({
  v: z.literal(LAYOUT_VERSION),
  device: z.string(),
  salt: z.string(),
  notices,
  calibratedInviteLimit,
  inmailCreditsSeen,
  compactedBefore,
  /** Every record of this ledger, by key. */
  records: keyList,
  /** The number of the next new record's key. */
  next: z.number().check(z.int(), z.gte(0)),
  /** Records this head stopped listing, removed after it was written. */
  removing: keyList,
});
export const eventsRecordSchema = z.object({ events: z.array(sendEventSchema) });
export const daysRecordSchema = z.object({ month: z.string().check(z.regex(/^\d{4}-\d{2}$/)), days: daysSchema });

export type Head = z.infer<typeof headSchema>;
export type Send = Ledger['events'][number];
export type DayCounts = Ledger['days'];
export type LedgerRecord = { events: Send[] } | { month: string; days: DayCounts };

/** What storage holds: the head and every record it lists. */
export interface Layout {
  head: Head;
  records: ReadonlyMap<string, LedgerRecord>;
  /** The day counts it was laid out from: the same object again means the same day records. */
  days?: DayCounts;
}

/**
 * What a change writes, in this order: each group of `records` (one `set` each), the head when it
 * changed, each group of `remove`. A group's old and new values, which storage.onChanged hands
 * to every context at once, stay under DELIVERY_BYTES (a record above it goes alone).
 */
export interface Writes {
  records: Record<string, LedgerRecord>[];
  head: Head | null;
  remove: string[][];
}

/** Bytes of old and new values one `set` or `remove` may hand to storage.onChanged. */
export const DELIVERY_BYTES = 32 * 1024;

function sameSend(a: Send, b: Send): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.kind !== b.kind || a.at !== b.at || a.recipient !== b.recipient) return false;
  if (a.device !== b.device || a.free !== b.free || a.fingerprint?.length !== b.fingerprint?.length) return false;
  return (a.fingerprint ?? []).every((hash, i) => hash === b.fingerprint?.[i]);
}

function sameDays(a: DayCounts, b: DayCounts): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((day) => {
    const x = a[day] ?? {};
    const y = b[day];
    return y !== undefined && SEND_KINDS.every((kind) => x[kind] === y[kind]);
  });
}

function byMonth(days: DayCounts): Map<string, DayCounts> {
  const months = new Map<string, DayCounts>();
  for (const day of Object.keys(days).sort()) {
    const month = months.get(day.slice(0, 7)) ?? {};
    month[day] = days[day] ?? {};
    months.set(day.slice(0, 7), month);
  }
  return months;
}

const headFields = (head: Head) =>
  JSON.stringify([
    head.device,
    head.salt,
    head.notices,
    head.calibratedInviteLimit,
    head.inmailCreditsSeen,
    head.compactedBefore,
    head.records,
    head.next,
  ]);

/**
 * The records for `ledger`, given what storage holds (`previous`, null for none): each send stays
 * in the record it was written to, new sends fill the last record and then new ones, each month of
 * day counts has its record. Unchanged records are `previous`'s own objects (`writesFor` skips
 * them). `unremoved`: keys a removal failed to remove, to name again in the head.
 */
export function layOut(ledger: Ledger, previous: Layout | null, unremoved: readonly string[] = []): Layout {
  // New keys never reuse one still to be removed: its removal would take the new record.
  let next = Math.max(
    previous?.head.next ?? 0,
    ...unremoved.map((key) => Number(key.slice(RECORD_PREFIX.length)) + 1 || 0),
  );
  const fresh = () => recordKey(next++);
  const records = new Map<string, LedgerRecord>();
  const keys: string[] = [];
  const keep = (key: string, record: LedgerRecord) => {
    records.set(key, record);
    keys.push(key);
  };
  const byId = new Map(ledger.events.map((e) => [e.id, e]));
  const placed = new Set<string>();
  const sameDaysAsBefore = previous?.days === ledger.days;
  const months = sameDaysAsBefore ? new Map<string, DayCounts>() : byMonth(ledger.days);
  const placedMonths = new Set<string>();
  let open: { key: string; events: Send[] } | null = null;
  for (const key of previous?.head.records ?? []) {
    const record = previous?.records.get(key);
    if (!record || records.has(key)) continue;
    if ('events' in record) {
      const kept: Send[] = [];
      let changed = false;
      for (const e of record.events) {
        const now = byId.get(e.id);
        if (!now || placed.has(e.id)) continue;
        placed.add(e.id);
        kept.push(now);
        changed ||= !sameSend(now, e);
      }
      if (kept.length === 0) continue;
      // Every send still here: the same key, changed in place if at all. Some gone: a new key.
      const whole = kept.length === record.events.length;
      open = { key: whole ? key : fresh(), events: kept };
      keep(open.key, whole && !changed ? record : { events: kept });
    } else if (sameDaysAsBefore) {
      keep(key, record);
    } else {
      const days = months.get(record.month);
      if (!days || placedMonths.has(record.month)) continue;
      placedMonths.add(record.month);
      if (sameDays(days, record.days)) keep(key, record);
      else keep(fresh(), { month: record.month, days });
    }
  }
  const added = ledger.events.filter((e) => !placed.has(e.id));
  let from = 0;
  if (open && open.events.length < RECORD_EVENTS && added.length > 0) {
    from = RECORD_EVENTS - open.events.length;
    records.set(open.key, { events: [...open.events, ...added.slice(0, from)] });
  }
  for (; from < added.length; from += RECORD_EVENTS) keep(fresh(), { events: added.slice(from, from + RECORD_EVENTS) });
  for (const [month, days] of months) if (!placedMonths.has(month)) keep(fresh(), { month, days });

  const dropped = (previous?.head.records ?? []).filter((key) => !records.has(key));
  const removing = [...new Set([...dropped, ...unremoved])].filter((key) => !records.has(key));
  const { device, salt, notices, calibratedInviteLimit, inmailCreditsSeen, compactedBefore } = ledger;
  const head: Head = {
    v: LAYOUT_VERSION,
    device,
    salt,
    notices,
    calibratedInviteLimit,
    inmailCreditsSeen,
    compactedBefore,
    records: keys,
    next,
    removing,
  };
  // An unchanged head is not written again (its `removing` then names keys already removed).
  const same = previous !== null && removing.length === 0 && headFields(previous.head) === headFields(head);
  return { head: same && previous ? previous.head : head, records, days: ledger.days };
}

const jsonLength = (value: unknown) => (value === undefined ? 0 : JSON.stringify(value).length);

function inGroups<T>(items: readonly T[], bytes: (item: T) => number): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let total = 0;
  for (const item of items) {
    const size = bytes(item);
    if (group.length > 0 && total + size > DELIVERY_BYTES) {
      groups.push(group);
      group = [];
      total = 0;
    }
    group.push(item);
    total += size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/**
 * What turns `previous` (null: nothing stored) into `next` in storage. Usually one record; after
 * a pause, the fingerprints of every send that left the rolling week meanwhile go at once, and a
 * move from version 1 writes everything: in groups, so that no one delivery carries all of it.
 */
export function writesFor(previous: Layout | null, next: Layout): Writes {
  const old = (key: string) => previous?.records.get(key);
  const changed = [...next.records].filter(([key, record]) => old(key) !== record);
  const records = inGroups(changed, ([key, record]) => jsonLength(record) + jsonLength(old(key)));
  const head = previous?.head === next.head ? null : next.head;
  return {
    records: records.map((group) => Object.fromEntries(group)),
    head,
    remove: head ? inGroups(head.removing, (key) => jsonLength(old(key))) : [],
  };
}
