/**
 * What a send writes to `storage.local`, and what `storage.onChanged` then hands to every
 * extension context (the worker, each LinkedIn tab, an open popup), with a year of heavy use
 * behind it: the year's ledger (test/helpers/year-of-heavy-use.ts), then a week more of the same
 * use, each send stored as the background stores it (lib/background/ledger-store.ts: compacted,
 * laid out by lib/pace/ledger-layout.ts, its `writesFor` written as one `set` of records, one `set`
 * of the head, one `remove`, each one delivery carrying every changed key's old and new value).
 * Beside it, version 1: the whole ledger in one item, written again on every send. Pure and
 * deterministic, no browser: bytes are UTF-8 JSON, plus the key for what is written (as
 * `storage.local` counts its quota).
 */
import { addEvent, addNotice, compact, DEFAULT_RETENTION_DAYS, emptyLedger, type Ledger } from '../../lib/pace/ledger';
import {
  DELIVERY_BYTES,
  type Layout,
  LEDGER_KEY,
  layOut,
  RECORD_EVENTS,
  writesFor,
} from '../../lib/pace/ledger-layout';
import { heavyUse } from '../../test/helpers/year-of-heavy-use';

export interface WriteFigures {
  /** Bytes written per send (keys and values): mean and largest. */
  written: { mean: number; max: number };
  /** Bytes of old and new values in one onChanged delivery: mean and largest. */
  delivery: { mean: number; max: number };
  /** All deliveries of one send together: the largest. */
  deliveredMax: number;
  deliveriesPerSend: number;
}

export interface LedgerWrites {
  sends: number;
  days: number;
  pauseDays: number;
  before: WriteFigures;
  after: WriteFigures;
  /** The first send after `pauseDays` without any. */
  afterPause: WriteFigures;
}

const YEAR_DAYS = 365;
const MEASURED_DAYS = 7;
const PAUSE_DAYS = 7;
const json = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

function figures(perSend: { written: number; deliveries: number[] }[]): WriteFigures {
  const deliveries = perSend.flatMap((s) => s.deliveries);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    written: { mean: mean(perSend.map((s) => s.written)), max: Math.max(...perSend.map((s) => s.written)) },
    delivery: { mean: mean(deliveries), max: Math.max(...deliveries) },
    deliveredMax: Math.max(...perSend.map((s) => s.deliveries.reduce((a, b) => a + b, 0))),
    deliveriesPerSend: deliveries.length / Math.max(1, perSend.length),
  };
}

/** One change stored in version 2: bytes written, and each delivery's bytes. */
function laidOut(previous: Layout, next: Layout): { written: number; deliveries: number[] } {
  const writes = writesFor(previous, next);
  const old = (key: string) => (previous.records.has(key) ? json(previous.records.get(key)) : 0);
  const deliveries: number[] = [];
  let written = 0;
  for (const group of writes.records) {
    const records = Object.entries(group);
    written += records.reduce((sum, [key, record]) => sum + Buffer.byteLength(key) + json(record), 0);
    deliveries.push(records.reduce((sum, [key, record]) => sum + json(record) + old(key), 0));
  }
  if (writes.head) {
    written += Buffer.byteLength(LEDGER_KEY) + json(writes.head);
    deliveries.push(json(writes.head) + json(previous.head));
  }
  for (const group of writes.remove) deliveries.push(group.reduce((sum, key) => sum + old(key), 0));
  return { written, deliveries: deliveries.filter((bytes) => bytes > 0) };
}

/** The size test's year (test/pace/size.test.ts): fixed, so that every run gives the same figures. */
const FIRST_MORNING = Date.parse('2026-01-01T08:00:00+01:00');
const ZONE = 'Europe/Berlin';

/**
 * `days`: how many days after the year are measured (the first send of each compacts the day
 * before); then `pauseDays` without a send, and the first send after them, which removes the
 * fingerprints of every send that left the rolling week meanwhile.
 */
export function ledgerWrites(
  days = MEASURED_DAYS,
  pauseDays = PAUSE_DAYS,
  firstMorning = FIRST_MORNING,
  timeZone = ZONE,
): LedgerWrites {
  const back = YEAR_DAYS + days + pauseDays;
  const { device, salt, steps } = heavyUse({ firstMorning }, back + 1);
  let ledger: Ledger = emptyLedger(device, salt);
  let layout: Layout | null = null;
  const before: { written: number; deliveries: number[] }[] = [];
  const after: { written: number; deliveries: number[] }[] = [];
  let afterPause: { written: number; deliveries: number[] } | null = null;
  let ledgerBytes: number | undefined;
  for (const step of steps) {
    if (step.day < YEAR_DAYS) {
      // The year as the size test builds it: compacted once a day.
      if ('send' in step) ledger = addEvent(ledger, step.send);
      else if ('notice' in step) ledger = addNotice(ledger, step.notice);
      else ledger = compact(ledger, step.compact, undefined, timeZone);
      continue;
    }
    layout ??= layOut(ledger, null);
    if ('compact' in step || (step.day >= YEAR_DAYS + days && step.day < back)) continue;
    // Then as the background stores each report: the change, compacted at its time.
    const at = 'send' in step ? step.send.at : step.notice.at;
    const changed = 'send' in step ? addEvent(ledger, step.send) : addNotice(ledger, step.notice);
    const next = compact(changed, at, DEFAULT_RETENTION_DAYS, timeZone);
    const nextLayout = layOut(next, layout);
    if ('send' in step && step.day === back) {
      afterPause = laidOut(layout, nextLayout);
      break;
    }
    if ('send' in step) {
      ledgerBytes ??= json(ledger);
      const nextBytes = next === ledger ? ledgerBytes : json(next);
      before.push({ written: Buffer.byteLength(LEDGER_KEY) + nextBytes, deliveries: [ledgerBytes + nextBytes] });
      after.push(laidOut(layout, nextLayout));
      ledgerBytes = nextBytes;
    } else {
      ledgerBytes = undefined;
    }
    ledger = next;
    layout = nextLayout;
  }
  if (!afterPause) throw new Error('ledger writes: no send after the pause');
  return {
    sends: after.length,
    days,
    pauseDays,
    before: figures(before),
    after: figures(after),
    afterPause: figures([afterPause]),
  };
}

/** As the rest of the report counts: 1 kB = 1024 bytes. */
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The report's section (BENCHMARKS.md): figures before (version 1) and after (version 2). */
export function renderLedgerWrites(w: LedgerWrites): string {
  const row = (label: string, f: WriteFigures) =>
    `| ${label} | ${kB(f.written.mean)} | ${kB(f.written.max)} | ${kB(f.delivery.mean)} | ${kB(f.delivery.max)} | ${kB(f.deliveredMax)} | ${f.deliveriesPerSend.toFixed(2)} |`;
  return `## 7. Storage writes per send

With a year of heavy use stored, the ${w.sends} sends of the ${w.days} days after it, each stored as the background
stores it (\`scripts/bench/ledger-writes.ts\`: computed, not timed, and the same on every run). "Written" is what a
send writes to \`storage.local\` (keys and JSON values); a "delivery" is one \`storage.onChanged\` event, which every
extension context (the worker, each LinkedIn tab, an open popup) receives with the old and the new value of each
key it changed. Target (issue #31): under 50 kB. Version 2 writes in groups of at most ${kB(DELIVERY_BYTES)} of old and
new values, so the first send after ${w.pauseDays} days away, which drops the fingerprints of every send that left the
rolling week meanwhile, makes several small deliveries rather than one large one.

| Ledger in storage | Written per send: mean | largest | Per delivery: mean | largest | All of one send's deliveries: largest | Deliveries per send |
|---|---|---|---|---|---|---|
${row('Version 1: the whole ledger in one item, rewritten on each send', w.before)}
${row(`Version 2: a head, and records of ${RECORD_EVENTS} sends or of a month's day counts`, w.after)}
${row(`Version 2, the first send after ${w.pauseDays} days without any`, w.afterPause)}
`;
}
