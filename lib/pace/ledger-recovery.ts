/**
 * Recovering a damaged ledger instead of starting over: every part that still validates is
 * kept (each send, each day count, each notice), the rest is dropped, and the caller keeps the
 * original aside. Pure; used by the background when the stored ledger fails its schema.
 */
import { type Ledger, ledgerSchema, noticeSchema, sendEventSchema } from './ledger';

/** More sends than a year of very heavy use; beyond it the oldest are dropped. */
export const MAX_RECOVERED_EVENTS = 50_000;

export interface Recovery {
  ledger: Ledger;
  keptEvents: number;
  totalEvents: number;
}

const field = (raw: unknown, key: string): unknown =>
  raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;

export function recoverLedger(raw: unknown, fresh: Ledger): Recovery {
  const events = Array.isArray(field(raw, 'events')) ? (field(raw, 'events') as unknown[]) : [];
  const valid = events
    .filter((e) => sendEventSchema.safeParse(e).success)
    .map((e) => sendEventSchema.parse(e))
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const unique = valid.filter((e, i) => i === 0 || valid[i - 1]?.id !== e.id).slice(-MAX_RECOVERED_EVENTS);
  const candidate = {
    ...fresh,
    device: typeof field(raw, 'device') === 'string' ? field(raw, 'device') : fresh.device,
    salt: typeof field(raw, 'salt') === 'string' ? field(raw, 'salt') : fresh.salt,
    events: unique,
    days: Object.fromEntries(
      Object.entries((field(raw, 'days') as Record<string, unknown>) ?? {}).filter(
        ([day, counts]) => ledgerSchema.shape.days.safeParse({ [day]: counts }).success,
      ),
    ),
    notices: (Array.isArray(field(raw, 'notices')) ? (field(raw, 'notices') as unknown[]) : []).filter(
      (n) => noticeSchema.safeParse(n).success,
    ),
    calibratedInviteLimit: ledgerSchema.shape.calibratedInviteLimit.safeParse(field(raw, 'calibratedInviteLimit'))
      .success
      ? field(raw, 'calibratedInviteLimit')
      : null,
    inmailCreditsSeen: ledgerSchema.shape.inmailCreditsSeen.safeParse(field(raw, 'inmailCreditsSeen')).success
      ? field(raw, 'inmailCreditsSeen')
      : null,
    compactedBefore: ledgerSchema.shape.compactedBefore.safeParse(field(raw, 'compactedBefore')).success
      ? field(raw, 'compactedBefore')
      : 0,
  };
  const parsed = ledgerSchema.safeParse(candidate);
  return {
    ledger: parsed.success ? parsed.data : fresh,
    keptEvents: parsed.success ? unique.length : 0,
    totalEvents: events.length,
  };
}
