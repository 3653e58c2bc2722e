/**
 * The ledger's storage layout: a head and bounded records, read back as the very ledger they were
 * made from, a send writing only its record, and every write order safe when cut short.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addEvent, addNotice, compact, countKind, emptyLedger, type Ledger } from '../../lib/pace/ledger';
import {
  DELIVERY_BYTES,
  isLedgerKey,
  type Layout,
  LEDGER_KEY,
  layOut,
  RECORD_EVENTS,
  type Writes,
  writesFor,
} from '../../lib/pace/ledger-layout';
import { keysToRead, readStored } from '../../lib/pace/ledger-read';
import { SEND_KINDS, type SendEvent, type SendKind } from '../../lib/pace/types';
import { DAY_MS } from '../../lib/pace/windows';
import { yearOfHeavyUse } from '../helpers/year-of-heavy-use';

const ZONE = 'Europe/Berlin';
const T0 = Date.parse('2026-05-04T09:00:00+02:00');

const send = (n: number, at: number, kind: SendKind = 'message', extra: Partial<SendEvent> = {}): SendEvent => ({
  id: `send-${n}`,
  kind,
  at,
  recipient: `r-${n}`,
  device: 'dev-1',
  ...extra,
});

type Storage = Record<string, unknown>;

/**
 * Applies `writes` to a copy of `storage`, as JSON (what storage keeps), key by key in their order,
 * up to `steps` of them: a write cut short anywhere, even inside one `set` of several keys.
 */
function apply(storage: Storage, writes: Writes, steps = Number.POSITIVE_INFINITY): Storage {
  const out = { ...storage };
  const each = [
    ...writes.records.flatMap((group) =>
      Object.entries(group).map(([key, value]) => () => {
        out[key] = JSON.parse(JSON.stringify(value));
      }),
    ),
    ...(writes.head ? [() => (out[LEDGER_KEY] = JSON.parse(JSON.stringify(writes.head)))] : []),
    ...writes.remove.flat().map((key) => () => delete out[key]),
  ];
  for (const step of each.slice(0, steps)) step();
  return out;
}

/** Keys written or removed. */
const touched = (writes: Writes) =>
  writes.records.reduce((n, group) => n + Object.keys(group).length, 0) +
  (writes.head ? 1 : 0) +
  writes.remove.flat().length;

function read(storage: Storage) {
  const head = storage[LEDGER_KEY];
  const values = Object.fromEntries(keysToRead(head).flatMap((key) => (key in storage ? [[key, storage[key]]] : [])));
  return readStored(head, values);
}

function readLedger(storage: Storage): { ledger: Ledger; layout: Layout | null } {
  const result = read(storage);
  if (!result.ok) throw new Error('the stored ledger did not read whole');
  return result;
}

let year: Ledger | undefined;
/** Built once: it takes a second or two. */
const yearLedger = () => {
  year ??= yearOfHeavyUse({ firstMorning: T0, timeZone: ZONE }).ledger;
  return year;
};

const total = (ledger: Ledger) =>
  countKind(ledger, SEND_KINDS, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, ZONE);
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('laying out and reading back', () => {
  test('a year of heavy use reads back as the same ledger, in bounded records', () => {
    const ledger = yearLedger();
    const layout = layOut(ledger, null);
    const storage = apply({}, writesFor(null, layout));
    expect(readLedger(storage).ledger).toEqual(ledger);
    for (const [key, record] of layout.records) {
      expect(isLedgerKey(key)).toBe(true);
      if ('events' in record) expect(record.events.length).toBeLessThanOrEqual(RECORD_EVENTS);
      else expect(new Set(Object.keys(record.days).map((day) => day.slice(0, 7)))).toEqual(new Set([record.month]));
    }
    // Nothing but small items: the head, and records of a few kB at most.
    expect(bytes(layout.head)).toBeLessThan(8_000);
    expect(Math.max(...[...layout.records.values()].map(bytes))).toBeLessThan(10_000);
  });

  test('laying out what is stored again writes nothing', () => {
    const ledger = yearLedger();
    const storage = apply({}, writesFor(null, layOut(ledger, null)));
    const stored = readLedger(storage);
    const again = writesFor(stored.layout, layOut(stored.ledger, stored.layout));
    expect(again).toEqual({ records: [], head: null, remove: [] });
  });

  test('a send writes its own record only; the head only when a record starts', () => {
    let ledger = emptyLedger('dev-1', 'salt');
    let layout = layOut(ledger, null);
    for (let n = 0; n < 3 * RECORD_EVENTS; n++) {
      const next = addEvent(ledger, send(n, T0 + n * 60_000));
      const nextLayout = layOut(next, layout);
      const writes = writesFor(layout, nextLayout);
      expect(writes.records.flatMap(Object.keys)).toHaveLength(1);
      expect(writes.head !== null).toBe(n % RECORD_EVENTS === 0);
      expect(writes.remove).toEqual([]);
      ledger = next;
      layout = nextLayout;
    }
  });

  test('compaction moves sends under new keys and names the old ones for removal', () => {
    let ledger = emptyLedger('dev-1', 'salt');
    for (let n = 0; n < 20; n++) ledger = addEvent(ledger, send(n, T0 + n * DAY_MS));
    const layout = layOut(ledger, null);
    const later = compact(ledger, T0 + 60 * DAY_MS, undefined, ZONE);
    const next = layOut(later, layout);
    const writes = writesFor(layout, next);
    // Every record the old head lists is either kept whole or not listed by the new one.
    for (const key of layout.head.records) {
      if (next.head.records.includes(key)) expect(next.records.get(key)).toBe(layout.records.get(key));
      else expect(writes.remove.flat()).toContain(key);
    }
    expect(writes.records.flatMap(Object.keys).every((key) => !layout.head.records.includes(key))).toBe(true);
    expect(readLedger(apply({}, writesFor(null, next))).ledger).toEqual(later);
  });

  test('many records at once are written in groups that each hand onChanged under DELIVERY_BYTES', () => {
    const ledger = yearLedger();
    const writes = writesFor(null, layOut(ledger, null));
    expect(writes.records.length).toBeGreaterThan(10);
    for (const group of writes.records) {
      const size = JSON.stringify(Object.values(group)).length;
      expect(size <= DELIVERY_BYTES || Object.keys(group).length === 1).toBe(true);
    }
  });

  test('a version 1 ledger (one item) reads as itself, to be laid out anew', () => {
    let ledger = addEvent(emptyLedger('dev-1', 'salt'), send(1, T0));
    ledger = addNotice(ledger, { kind: 'inmail-credits', at: T0, value: 3 });
    const result = read({ [LEDGER_KEY]: JSON.parse(JSON.stringify(ledger)) });
    expect(result).toEqual({ ok: true, ledger, layout: null, unremoved: [] });
  });
});

describe('damage', () => {
  const stored = () => {
    let ledger = emptyLedger('dev-1', 'salt');
    for (let n = 0; n < 3 * RECORD_EVENTS; n++) ledger = addEvent(ledger, send(n, T0 + n * 60_000));
    return { ledger, storage: apply({}, writesFor(null, layOut(ledger, null))) };
  };

  test('a missing record: the rest is handed over for recovery, the count of missing records with it', () => {
    const { storage } = stored();
    delete storage['ledger:1'];
    const result = read(storage);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toBe(1);
    expect((result.raw as { events: unknown[]; salt: string }).events).toHaveLength(2 * RECORD_EVENTS);
    expect((result.raw as { salt: string }).salt).toBe('salt');
  });

  test('a record with a bad send: everything readable is handed over', () => {
    const { storage } = stored();
    (storage['ledger:0'] as { events: unknown[] }).events[0] = { id: 'x', kind: 'spam' };
    const result = read(storage);
    expect(result.ok).toBe(false);
    if (!result.ok) expect((result.raw as { events: unknown[] }).events).toHaveLength(3 * RECORD_EVENTS);
  });

  test('the same send in two records counts once', () => {
    const { ledger, storage } = stored();
    const first = (storage['ledger:0'] as { events: SendEvent[] }).events[0] as SendEvent;
    (storage['ledger:2'] as { events: SendEvent[] }).events.push(first);
    expect(readLedger(storage).ledger).toEqual(ledger);
  });

  test('records a removal did not get to are named for removal again', () => {
    const { storage } = stored();
    const head = storage[LEDGER_KEY] as { removing: string[] };
    head.removing = ['ledger:77', 'ledger:78'];
    storage['ledger:78'] = { events: [] };
    expect(keysToRead(head)).toContain('ledger:78');
    const result = read(storage);
    expect(result.ok && result.unremoved).toEqual(['ledger:78']);
  });
});

/** A ledger's life: sends (some retried, some late), notices, compactions, at random. */
const stepArb = fc.oneof(
  fc.record({
    op: fc.constant('send' as const),
    n: fc.nat(60),
    hours: fc.nat(24 * 80),
    kind: fc.constantFrom(...SEND_KINDS),
  }),
  fc.record({ op: fc.constant('notice' as const), hours: fc.nat(24 * 80) }),
  fc.record({ op: fc.constant('compact' as const), hours: fc.nat(24 * 80) }),
);

type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function play(ledger: Ledger, step: Step): Ledger {
  const at = T0 + step.hours * 3_600_000;
  if (step.op === 'send') return addEvent(ledger, send(step.n, at, step.kind, { fingerprint: [`h${step.n}`] }));
  if (step.op === 'notice') return addNotice(ledger, { kind: 'inmail-credits', at, value: step.hours % 50 });
  return compact(ledger, at, undefined, ZONE);
}

describe('every write order is safe', () => {
  test('stored step by step, the ledger always reads back as itself', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), (steps) => {
        let ledger = emptyLedger('dev-1', 'salt');
        let layout = layOut(ledger, null);
        let storage = apply({}, writesFor(null, layout));
        for (const step of steps) {
          ledger = play(ledger, step);
          const next = layOut(ledger, layout);
          storage = apply(storage, writesFor(layout, next));
          layout = next;
          expect(readLedger(storage).ledger).toEqual(ledger);
        }
        // Nothing left behind: storage holds the head and the records it lists, no more.
        expect(Object.keys(storage).sort()).toEqual([LEDGER_KEY, ...layout.head.records].sort());
      }),
    );
  });

  test('cut short after any write, storage reads as the old ledger or the new one: nothing lost, nothing twice', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 40 }), fc.nat(), (steps, cut) => {
        let ledger = emptyLedger('dev-1', 'salt');
        let layout = layOut(ledger, null);
        let storage = apply({}, writesFor(null, layout));
        for (const step of steps.slice(0, -1)) {
          ledger = play(ledger, step);
          const next = layOut(ledger, layout);
          storage = apply(storage, writesFor(layout, next));
          layout = next;
        }
        const after = play(ledger, steps.at(-1) as Step);
        const writes = writesFor(layout, layOut(after, layout));
        const partial = readLedger(apply(storage, writes, cut % (touched(writes) + 1))).ledger;
        const ids = new Set(partial.events.map((e) => e.id));
        const before = new Set(ledger.events.map((e) => e.id));
        const now = new Set(after.events.map((e) => e.id));
        const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
        if (same(partial.days, after.days) && !same(partial.days, ledger.days)) {
          // The new head: the sends it compacted are counted by day only.
          expect(ids).toEqual(now);
        } else {
          // The old head: all its sends, perhaps the new one already in its record, no compacting yet.
          expect(partial.days).toEqual(ledger.days);
          for (const id of before) expect(ids.has(id)).toBe(true);
          for (const id of ids) expect(before.has(id) || now.has(id)).toBe(true);
        }
        expect(total(partial)).toBeGreaterThanOrEqual(total(ledger));
        expect(total(partial)).toBeLessThanOrEqual(total(after));
      }),
    );
  });
});
