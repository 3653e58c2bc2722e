/**
 * The pace ledger in `storage.local`, with the background as its single writer. Writes are
 * serialized through one queue (several LinkedIn tabs may report at once) and each one is
 * persisted before it is acknowledged, so a service worker stopped between two sends loses
 * nothing; event ids make a retried report count once.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  addEvent,
  addNotice,
  compact,
  DEFAULT_RETENTION_DAYS,
  emptyLedger,
  type Ledger,
  ledgerSchema,
} from '../pace/ledger';
import { recoverLedger } from '../pace/ledger-recovery';
import type { LinkedInNotice, SendEvent } from '../pace/types';
import { serialQueue } from '../serial-queue';
import { reportProblem } from '../storage-health';
import { schedulePush } from './pace-sync';
import { popupInputsChanged } from './popup-snapshot-keeper';

const ledgerItem = storage.defineItem<unknown>('local:ledger', { fallback: null, version: 1 });

/**
 * The parsed ledger, kept in memory: this worker is its only writer, so what it last read or
 * wrote is what storage holds (parsing a year of sends on every profile view cost tens of ms).
 * Every write makes a new ledger object, so caches built on top of it can key on the object.
 */
let cached: Ledger | null = null;

/** Forgets the in-memory copy (storage changed behind our back: tests, a second worker). */
export function forgetCachedLedger(): void {
  cached = null;
}

async function setLedger(ledger: Ledger): Promise<void> {
  await ledgerItem.setValue(ledger);
  cached = ledger;
  await popupInputsChanged();
}

const serialized = serialQueue();

function randomId(): string {
  return crypto.randomUUID();
}

const BACKUP_KEY = 'ledger-backup';
const MAX_BACKUP_BYTES = 2 * 1024 * 1024;

async function readLedger(): Promise<Ledger> {
  if (cached) return cached;
  cached = await readStoredLedger();
  return cached;
}

async function readStoredLedger(): Promise<Ledger> {
  let raw: unknown;
  try {
    raw = await ledgerItem.getValue();
  } catch {
    // A ledger from a newer LockLens: read what we can, but never write over it.
    raw = (await browser.storage.local.get('ledger').catch(() => ({}) as Record<string, unknown>)).ledger;
  }
  const parsed = ledgerSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fresh = emptyLedger(randomId(), randomId());
  if (raw === null || raw === undefined) {
    await setLedger(fresh);
    return fresh;
  }
  // Damaged: keep every part that still validates, set the original aside, and say so.
  const { ledger, keptEvents, totalEvents } = recoverLedger(raw, fresh);
  const original = JSON.stringify(raw) ?? '';
  await browser.storage.local
    .set({
      [BACKUP_KEY]: original.length <= MAX_BACKUP_BYTES ? raw : { note: 'too large to keep', bytes: original.length },
    })
    .catch(() => {});
  await reportProblem('ledger-recovered', `${keptEvents}/${totalEvents}`);
  await setLedger(ledger);
  return ledger;
}

export function loadLedger(): Promise<Ledger> {
  return serialized(readLedger);
}

async function update(change: (ledger: Ledger) => Ledger, now: number, retentionDays: number): Promise<boolean> {
  const ledger = await readLedger();
  const next = compact(change(ledger), now, retentionDays);
  if (next === ledger) return false;
  await setLedger(next);
  return true;
}

export async function recordSend(
  event: Omit<SendEvent, 'device'>,
  now: number,
  retentionDays = DEFAULT_RETENTION_DAYS,
): Promise<void> {
  const changed = await serialized(() =>
    update((ledger) => addEvent(ledger, { ...event, device: ledger.device }), now, retentionDays),
  );
  // The other browsers of this user learn of it through storage.sync, a little later.
  if (changed) schedulePush(loadLedger);
}

export function recordNotice(
  notice: LinkedInNotice,
  now: number,
  retentionDays = DEFAULT_RETENTION_DAYS,
): Promise<void> {
  return serialized(() => update((ledger) => addNotice(ledger, notice), now, retentionDays)).then(() => {});
}

/** Replaces the whole ledger (import), in turn with every other write. */
export function replaceLedger(ledger: Ledger): Promise<void> {
  return serialized(() => setLedger(ledger));
}

/** Forgets the ledger (reset): a fresh one, with a new device id and salt, is made on next use. */
export function clearLedger(): Promise<void> {
  return serialized(async () => {
    await ledgerItem.removeValue();
    forgetCachedLedger();
    await popupInputsChanged();
  });
}
