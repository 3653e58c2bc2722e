/**
 * Storage size: a year of heavy use (100 invitations with notes a week, 50 messages a day, all
 * fingerprinted; compacted daily with the default retention) must stay well under 1 MB as JSON.
 */
import { expect, test } from 'vitest';
import { paceSummary } from '../../lib/pace/pace-summary';
import { DAY_MS } from '../../lib/pace/windows';
import { yearOfHeavyUse } from '../helpers/year-of-heavy-use';

const ZONE = 'Europe/Berlin';
const START = Date.parse('2026-01-01T08:00:00+01:00');

test('a year of heavy use stays well under 1 MB after compaction', () => {
  const { ledger } = yearOfHeavyUse({ firstMorning: START, timeZone: ZONE });

  const bytes = new TextEncoder().encode(JSON.stringify(ledger)).length;
  const withFingerprints = ledger.events.filter((e) => e.fingerprint).length;
  console.info(
    `pace ledger after a year of heavy use: ${(bytes / 1024).toFixed(0)} KB ` +
      `(${ledger.events.length} detailed sends, ${withFingerprints} with fingerprints, ` +
      `${Object.keys(ledger.days).length} day counts, ${ledger.notices.length} notices)`,
  );
  expect(bytes).toBeLessThan(750_000);

  // And the summary still reads it.
  const summary = paceSummary(ledger, {
    now: START + 364 * DAY_MS + 13 * 3_600_000,
    timeZone: ZONE,
    plan: 'sales-navigator',
  });
  expect(summary.invites.last7Days).toBe(100);
  expect(summary.messages.today).toBe(50);
  expect(summary.series).toHaveLength(30);
});
