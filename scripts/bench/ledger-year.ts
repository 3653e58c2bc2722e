/**
 * The bench's year of heavy use (test/helpers/year-of-heavy-use.ts, the same as the storage-size
 * test's), ending now: the last day's sends are all over by the time the bench runs.
 */
import type { Ledger } from '../../lib/pace/ledger';
import { DAY_MS } from '../../lib/pace/windows';
import { yearOfHeavyUse as buildYear } from '../../test/helpers/year-of-heavy-use';

export interface YearLedger {
  ledger: Ledger;
  sends: number;
  jsonBytes: number;
}

export function yearOfHeavyUse(now: number): YearLedger {
  const { ledger, sends } = buildYear({ firstMorning: now - 16 * 3_600_000 - 364 * DAY_MS });
  return { ledger, sends, jsonBytes: Buffer.byteLength(JSON.stringify(ledger)) };
}
