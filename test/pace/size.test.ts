/**
 * Storage size: a year of heavy use (100 invitations with notes a week, 50 messages a day, all
 * fingerprinted; compacted daily with the default retention) must stay well under 1 MB as JSON.
 */
import { expect, test } from 'vitest';
import { fingerprint } from '../../lib/pace/fingerprint';
import { addEvent, addNotice, compact, emptyLedger, type Ledger, paceSummary } from '../../lib/pace/ledger';
import type { SendKind } from '../../lib/pace/types';
import { DAY_MS } from '../../lib/pace/windows';

const ZONE = 'Europe/Berlin';
const START = Date.parse('2026-01-01T08:00:00+01:00');
const SALT = 'a-salt-of-realistic-length-0123456789';
/** Deterministic pseudo-random numbers (a linear congruential generator): the test is reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const VOCABULARY = (
  'hello thanks connect profile role team product engineering hiring opportunity interested chat call week ' +
  'experience background project platform growth startup remote Berlin data design quick question would love ' +
  'hear about your work recently noticed congratulations launch opening position feedback happy share'
).split(' ');

/** A UUID-shaped id, as the content script makes them (crypto.randomUUID), but reproducible. */
const uuid = (n: number) => {
  const hex = n.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

test('a year of heavy use stays well under 1 MB after compaction', () => {
  const next = random(42);
  const text = (min: number, max: number) =>
    Array.from(
      { length: min + Math.floor(next() * (max - min)) },
      () => VOCABULARY[Math.floor(next() * VOCABULARY.length)],
    ).join(' ');
  const device = uuid(0xdeadbeef);
  let ledger: Ledger = emptyLedger(device, SALT);
  let n = 0;
  // Fingerprinting 23,000 texts would only slow the test down: compaction keeps a week's worth
  // anyway. Sends draw from pools of real fingerprints of texts of the same lengths instead.
  const pool = (size: number, words: [number, number]) =>
    Array.from({ length: size }, () => fingerprint(text(...words), SALT));
  const notes = pool(150, [25, 50]);
  const messages = pool(400, [50, 120]);
  const record = (kind: SendKind, at: number, fingerprints: string[][]) => {
    n++;
    ledger = addEvent(ledger, {
      id: uuid(n),
      kind,
      at,
      recipient: (n * 2654435761).toString(16).padStart(14, '0').slice(-14),
      device,
      fingerprint: fingerprints[n % fingerprints.length],
    });
  };

  for (let day = 0; day < 365; day++) {
    const morning = START + day * DAY_MS;
    // 100 invitations a week, all with a note (a paid plan): 14 or 15 a day.
    const invites = day % 7 < 2 ? 15 : 14;
    for (let i = 0; i < invites; i++) record('invite-note', morning + i * 60_000, notes);
    // 50 messages a day, some of them follow-ups, a couple of InMails.
    for (let i = 0; i < 50; i++) {
      const kind: SendKind = i < 40 ? 'message' : i < 48 ? 'followup' : 'inmail';
      record(kind, morning + 3_600_000 + i * 300_000, messages);
    }
    ledger = addNotice(ledger, { kind: 'inmail-credits', at: morning, value: 40 });
    ledger = compact(ledger, morning + 12 * 3_600_000, undefined, ZONE);
  }

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
