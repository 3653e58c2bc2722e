/**
 * What a send writes to storage with a year of data behind it (the figures of BENCHMARKS.md §7,
 * scripts/bench/ledger-writes.ts): issue #31's target is under 50 kB, against ~670 kB before.
 */
import { expect, test } from 'vitest';
import { ledgerWrites } from '../../scripts/bench/ledger-writes';

test('with a year of heavy use, a send writes and hands to onChanged under 50 kB at a time', () => {
  // Two days: each day's first send also compacts the day that left the retention window.
  const { sends, before, after, afterPause } = ledgerWrites(2);
  console.info(
    `storage per send after a year of heavy use (${sends} sends): written ${(after.written.mean / 1024).toFixed(1)} kB ` +
      `(largest ${(after.written.max / 1024).toFixed(1)} kB), onChanged delivery largest ` +
      `${(after.delivery.max / 1024).toFixed(1)} kB; before: ${(before.written.mean / 1024).toFixed(0)} kB written`,
  );
  expect(sends).toBe(65 + 64); // 14 or 15 invitations a day, and 50 messages
  expect(after.written.max).toBeLessThan(50_000);
  expect(after.delivery.max).toBeLessThan(50_000);
  expect(after.deliveredMax).toBeLessThan(50_000);
  // After a week away a send drops a week of fingerprints: in several deliveries, each under it.
  expect(afterPause.delivery.max).toBeLessThan(50_000);
  expect(afterPause.deliveriesPerSend).toBeGreaterThan(1);
  // Version 1 rewrote the whole year on every send.
  expect(before.written.mean).toBeGreaterThan(600_000);
}, 120_000);
