/**
 * The pace ledger in `storage.local`, with the background as its single writer. Writes are
 * serialized through one queue (several LinkedIn tabs may report at once) and each one is
 * persisted before it is acknowledged, so a service worker stopped between two sends loses
 * nothing; event ids make a retried report count once. It is stored as a head and bounded records
 * (lib/pace/ledger-layout.ts): a send writes its record, not the year behind it.
 *
 * The parsed ledger and what storage holds of it are kept in memory, per store: this worker is its
 * only writer, so what it last read or wrote is what storage holds (parsing a year of sends on every
 * profile view cost tens of ms). Every write makes a new ledger object, so caches built on top of
 * it can key on the object. A worker that starts makes a new store, which reads storage again.
 */
import { browser } from 'wxt/browser';
import { addEvent, addNotice, compact, DEFAULT_RETENTION_DAYS, emptyLedger, type Ledger } from '../pace/ledger';
import { isLedgerKey, type Layout, LEDGER_KEY, layOut, writesFor } from '../pace/ledger-layout';
import { keysToRead, readStored } from '../pace/ledger-read';
import { recoverLedger } from '../pace/ledger-recovery';
import type { LinkedInNotice, SendEvent } from '../pace/types';
import { ledgerBackupItem } from '../storage/items';
import { reportProblem } from '../storage/problems';
import { serialQueue } from './serial-queue';

const local = () => browser.storage.local;
const ignore = () => {};
const randomId = () => crypto.randomUUID();
/** A damaged ledger larger than this is not set aside whole: only its size is noted. */
const MAX_BACKUP_BYTES = 2 * 1024 * 1024;

export interface LedgerStore {
  load(): Promise<Ledger>;
  recordSend(event: Omit<SendEvent, 'device'>, now: number, retentionDays?: number): Promise<void>;
  recordNotice(notice: LinkedInNotice, now: number, retentionDays?: number): Promise<void>;
  /**
   * Replaces the whole ledger (import), in turn with every other write: all of it under new keys,
   * then the head, so that a write cut short leaves the previous ledger whole.
   */
  replace(ledger: Ledger): Promise<void>;
  /** Forgets the ledger (reset): a fresh one, with a new device id and salt, is made on next use. */
  clear(): Promise<void>;
}

export interface LedgerHooks {
  /** After every write, before it is acknowledged. */
  written?: () => Promise<void>;
  /** After a send changed the ledger: the other browsers learn of it through storage.sync, later. */
  sent?: () => void;
}

export function ledgerStore({ written = async () => {}, sent = ignore }: LedgerHooks = {}): LedgerStore {
  let cached: Ledger | null = null;
  let stored: Layout | null = null;
  /** Records a removal did not get to, named again by the next head. */
  let unremoved: string[] = [];
  const serialized = serialQueue();

  const forget = () => {
    cached = null;
    stored = null;
    unremoved = [];
  };

  /**
   * Stores `ledger` over what is stored (`previous`; null when that is nothing, or a ledger in an
   * older or damaged form that the new head replaces whole). On a failed write the memory is
   * dropped: the next use reads what storage kept, which is always one whole ledger.
   */
  async function setLedger(ledger: Ledger, previous: Layout | null = stored): Promise<void> {
    const next = layOut(ledger, previous, unremoved);
    const writes = writesFor(previous, next);
    try {
      for (const group of writes.records) await local().set(group);
      if (writes.head) await local().set({ [LEDGER_KEY]: writes.head });
    } catch (error) {
      forget();
      throw error;
    }
    cached = ledger;
    stored = next;
    unremoved = writes.remove.flat();
    try {
      for (const group of writes.remove) await local().remove(group);
      unremoved = [];
    } catch {
      // Named again by the next head, and removed then.
    }
    await written();
  }

  async function readLedger(): Promise<Ledger> {
    cached ??= await readStoredLedger();
    return cached;
  }

  async function readStoredLedger(): Promise<Ledger> {
    const head = (await local().get(LEDGER_KEY))[LEDGER_KEY];
    if (head === null || head === undefined) {
      const fresh = emptyLedger(randomId(), randomId());
      await setLedger(fresh, null);
      return fresh;
    }
    const keys = keysToRead(head);
    const values = keys.length > 0 ? await local().get(keys) : {};
    const read = readStored(head, values);
    if (read.ok) {
      // Version 1 (the whole ledger in one item) is laid out anew: its records first, the head over
      // it last, so a migration cut short leaves the old ledger whole and is simply done again.
      if (read.layout) stored = read.layout;
      else await setLedger(read.ledger, null);
      // A removal cut short (the worker stopped after the head was written): finish it.
      if (read.unremoved.length > 0) await local().remove(read.unremoved).catch(ignore);
      return read.ledger;
    }
    // Damaged: keep every part that still validates, set the original aside, and say so.
    const { ledger, keptEvents, totalEvents } = recoverLedger(read.raw, emptyLedger(randomId(), randomId()));
    const original = keys.length > 0 ? { head, records: values } : head;
    const bytes = (JSON.stringify(original) ?? '').length;
    await ledgerBackupItem
      .setValue(bytes <= MAX_BACKUP_BYTES ? original : { note: 'too large to keep', bytes })
      .catch(ignore);
    // Records were missing: how many sends they held is not known.
    await reportProblem('ledger-recovered', `${keptEvents}/${read.missing > 0 ? '?' : totalEvents}`);
    // Written whole under new keys; the damaged records go once the new head lists none of them.
    unremoved = keys.filter((key) => values[key] !== undefined);
    await setLedger(ledger, null);
    return ledger;
  }

  async function update(change: (ledger: Ledger) => Ledger, now: number, retentionDays: number): Promise<boolean> {
    const ledger = await readLedger();
    const next = compact(change(ledger), now, retentionDays);
    if (next === ledger) return false;
    await setLedger(next);
    return true;
  }

  return {
    load: () => serialized(readLedger),
    async recordSend(event, now, retentionDays = DEFAULT_RETENTION_DAYS) {
      const changed = await serialized(() =>
        update((ledger) => addEvent(ledger, { ...event, device: ledger.device }), now, retentionDays),
      );
      if (changed) sent();
    },
    async recordNotice(notice, now, retentionDays = DEFAULT_RETENTION_DAYS) {
      await serialized(() => update((ledger) => addNotice(ledger, notice), now, retentionDays));
    },
    replace: (ledger) =>
      serialized(async () => {
        await readLedger();
        const previous = stored && { head: stored.head, records: new Map() };
        await setLedger(ledger, previous);
      }),
    clear: () =>
      serialized(async () => {
        // Every key of the layout, listed by the head or not: a write cut short leaves records no
        // head names (they would be written over later), and a reset leaves nothing behind.
        const keys = Object.keys(await local().get(null)).filter(isLedgerKey);
        // The head first: without it the records are read by nothing, and a new ledger's write over them.
        await local().remove(LEDGER_KEY);
        await local().remove(keys.filter((key) => key !== LEDGER_KEY));
        await ledgerBackupItem.removeValue();
        forget();
        await written();
      }),
  };
}
