/**
 * Reading the stored ledger back (ledger-layout.ts says how it is stored): a version 2 head and
 * the records it lists, or a version 1 ledger in one item, into the one `Ledger`. Whatever does
 * not read whole is handed over, every readable part joined, for recoverLedger. Pure.
 */
import { byTimeThenId, type Ledger, ledgerSchema } from './ledger';
import {
  type DayCounts,
  daysRecordSchema,
  eventsRecordSchema,
  headSchema,
  keyList,
  type Layout,
  type LedgerRecord,
  type Send,
} from './ledger-layout';

const field = (raw: unknown, key: string): unknown =>
  raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;

/** The keys to read with a stored head: its records, and those it was removing. */
export function keysToRead(head: unknown): string[] {
  if (field(head, 'v') === undefined) return [];
  return [field(head, 'records'), field(head, 'removing')].flatMap((list) =>
    keyList.safeParse(list).success ? (list as string[]) : [],
  );
}

export type StoredLedger =
  /** Read whole. `layout` is null for version 1 (one item): the caller lays it out anew. */
  | { ok: true; ledger: Ledger; layout: Layout | null; unremoved: string[] }
  /** Damaged: `raw` is everything readable joined in version 1's shape, for recoverLedger. */
  | { ok: false; raw: unknown; missing: number };

/** The ledger from the stored head and the values read for `keysToRead(head)`. */
export function readStored(head: unknown, values: Record<string, unknown>): StoredLedger {
  if (field(head, 'v') === undefined) {
    const v1 = ledgerSchema.safeParse(head);
    if (!v1.success) return { ok: false, raw: head, missing: 0 };
    return { ok: true, ledger: { ...v1.data, events: uniqueSorted(v1.data.events) }, layout: null, unremoved: [] };
  }
  const parsed = headSchema.safeParse(head);
  if (!parsed.success) return joinDamaged(head, values);
  const records = new Map<string, LedgerRecord>();
  for (const key of parsed.data.records) {
    const sends = eventsRecordSchema.safeParse(values[key]);
    const days = sends.success ? null : daysRecordSchema.safeParse(values[key]);
    if (sends.success) records.set(key, sends.data);
    else if (days?.success) records.set(key, days.data);
    else return joinDamaged(head, values);
  }
  const events: Send[] = [];
  const days: DayCounts = {};
  for (const record of records.values()) {
    if ('events' in record) events.push(...record.events);
    else for (const [day, counts] of Object.entries(record.days)) days[day] ??= counts;
  }
  const { device, salt, notices, calibratedInviteLimit, inmailCreditsSeen, compactedBefore } = parsed.data;
  const ledger: Ledger = {
    version: 1,
    device,
    salt,
    events: uniqueSorted(events),
    days,
    notices,
    calibratedInviteLimit,
    inmailCreditsSeen,
    compactedBefore,
  };
  const unremoved = parsed.data.removing.filter((key) => values[key] !== undefined);
  return { ok: true, ledger, layout: { head: parsed.data, records, days }, unremoved };
}

/** Sorted by time (then id), each id once: the first copy of a send counts, never a second. */
function uniqueSorted(events: Send[]): Send[] {
  const seen = new Set<string>();
  const unique = events.filter((e) => {
    if (seen.has(e.id)) return false;
    seen.add(e.id);
    return true;
  });
  return unique.sort(byTimeThenId);
}

function joinDamaged(head: unknown, values: Record<string, unknown>): StoredLedger {
  const listed = keyList.safeParse(field(head, 'records'));
  const keys = listed.success ? listed.data : [];
  const events: unknown[] = [];
  const days: Record<string, unknown> = {};
  let missing = 0;
  for (const key of keys) {
    const value = values[key];
    if (value === undefined) missing++;
    const list = field(value, 'events');
    if (Array.isArray(list)) events.push(...list);
    const counts = field(value, 'days');
    if (counts && typeof counts === 'object') for (const [day, c] of Object.entries(counts)) days[day] ??= c;
  }
  const rest = head && typeof head === 'object' ? head : {};
  return { ok: false, raw: { ...rest, events, days }, missing };
}
